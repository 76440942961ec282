package org.chancery.search;

import java.util.List;

/**
 * Finds the names a query text mentions and every other form of each, so a search for
 * one form finds records that write another ({@code Stalin} also searches
 * {@code Filippov}). The index asks it once per search; it must be fast and thread-safe.
 */
@FunctionalInterface
public interface QueryExpansion {

  /** Knows no names: queries are searched as typed. */
  QueryExpansion NONE = text -> List.of();

  /**
   * The names in {@code queryText}, at most one per stretch of text (the longest phrase
   * wins), in any order. Matches that overlap, fall inside a quoted phrase or touch a
   * word character are ignored by the index.
   */
  List<NameMatch> expand(String queryText);
}
