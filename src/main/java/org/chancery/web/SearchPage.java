package org.chancery.web;

import java.util.List;
import org.chancery.search.Hit;

/**
 * The search page model.
 *
 * @param q the query as typed
 * @param total matching records
 * @param hits this page's hits
 * @param notice a message when the query was rewritten, or null
 * @param facets the facets with toggle links
 * @param active the filters in force, each linking to the search without it
 * @param from the date filter's start as typed, or ""
 * @param to the date filter's end as typed, or ""
 * @param sort the sort parameter ({@code relevance}, {@code date}, {@code -date})
 * @param sorts links to the same search in each order
 * @param pages pagination links (previous, numbers, next)
 * @param firstHit the 1-based position of the first hit on this page
 * @param keep the facet filters the search form carries over (value as label, parameter as note)
 * @param expanded for each name searched in all its forms, what else was searched
 */
public record SearchPage(String q, long total, List<Hit> hits, String notice,
    List<FacetView> facets, List<PageLink> active, String from, String to, String sort,
    List<PageLink> sorts, List<PageLink> pages, long firstHit, List<PageLink> keep,
    List<String> expanded) {

  public String recordHref(String id) {
    return Links.record(id);
  }
}
