package org.chancery.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.chancery.extract.Extractor;
import org.chancery.extract.NameIndex;
import org.chancery.ingest.Ingestor;
import org.chancery.ingest.JsonLines;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.RecordJson;
import org.chancery.romanise.Romaniser;
import org.chancery.search.QueryExpansion;
import org.chancery.search.SearchIndex;
import org.chancery.search.SolrSearchIndex;
import org.chancery.store.Catalogue;
import org.chancery.store.DatabaseConfig;
import org.chancery.store.JdbcCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running archive: the catalogue of record, the search index derived from it, and
 * the operations people run on them (ingest, reindex, export). The command line and the
 * web server both work through this class, so an operation behaves the same from either.
 *
 * <p>The catalogue is always written first and the index second; if the process dies in
 * between, {@link #open} sees the index disagree with the catalogue and rebuilds it.
 */
public final class Archive implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Archive.class);
  private static final int INDEX_BATCH = 1000;

  private final ChanceryConfig config;
  private final Catalogue catalogue;
  private final SearchIndex index;
  // rebuilt with the names: extraction links what editors added to the shipped authorities
  private final AtomicReference<Ingestor> ingestor = new AtomicReference<>(new Ingestor());
  private final RecordJson json = new RecordJson();
  private final Ingestion ingestion;
  // what the index expands names with; replaced whenever the authorities change
  private final AtomicReference<QueryExpansion> names;
  private final Romaniser romaniser = new Romaniser();
  private final AuthorityDesk authorities;
  // ids of the shipped authority file: the authorities extraction matches in free text
  private final java.util.Set<String> curatedIds = new java.util.HashSet<>();
  // the catalogue's authorities stamp when the names were last rebuilt
  private volatile String authoritiesStamp = "";
  // done when the names of every authority are in (see open(config, true))
  private final CompletableFuture<Void> namesLoaded = new CompletableFuture<>();

  private Archive(ChanceryConfig config, Catalogue catalogue, SearchIndex index,
      AtomicReference<QueryExpansion> names, List<org.chancery.record.Authority> shipped) {
    this.config = config;
    this.catalogue = catalogue;
    this.index = index;
    this.ingestion = new Ingestion(ingestor::get, catalogue, index, this::refreshNames);
    this.names = names;
    shipped.forEach(a -> curatedIds.add(a.id()));
    this.authorities = new AuthorityDesk(catalogue, index, this::refreshNames,
        romaniser);
  }

  /**
   * Opens the catalogue and the index named by the configuration (the embedded Solr core,
   * or the SolrCloud collection when {@code solr.zk} is set), creating them when missing,
   * and rebuilds the index when it does not hold what the catalogue publishes.
   */
  public static Archive open(ChanceryConfig config) {
    return open(config, false);
  }

  /**
   * Opens the archive as {@link #open(ChanceryConfig)} does; with {@code namesInBackground},
   * the check that the index holds what the catalogue publishes (a rebuild when it does
   * not) and the name expansion of every authority run on another thread after this
   * returns.
   * An archive of FRUS volumes holds about one persons-list authority per document, and
   * reading and romanising them took 24 s at a million documents on two cores (the 1M
   * benchmark, where the server answered after 8 s). Until they are in,
   * searches expand the names of the authorities shipped with Chancery and ingests wait
   * ({@link #namesLoaded()}). The web server opens so, to serve at once.
   */
  public static Archive open(ChanceryConfig config, boolean namesInBackground) {
    long start = System.nanoTime();
    DatabaseConfig db = config.catalogueDatabase();
    // To serve, the catalogue and the index open side by side: at 1M documents H2 took
    // 1.5 s and the Solr core 3.4 s, one after the other, before the server could answer.
    // Commands open the catalogue first, so an archive another process holds is reported
    // by the catalogue's one-line error, without Solr's stack trace about its own lock.
    CompletableFuture<Catalogue> opening = namesInBackground
        ? CompletableFuture.supplyAsync(() -> JdbcCatalogue.open(db), Archive::openOnNewThread)
        : opened(db);
    AtomicReference<QueryExpansion> names = new AtomicReference<>(QueryExpansion.NONE);
    QueryExpansion expansion = text -> names.get().expand(text);
    SearchIndex index;
    try {
      index = config.solrCloud() == null
          ? SolrSearchIndex.embedded(config.indexDir(), expansion)
          : SolrSearchIndex.cloud(config.solrCloud(), expansion);
    } catch (RuntimeException e) {
      // another process holding the archive locks both: its catalogue error says so
      catalogue(opening).close();
      throw e;
    }
    Catalogue catalogue;
    try {
      catalogue = catalogue(opening);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    long opened = System.nanoTime();
    List<org.chancery.record.Authority> shipped = NameIndex.bundled().authorities();
    Archive archive = new Archive(config, catalogue, index, names, shipped);
    // The shipped authority file lives in the catalogue like any other, so its entries
    // have pages and can be edited; an edited entry is left alone (the editor's word wins).
    catalogue.save(List.of(), List.of(), shipped, "bundled",
        "authority file shipped with Chancery", true);
    long saved = System.nanoTime();
    if (namesInBackground) {
      archive.names.set(AuthorityExpansion.of(shipped, archive.romaniser));
      Thread finishing = new Thread(archive::finishOpening, "chancery-names");
      finishing.setDaemon(true);
      finishing.start();
    } else {
      // a failed rebuild fails the open here, as a command expects
      archive.rebuildIndexIfStale(Progress.NONE);
      archive.loadNames();
    }
    LOG.info("archive opened in {} ms: catalogue and index {}, shipped authorities {}{}",
        ms(System.nanoTime() - start), ms(opened - start), ms(saved - opened),
        namesInBackground ? "; index check and names follow in the background" : "");
    return archive;
  }

  private static CompletableFuture<Catalogue> opened(DatabaseConfig db) {
    return CompletableFuture.completedFuture(JdbcCatalogue.open(db));
  }

  /** The opened catalogue, or the exception opening it threw. */
  private static Catalogue catalogue(CompletableFuture<Catalogue> opening) {
    try {
      return opening.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static void openOnNewThread(Runnable r) {
    Thread t = new Thread(r, "chancery-open-catalogue");
    t.setDaemon(true);
    t.start();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  public ChanceryConfig config() {
    return config;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public SearchIndex index() {
    return index;
  }

  /** Authority lookup, pages and editing. */
  public AuthorityDesk authorities() {
    return authorities;
  }

  public RecordJson json() {
    return json;
  }

  /**
   * What opening leaves for later when the server must answer at once: checking that the
   * index holds what the catalogue publishes (1.9 s at 1M documents; it rebuilds the
   * index when not), then loading the names. Ingests wait for both ({@link #namesLoaded}).
   */
  private void finishOpening() {
    long t0 = System.nanoTime();
    try {
      rebuildIndexIfStale(Progress.NONE);
    } catch (RuntimeException e) {
      namesLoaded.completeExceptionally(e);
      LOG.error("could not check or rebuild the search index", e);
      return;
    }
    LOG.info("index checked in {} ms", ms(System.nanoTime() - t0));
    loadNames();
  }

  private void loadNames() {
    long t0 = System.nanoTime();
    try {
      refreshNames();
      namesLoaded.complete(null);
      LOG.info("names of every authority loaded in {} ms", ms(System.nanoTime() - t0));
    } catch (RuntimeException e) {
      namesLoaded.completeExceptionally(e);
      LOG.error("could not load the names of the authorities", e);
    }
  }

  /**
   * Whether searches expand the names of every authority in the catalogue, not only of
   * those shipped with Chancery (see {@link #open(ChanceryConfig, boolean)}).
   */
  public boolean namesLoaded() {
    return namesLoaded.isDone() && !namesLoaded.isCompletedExceptionally();
  }

  /**
   * Rebuilds the name expansion searches use from the catalogue's authorities (the
   * bundled file is among them). Runs at open, after an ingest that brought authorities
   * and after every authority edit; one at a time, so the last to start is the one kept.
   */
  synchronized void refreshNames() {
    // Read before the authorities: an edit landing in between is seen again next time.
    authoritiesStamp = catalogue.authoritiesStamp();
    AuthorityExpansion.Builder expansion = AuthorityExpansion.builder(romaniser);
    // Extraction matches names in free text, so it uses the curated authorities only (the
    // shipped file as editors have changed it), not every FRUS persons-list surname.
    List<org.chancery.record.Authority> curated = new ArrayList<>();
    catalogue.forEachAuthority(a -> {
      expansion.add(a);
      if (curatedIds.contains(a.id()) || splitFromCurated(a, curatedIds)) {
        curated.add(a);
      }
    });
    names.set(expansion.build());
    curated.sort(java.util.Comparator.comparing(org.chancery.record.Authority::name)
        .thenComparing(org.chancery.record.Authority::id));
    ingestor.set(new Ingestor(new Extractor(new NameIndex(curated))));
  }

  /**
   * Rebuilds the name expansion when another process sharing the catalogue (another web
   * node, {@code chancery authority}, an ingest) changed the authorities since the last
   * rebuild; a cheap check otherwise.
   *
   * @return whether the names were rebuilt
   */
  public boolean refreshNamesIfChanged() {
    // the first load, still running, reads the changes too
    if (!namesLoaded.isDone() || catalogue.authoritiesStamp().equals(authoritiesStamp)) {
      return false;
    }
    refreshNames();
    return true;
  }

  private static boolean splitFromCurated(org.chancery.record.Authority a,
      java.util.Set<String> curated) {
    String s = a.source() == null ? "" : a.source();
    return s.startsWith(AuthorityDesk.SPLIT_FROM)
        && curated.contains(s.substring(AuthorityDesk.SPLIT_FROM.length()).split(" ")[0]);
  }

  /** Rebuilds the index when its size differs from the number of published records. */
  public boolean rebuildIndexIfStale(Progress progress) {
    long published = catalogue.countPublished();
    long indexed = index.count();
    if (published == indexed) {
      return false;
    }
    LOG.info("search index holds {} records, catalogue publishes {}: rebuilding", indexed,
        published);
    reindex(progress);
    return true;
  }

  /** Empties the index and fills it again from the catalogue. Returns records indexed. */
  public long reindex(Progress progress) {
    long total = catalogue.count();
    index.clear();
    List<ArchivalRecord> buffer = new ArrayList<>(INDEX_BATCH);
    long[] done = {0};
    catalogue.forEach(r -> {
      buffer.add(r);
      if (buffer.size() == INDEX_BATCH) {
        index.index(buffer);
        done[0] += buffer.size();
        buffer.clear();
        progress.update("reindex", done[0], total);
      }
    });
    index.index(buffer);
    done[0] += buffer.size();
    index.commit();
    progress.update("reindex", done[0], total);
    return index.count();
  }

  /**
   * Ingests input files in order; each file is saved whole or, when it has a fatal
   * problem, not at all. Records of plain text and TEI inputs take {@code state}; JSON
   * Lines inputs (exports) keep the state they carry. An existing record keeps the
   * editorial state it has. Consecutive files are saved in groups of one transaction each
   * ({@link GroupSave}): each file is linked and saved as if alone, a file refused by its
   * reader saves nothing, and a group the catalogue refuses is saved again file by file.
   */
  public List<IngestReport> ingest(List<Path> files, PublicationState state, Progress progress) {
    // extraction links names with the curated authorities, read with the names
    namesLoaded.join();
    return ingestion.files(files, state, progress);
  }

  /** Ingests one uploaded or bundled input, visible to searches when this returns. */
  public IngestReport ingest(String fileName, byte[] content, PublicationState state) {
    namesLoaded.join();
    return ingestion.one(fileName, content, state);
  }

  /** JSON Lines inputs are exports: their records keep the editorial state they carry. */
  static boolean isJsonLines(String file) {
    String f = file.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    return f.endsWith(".jsonl") || f.endsWith(".ndjson");
  }

  /**
   * Loads the demo collection shipped inside the application (the files named in
   * {@code demo/index.txt}), published. Loading it again changes nothing; when this data
   * folder already holds this very demo (a marker file records its hash), it is skipped
   * so that {@code serve --demo} starts fast.
   */
  public List<IngestReport> loadDemo(Progress progress) {
    DemoCollection demo = new DemoCollection();
    if (catalogue.count() > 0 && demo.loadedIn(config.dataDir())) {
      return List.of();
    }
    List<IngestReport> reports = new ArrayList<>();
    int n = 0;
    int all = demo.contents().size();
    for (var file : demo.contents().entrySet()) {
      progress.update(file.getKey(), n++, all);
      reports.add(ingest(file.getKey(), file.getValue(), PublicationState.PUBLISHED));
    }
    progress.update("demo", all, all);
    if (reports.stream().noneMatch(IngestReport::refused)) {
      demo.markLoaded(config.dataDir());
    }
    return reports;
  }

  /**
   * Writes the archive as JSON Lines: collections, authorities, then records in id order.
   * With {@code publishedOnly}, records that are not published are left out (a public
   * dump); without, it is a full backup that {@code ingest} restores.
   *
   * <p>Records are written without their save time ({@code updated} is null): it is the
   * catalogue's stamp, not part of the record (the content hash leaves it out too), and
   * the archive that ingests the file stamps its own. So exporting, ingesting into an
   * empty archive and exporting again gives the same bytes, and OAI-PMH datestamps of
   * the restored archive stay true to when it changed.
   */
  public long export(Writer out, boolean publishedOnly, Progress progress) {
    long total = publishedOnly ? catalogue.countPublished() : catalogue.count();
    long[] done = {0};
    try (JsonLines writer = new JsonLines(out, json)) {
      catalogue.collections().forEach(writer::collection);
      catalogue.authorities().forEach(writer::authority);
      catalogue.forEach(r -> {
        if (!publishedOnly || r.state().isPublic()) {
          writer.record(r.toBuilder().updated(null).build());
          if (++done[0] % 1000 == 0) {
            progress.update("export", done[0], total);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("export failed while writing", e);
    }
    progress.update("export", done[0], total);
    return done[0];
  }

  /**
   * Moves a record to another editorial state (an editor withdraws or publishes it): a new
   * catalogue version under {@code actor} and {@code note}, a new save time (so harvesters
   * see the change), and the index updated (a withdrawn record leaves search at once).
   * Asking for the state it already has changes nothing.
   *
   * @return the record as now catalogued
   * @throws EditRefused NOT_FOUND when there is no such record
   */
  public ArchivalRecord changeState(RecordId id, PublicationState state, String actor,
      String note) {
    ArchivalRecord current = catalogue.find(id).orElseThrow(() -> new EditRefused(
        EditRefused.Reason.NOT_FOUND, "There is no record " + id + "."));
    if (current.state() == state) {
      return current;
    }
    catalogue.save(List.of(current.withState(state)), List.of(), List.of(), actor,
        note == null ? state.name().toLowerCase(Locale.ROOT) : note, false);
    ArchivalRecord saved = catalogue.find(id).orElseThrow();
    index.index(List.of(saved));
    index.commit();
    return saved;
  }

  /** A published record, or empty when it does not exist or is not public. */
  public java.util.Optional<ArchivalRecord> publicRecord(String id) {
    if (!RecordId.isValid(id)) {
      return java.util.Optional.empty();
    }
    return catalogue.find(new RecordId(id)).filter(r -> r.state().isPublic());
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      catalogue.close();
    }
  }
}
