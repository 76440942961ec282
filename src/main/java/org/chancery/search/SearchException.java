package org.chancery.search;

/** The search index failed: Solr could not be reached, started, written or queried. */
public class SearchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }

  public SearchException(String message) {
    super(message);
  }
}
