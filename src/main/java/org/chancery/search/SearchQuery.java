package org.chancery.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reader's search, as the page and the API take it.
 *
 * @param text the query as typed: words (all must match), "phrases" (with {@code ~N}
 *     proximity), {@code field:value} for the fields title, author, recipient, person,
 *     place, subject, type and text, AND/OR/NOT, {@code -word}, parentheses, a trailing
 *     {@code *}; blank means every published record (browse). It may be malformed: the
 *     index then searches its plain words and says so in {@link SearchResult#notice()}
 * @param filters chosen facet values, matched exactly. Every value is a further
 *     restriction (drill-down): values of one facet are AND-ed as well as facets, so two
 *     authors give the records both wrote, and a facet count always equals the number of
 *     hits its link leads to
 * @param from earliest day (inclusive), or null; a record matches when its date span
 *     overlaps [from, to]; undated records never match a date range
 * @param to latest day (inclusive), or null; from and to given the wrong way round are
 *     swapped
 * @param sort result order; ties by date, then id; undated records last in date orders
 * @param page 1-based page number; hits are fetched within the first 10,000 results only
 *     (pages beyond are empty, the total stays exact)
 * @param pageSize hits per page (1..100)
 * @param inRecord restrict to one record (search inside a document; its snippet then holds
 *     up to five passages), or null
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, LocalDate from,
    LocalDate to, Sort sort, int page, int pageSize, String inRecord) {

  /**
   * Hits are fetched within this many first results only; {@code total} stays exact. Deep
   * paging would make the engine rank millions of documents for one page.
   */
  public static final int MAX_RESULT_WINDOW = 10_000;

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
