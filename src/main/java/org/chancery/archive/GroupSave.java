package org.chancery.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.function.UnaryOperator;
import org.chancery.ingest.IngestBatch;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.NameLinks;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.search.SearchIndex;
import org.chancery.store.Catalogue;
import org.chancery.store.CatalogueSave;
import org.chancery.store.RecordKey;
import org.chancery.store.SaveSummary;

/**
 * Saves a group of read files to the catalogue in one transaction and gives their records
 * to the index in one go. A one-record transcript costs a few milliseconds to save on its
 * own, most of it the commit; a group pays that once for hundreds of files.
 *
 * <p>Each file still behaves as if saved alone, in order: its references are linked
 * against the catalogue plus the files before it in the group ({@link LinkView}), and its
 * saves are the same, with the same notes, in the same order. A refused file saves
 * nothing. If the group's transaction fails, nothing of it is committed and the files are
 * saved again one by one, so the files before a failing one are kept and the failure is
 * reported for that file, as without grouping.
 */
final class GroupSave {

  /** What saving a group did: one report per file, in order. */
  record Outcome(List<IngestReport> reports, int indexed, boolean authorities) { }

  private static final int INDEX_BATCH = 1000;

  private final Catalogue catalogue;
  private final SearchIndex index;

  GroupSave(Catalogue catalogue, SearchIndex index) {
    this.catalogue = catalogue;
    this.index = index;
  }

  Outcome save(List<IngestBatch> files, PublicationState state,
      UnaryOperator<NameRef> redirects) {
    try {
      return together(files, state, redirects);
    } catch (GroupFailed e) {
      if (files.size() == 1) {
        throw e.cause;
      }
      List<IngestReport> reports = new ArrayList<>();
      int indexed = 0;
      boolean authorities = false;
      for (IngestBatch f : files) {
        Outcome one;
        try {
          one = together(List.of(f), state, redirects);
        } catch (GroupFailed alone) {
          throw alone.cause;
        }
        reports.addAll(one.reports());
        indexed += one.indexed();
        authorities |= one.authorities();
      }
      return new Outcome(reports, indexed, authorities);
    }
  }

  /** The catalogue refused the group's transaction; nothing of it was committed. */
  private static final class GroupFailed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeException cause;

    GroupFailed(RuntimeException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  private Outcome together(List<IngestBatch> files, PublicationState state,
      UnaryOperator<NameRef> redirects) throws GroupFailed {
    List<List<ArchivalRecord>> prepared = new ArrayList<>();
    Set<RecordKey> lookups = new HashSet<>();
    for (IngestBatch f : files) {
      boolean keepsOwnState = Archive.isJsonLines(f.file());
      List<ArchivalRecord> records = f.isFatal() ? List.of() : f.records().stream()
          .map(r -> keepsOwnState ? r : r.withState(state))
          .map(r -> NameLinks.relink(r, redirects))
          .toList();
      prepared.add(records);
      lookups.addAll(ReferenceLinker.lookups(records));
    }
    LinkView view = new LinkView(catalogue);
    view.prefetch(lookups);
    ReferenceLinker linker = new ReferenceLinker(view);
    List<CatalogueSave> saves = new ArrayList<>();
    List<Integer> firstSave = new ArrayList<>();
    Map<String, ArchivalRecord> toIndex = new LinkedHashMap<>();
    boolean authorities = false;
    for (int i = 0; i < files.size(); i++) {
      IngestBatch f = files.get(i);
      firstSave.add(saves.size());
      if (f.isFatal()) {
        continue;
      }
      // References are linked before saving, so ingesting the same input again links the
      // same way and changes nothing.
      List<ArchivalRecord> records = linker.resolve(prepared.get(i));
      view.saved(records);
      saves.add(new CatalogueSave(records, f.collections(), f.authorities(), "ingest",
          "ingest " + f.file()));
      List<ArchivalRecord> answered = linker.backLinks(records);
      if (!answered.isEmpty()) {
        view.saved(answered);
        saves.add(new CatalogueSave(answered, List.of(), List.of(), "ingest",
            "references linked to records of " + f.file()));
      }
      records.forEach(r -> toIndex.put(r.id().value(), r));
      answered.forEach(r -> toIndex.put(r.id().value(), r));
      authorities |= !f.authorities().isEmpty();
    }
    List<SaveSummary> summaries;
    try {
      summaries = saves.isEmpty() ? List.of() : catalogue.saveAll(saves, true);
    } catch (RuntimeException e) {
      throw new GroupFailed(e);
    }
    indexAsSaved(toIndex.values());
    List<IngestReport> reports = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      IngestBatch f = files.get(i);
      reports.add(f.isFatal()
          ? new IngestReport(f.file(), new SaveSummary(0, 0, 0), f.problems(), true)
          : new IngestReport(f.file(), summaries.get(firstSave.get(i)), f.problems(), false));
    }
    return new Outcome(reports, toIndex.size(), authorities);
  }

  /**
   * Indexes the records as the catalogue now holds them. Their content is what was saved;
   * only the editorial state may differ (the catalogue keeps an editor's), so that is the
   * one thing read back.
   */
  private void indexAsSaved(java.util.Collection<ArchivalRecord> records) {
    List<ArchivalRecord> all = new ArrayList<>(records);
    for (int i = 0; i < all.size(); i += INDEX_BATCH) {
      List<ArchivalRecord> part = all.subList(i, Math.min(all.size(), i + INDEX_BATCH));
      Map<RecordId, PublicationState> states = catalogue.states(
          part.stream().map(ArchivalRecord::id).toList());
      index.index(part.stream().map(r -> r.withState(states.get(r.id()))).toList());
    }
  }
}
