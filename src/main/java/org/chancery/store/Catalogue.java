package org.chancery.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.RecordId;

/**
 * The catalogue of record: every record with its full version history, collections and
 * authorities. The search index is derived from it and can always be rebuilt from it.
 *
 * <p>Saves are transactional: {@link #save} commits everything it is given or nothing.
 */
public interface Catalogue extends AutoCloseable {

  /**
   * Saves records, collections and authorities in one transaction. An authority an editor
   * changed, or whose id was merged into another, is not touched by a save: the editor's
   * word wins over a re-ingest. A record whose id
   * exists is updated in place; a new version is kept only when its content changed.
   * When {@code keepEditorialState} is true, an existing record keeps its editorial state
   * (an editor's withdrawal survives a re-ingest).
   */
  SaveSummary save(List<ArchivalRecord> records, List<Collection> collections,
      List<Authority> authorities, String actor, String note, boolean keepEditorialState);

  /**
   * Several saves, each as {@link #save} would make it and in this order, committed in one
   * transaction: all of them or none. A bulk ingest uses it to pay one commit for many
   * small files. Returns what each save changed, in order.
   */
  List<SaveSummary> saveAll(List<CatalogueSave> saves, boolean keepEditorialState);

  /** The current version of a record, whatever its state. */
  Optional<ArchivalRecord> find(RecordId id);

  /** The current versions of the records that exist among {@code ids}, in id order. */
  List<ArchivalRecord> find(java.util.Collection<RecordId> ids);

  /** The records that carry a key, in id order (numbers, date-times, open references). */
  List<RecordId> find(RecordKey key);

  /**
   * {@link #find(RecordKey)} for many keys at once: every key asked maps to the records
   * carrying it, in id order (an empty list when none does).
   */
  java.util.Map<RecordKey, List<RecordId>> find(java.util.Set<RecordKey> keys);

  /**
   * The earliest day of the date of each record that exists among {@code ids} (null for
   * an undated one), without reading the records.
   */
  java.util.Map<RecordId, java.time.LocalDate> earliestDates(java.util.Collection<RecordId> ids);

  /** The editorial state of each record that exists among {@code ids}. */
  java.util.Map<RecordId, org.chancery.record.PublicationState> states(
      java.util.Collection<RecordId> ids);

  /** Every version, oldest first. */
  List<RecordVersion> history(RecordId id);

  /** Visits every current record in id order, streaming (does not load all at once). */
  void forEach(Consumer<ArchivalRecord> visitor);

  long count();

  /**
   * One page of records in the order they were last saved (save time, then id), filtered
   * by state and save-time window. Pages never skip or repeat a record that is not saved
   * again while they are read: continue with {@link ChangeQuery#after} the last record.
   */
  List<ArchivalRecord> changes(ChangeQuery query);

  /** How many records {@link #changes} would list in all, ignoring position and limit. */
  long countChanges(ChangeQuery query);

  /**
   * The distinct values of one kind of key among records in the given states, in value
   * order: the collections and document types that have visible records (OAI-PMH sets).
   */
  List<String> keyValues(RecordKey.Kind kind,
      java.util.Set<org.chancery.record.PublicationState> states);

  long countPublished();

  /** Published records, most recently saved first. */
  List<ArchivalRecord> recentlyPublished(int limit);

  List<Collection> collections();

  Optional<Collection> collection(String id);

  List<Authority> authorities();

  /**
   * Visits every authority in id order, streaming: an archive of FRUS volumes holds about
   * one persons-list authority per document, too many to load at once.
   */
  void forEachAuthority(Consumer<Authority> visitor);

  Optional<Authority> authority(String id);

  /** The authorities that exist among {@code ids}, in name order. */
  List<Authority> authorities(java.util.Collection<String> ids);

  /**
   * Applies an editor's change to authorities together with the records it relinks, in
   * one transaction; records keep their editorial state.
   */
  SaveSummary edit(AuthorityEdit edit);

  /** Every version of an authority, oldest first; empty for an unknown id. */
  List<AuthorityVersion> authorityHistory(String id);

  /** Ids of authorities merged into others, each to the id that now stands for it. */
  java.util.Map<String, String> authorityRedirects();

  /**
   * A value that changes whenever any authority is created, changed, merged or split, by
   * any process sharing this catalogue: web nodes compare it every few seconds to learn of
   * another node's edits without reading every authority.
   */
  String authoritiesStamp();

  @Override
  void close();
}
