package org.chancery.web;

import java.util.List;
import java.util.Map;

/** The paging parameters every cursor-paged API listing takes: {@code limit} and {@code cursor}. */
final class PageParams {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private PageParams() {}

  /** {@code limit}, 1..100 (default 20); {@code size}, the search page's name, also works. */
  static int limit(Map<String, List<String>> params) {
    String name = params.containsKey("limit") || !params.containsKey("size") ? "limit" : "size";
    return SearchParams.number(params, name, DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** The cursor, or null for the first page. */
  static String cursor(Map<String, List<String>> params) {
    List<String> v = params.get("cursor");
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.get(0).isBlank()) {
      throw Cursors.garbled();
    }
    return v.get(0).strip();
  }
}
