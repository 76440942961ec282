package org.chancery.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.chancery.ingest.IngestBatch;
import org.chancery.ingest.Ingestor;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.search.SearchIndex;
import org.chancery.store.Catalogue;

/**
 * How {@link Archive#ingest} reads, groups, saves and commits. Files are read on other
 * threads ahead of the saving one ({@link ReadAhead}) and saved in order, in groups of one
 * catalogue transaction ({@link GroupSave}); index commits and the rebuild of the name
 * expansion are deferred ({@link Batching}), because both cost as much as indexing
 * hundreds of records.
 *
 * <p>To change how large a group or a commit batch is, change the constants here: the
 * benchmark's {@code --only ingest} measures the effect.
 */
final class Ingestion {

  // files read ahead and saved in one transaction (see GroupSave); a FRUS volume of 1,000
  // documents fills a group alone, a run of one-record transcripts shares one
  private static final int GROUP_RECORDS = 1000;
  private static final int GROUP_FILES = 500;
  private static final int COMMIT_EVERY_RECORDS = 20_000;
  private static final long COMMIT_EVERY_NANOS = 30_000_000_000L;

  private final Supplier<Ingestor> ingestor;
  private final GroupSave groups;
  private final Catalogue catalogue;
  private final SearchIndex index;
  private final Runnable refreshNames;

  Ingestion(Supplier<Ingestor> ingestor, Catalogue catalogue, SearchIndex index,
      Runnable refreshNames) {
    this.ingestor = ingestor;
    this.groups = new GroupSave(catalogue, index);
    this.catalogue = catalogue;
    this.index = index;
    this.refreshNames = refreshNames;
  }

  /** See {@link Archive#ingest(List, PublicationState, Progress)}. */
  List<IngestReport> files(List<Path> files, PublicationState state, Progress progress) {
    List<IngestReport> reports = new ArrayList<>();
    Batching batching = new Batching();
    List<IngestBatch> group = new ArrayList<>();
    int records = 0;
    // one extractor for the whole run: the names it matches do not change during it
    Ingestor reading = ingestor.get();
    // two groups ahead: with 64 files, the reader ran dry while a group of one-record files
    // was saved, then the saver waited for the rest of the next group, and the two threads
    // took turns (each busy half the time in the 1M run's seed layout)
    try (ReadAhead ahead = new ReadAhead(files, reading::read, 2 * GROUP_FILES)) {
      for (int n = 0; n < files.size(); n++) {
        String name = files.get(n).getFileName().toString();
        String label = files.size() == 1 ? name
            : name + " (" + (n + 1) + "/" + files.size() + ")";
        progress.update(label + ": reading", 0, -1);
        IngestBatch read = ahead.next();
        group.add(read);
        records += read.records().size();
        if (records >= GROUP_RECORDS || group.size() >= GROUP_FILES || n == files.size() - 1) {
          progress.update(label + ": saving", 0, records);
          reports.addAll(save(group, state, batching));
          progress.update(label + ": done", records, records);
          group.clear();
          records = 0;
          if (batching.due()) {
            batching.commit();
          }
        }
      }
    }
    batching.finish();
    return reports;
  }

  /** One input, committed: visible to searches when this returns. */
  IngestReport one(String fileName, byte[] content, PublicationState state) {
    Batching now = new Batching();
    List<IngestReport> report = save(List.of(ingestor.get().read(fileName, content)), state,
        now);
    now.finish();
    return report.get(0);
  }

  private List<IngestReport> save(List<IngestBatch> group, PublicationState state,
      Batching batching) {
    GroupSave.Outcome saved = groups.save(group, state, redirects());
    batching.indexed(saved.indexed(), saved.authorities());
    return saved.reports();
  }

  /** Links to authorities merged into others, pointed at the survivors. */
  private UnaryOperator<NameRef> redirects() {
    Map<String, String> to = catalogue.authorityRedirects();
    if (to.isEmpty()) {
      return UnaryOperator.identity();
    }
    Map<String, String> names = new HashMap<>();
    catalogue.authorities(to.values()).forEach(a -> names.put(a.id(), a.name()));
    return n -> n.id() == null || !to.containsKey(n.id()) ? n
        : new NameRef(names.getOrDefault(to.get(n.id()), n.name()), n.as(), to.get(n.id()));
  }

  /**
   * What a run of many files defers. A Solr commit (a flush, an fsync and a new searcher)
   * is done once per {@link #COMMIT_EVERY_RECORDS} records or {@link #COMMIT_EVERY_NANOS},
   * and at the end. Rebuilding the name expansion reads every authority, so its cost grows
   * with the archive (at 200k documents it spilled to a temporary file): it is done once, at
   * the end. Deferring it loses nothing during the run: extraction uses the curated
   * authorities only, which an ingest does not change, and searches meanwhile expand names
   * with the authorities known when the run began. The catalogue is saved group by group;
   * if the process dies before a commit, the next open sees the index behind the catalogue
   * and rebuilds it.
   */
  private final class Batching {
    private long pendingRecords;
    private long since = System.nanoTime();
    private boolean namesChanged;
    private boolean uncommitted;

    void indexed(int records, boolean authorities) {
      pendingRecords += records;
      uncommitted = true;
      namesChanged |= authorities;
    }

    boolean due() {
      return pendingRecords >= COMMIT_EVERY_RECORDS
          || System.nanoTime() - since >= COMMIT_EVERY_NANOS;
    }

    /** Makes what was indexed so far visible to searches. */
    void commit() {
      if (uncommitted) {
        index.commit();
      }
      pendingRecords = 0;
      since = System.nanoTime();
      uncommitted = false;
    }

    /** Commits and, when the run brought authorities, rebuilds the name expansion. */
    void finish() {
      commit();
      if (namesChanged) {
        refreshNames.run();
      }
      namesChanged = false;
    }
  }
}
