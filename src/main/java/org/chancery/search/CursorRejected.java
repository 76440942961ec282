package org.chancery.search;

/**
 * The index refused a cursor mark: not one a previous page handed out (cut short, edited,
 * or made for a different sort). The client's fault, not the index's.
 */
public final class CursorRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CursorRejected(String message, Throwable cause) {
    super(message, cause);
  }
}
