package org.chancery.search;

/**
 * One search result.
 *
 * @param id the record id
 * @param title catalogue title, plain text (escape it)
 * @param date the date as a reader reads it ({@code 18 October 1951}), or null; plain text
 * @param type document type, or null; plain text
 * @param snippetHtml a passage with matches wrapped in {@code <mark>}; everything else
 *     HTML-escaped, so it is safe to put in a page as is; null when nothing to show
 * @param why for names the search expanded, the other forms this record holds and why
 *     each counts ({@code matched Filippov — cover name of Joseph Stalin}); plain text
 */
public record Hit(String id, String title, String date, String type, String snippetHtml,
    java.util.List<String> why) {

  public Hit {
    why = why == null ? java.util.List.of() : java.util.List.copyOf(why);
  }

  public Hit(String id, String title, String date, String type, String snippetHtml) {
    this(id, title, date, type, snippetHtml, java.util.List.of());
  }
}
