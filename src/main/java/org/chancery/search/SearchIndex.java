package org.chancery.search;

import java.util.Collection;
import org.chancery.record.ArchivalRecord;

/**
 * The search index: derived from the catalogue, holding published records only. Adding
 * a record that is not published removes it from the index, so no door leaks it.
 */
public interface SearchIndex extends AutoCloseable {

  /**
   * Adds or replaces records; unpublished ones are deleted instead. Not yet visible. When
   * a record appears more than once, its last version wins.
   */
  void index(Collection<ArchivalRecord> records);

  /** Makes everything indexed so far visible to searches. */
  void commit();

  /**
   * Removes every document. Like {@link #index}, not visible before {@link #commit()}, so
   * a rebuild (clear, index everything, commit) never shows an empty index.
   */
  void clear();

  /** Documents visible to searches (committed). */
  long count();

  /**
   * Runs a search. Never fails because of what the reader typed: a malformed query is
   * searched as its plain words, with a notice.
   *
   * @throws SearchException when the index itself cannot be queried
   */
  SearchResult search(SearchQuery query);

  /**
   * Runs a search one page at a time with a cursor: {@link CursorPage#FIRST} starts, each
   * page's {@link CursorPage#nextMark()} continues. Pages never skip or repeat a result
   * while the index is unchanged, however deep; {@code query.page()} is ignored.
   *
   * @throws CursorRejected when {@code cursorMark} is not one a page handed out
   * @throws SearchException when the index itself cannot be queried
   */
  CursorPage search(SearchQuery query, String cursorMark);

  /**
   * Every value of a listed facet among all published records, with how many records
   * carry it (no limit on the number of values, unlike a search's facet list).
   */
  java.util.Map<String, Long> valueCounts(Facet facet);

  /**
   * Counts what published records say about one authority (documents, years,
   * correspondents, places, who wrote to whom): the records carrying {@code value} in
   * {@code facet} — its id in {@link Facet#AUTHORITY} for persons, organisations and
   * places; its name in {@link Facet#SUBJECT} for subjects, which records name as words.
   *
   * @throws SearchException when the index cannot be queried
   */
  NameCounts nameCounts(Facet facet, String value);

  @Override
  void close();
}
