package org.chancery.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total how many records match
 * @param hits this page's hits
 * @param facets every facet (all keys present, in {@link Facet} order) with its values
 *     among all matches: most frequent first, ties by value, at most 100; decades and
 *     years all, in chronological order. Years are listed only when a decade or year is
 *     chosen or the matches fall in at most two decades (the list is empty otherwise).
 *     A chosen value is always listed, marked selected
 * @param notice a message for the reader when the query was rewritten (an unbalanced
 *     quotation mark, a stray colon: searched as plain words), or null
 * @param query the query this answers
 * @param expanded for each name the search expanded, what else it searched
 *     ({@code Also searched: Filippov, Feng Xi (forms of Joseph Stalin)}); plain text
 */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetValue>> facets,
    String notice, SearchQuery query, List<String> expanded) {

  public SearchResult {
    expanded = expanded == null ? List.of() : List.copyOf(expanded);
  }

  public SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetValue>> facets,
      String notice, SearchQuery query) {
    this(total, hits, facets, notice, query, List.of());
  }

  /** Pages a reader can open: all of them, up to the {@link SearchQuery#MAX_RESULT_WINDOW}. */
  public int pages() {
    long reachable = Math.min(total, SearchQuery.MAX_RESULT_WINDOW);
    return (int) Math.max(1, (reachable + query.pageSize() - 1) / query.pageSize());
  }

  /** True when the query asks for a page past the results a reader can page through. */
  public boolean pastResultWindow() {
    return (long) (query.page() - 1) * query.pageSize() >= SearchQuery.MAX_RESULT_WINDOW;
  }
}
