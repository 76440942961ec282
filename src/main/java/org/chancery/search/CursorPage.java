package org.chancery.search;

/**
 * One page of a search read with a cursor (deep paging without ranking every earlier
 * result again).
 *
 * @param result the hits of this page, the total and the facets, as for a page number
 * @param nextMark the cursor mark that continues after this page; equal to the mark given
 *     when there is nothing more
 */
public record CursorPage(SearchResult result, String nextMark) {

  /** The mark that starts a cursor walk at the first result. */
  public static final String FIRST = "*";
}
