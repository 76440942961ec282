package org.chancery.web;

import org.chancery.archive.Archive;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchResult;

/** Runs a reader's search for the page and the API alike. */
final class Searches {

  private Searches() {}

  static SearchResult run(Archive archive, SearchQuery query) {
    SearchResult result = archive.index().search(query);
    if (result.pastResultWindow()) {
      throw ClientError.badParameter("page", "Only the first " + SearchQuery.MAX_RESULT_WINDOW
          + " results can be paged through; narrow the search with a filter or a date range.");
    }
    return result;
  }
}
