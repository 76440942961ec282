package org.chancery.search;

import java.util.Collection;
import org.chancery.record.ArchivalRecord;

/**
 * The search index: derived from the catalogue, holding published records only. Adding
 * a record that is not published removes it from the index, so no door leaks it.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds or replaces records; unpublished ones are deleted instead. Not yet visible. */
  void index(Collection<ArchivalRecord> records);

  /** Makes everything indexed so far visible to searches. */
  void commit();

  /** Removes every document. */
  void clear();

  /** Documents in the index. */
  long count();

  SearchResult search(SearchQuery query);

  @Override
  void close();
}
