package org.chancery.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total how many records match
 * @param hits this page's hits
 * @param facets for every facet, its values among all matches, most frequent first
 * @param notice a message for the reader when the query was rewritten (unbalanced
 *     quotes searched as plain words), or null
 * @param query the query this answers
 */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetValue>> facets,
    String notice, SearchQuery query) {

  public int pages() {
    return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
  }
}
