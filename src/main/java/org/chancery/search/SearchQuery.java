package org.chancery.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reader's search, as the page and the API take it.
 *
 * @param text the query as typed: words, "phrases", field:value, AND/OR/NOT; may be
 *     malformed (the index falls back to plain words and says so)
 * @param filters chosen facet values; values of one facet are OR-ed, facets AND-ed
 * @param from earliest day (inclusive), or null
 * @param to latest day (inclusive), or null
 * @param sort result order
 * @param page 1-based page number
 * @param pageSize hits per page (1..100)
 * @param inRecord restrict to one record (search inside a document), or null
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, LocalDate from,
    LocalDate to, Sort sort, int page, int pageSize, String inRecord) {

  /** Result orders. */
  public enum Sort { RELEVANCE, DATE_ASC, DATE_DESC }

  public SearchQuery {
    text = text == null ? "" : text;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    sort = sort == null ? Sort.RELEVANCE : sort;
    page = Math.max(1, page);
    pageSize = Math.min(100, Math.max(1, pageSize));
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Map.of(), null, null, Sort.RELEVANCE, 1, 20, null);
  }
}
