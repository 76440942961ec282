package org.chancery.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.core.CoreContainer;
import org.chancery.archive.Archive;
import org.chancery.archive.AuthorityExpansion;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.Progress;
import org.chancery.romanise.Romaniser;
import org.chancery.search.Facet;
import org.chancery.search.FacetValue;
import org.chancery.search.Hit;
import org.chancery.search.QueryExpansion;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchResult;
import org.chancery.store.JdbcCatalogue;

/**
 * {@code chancery bench run}: for each corpus size, ingest into a fresh embedded archive,
 * start the server as a separate process (time to ready, heap), measure the query mix
 * through the HTTP API at each client count, record pages, then the same queries straight
 * to Solr and on PostgreSQL full text. Writes results.csv, chart.png and results.md.
 */
public final class BenchRunner {

  /**
   * What to run.
   *
   * @param phases every phase, the ingest alone, or the search phases alone on the
   *     archive an earlier run left in {@code work}
   * @param target where the measured archive keeps its catalogue and index
   * @param facetCost also time each facet field under each Solr facet method
   */
  public record Options(Path corpus, List<Long> docs, List<Integer> clients, Path out,
      Path work, int seconds, boolean postgres, String serverHeap, Phases phases,
      Target target, boolean facetCost) {

    public Options {
      target = target == null ? Target.EMBEDDED : target;
      phases = phases == null ? Phases.ALL : phases;
    }

    boolean ingestOnly() {
      return phases == Phases.INGEST;
    }
  }

  /** Which phases a run measures. */
  public enum Phases {
    ALL,
    /** Stop after the ingest: no server, Solr or PostgreSQL phases. */
    INGEST,
    /**
     * Skip the ingest and measure the archive an earlier run of the same corpus size left
     * in the work folder (its size is checked): to measure a change to search at 1M
     * without an hour of ingest. The ingest rows are then absent from the results.
     */
    SEARCH
  }

  private final Options o;
  private final Progress progress;
  private final PrintStream out;
  private final Results results = new Results();
  private final List<String> notes = new ArrayList<>();
  private final ClosedLoop loop;

  public BenchRunner(Options o, Progress progress, PrintStream out) {
    this.o = o;
    this.progress = progress;
    this.out = out;
    this.loop = new ClosedLoop(o.clients(), o.seconds(), progress, results);
  }

  public Results results() {
    return results;
  }

  public void run() throws Exception {
    List<IngestPhase.Entry> manifest = manifest(o.corpus());
    long all = manifest.stream().mapToLong(IngestPhase.Entry::docs).sum();
    List<Long> sizes = o.docs().isEmpty() ? List.of(all) : o.docs();
    Postgres pg = null;
    if (o.postgres() && !o.ingestOnly()) {
      try {
        pg = Postgres.start(o.work().resolve("pg"));
      } catch (IOException e) {
        notes.add("PostgreSQL baseline not run: " + e.getMessage());
      }
    }
    this.sizes = sizes.stream().map(s -> Math.min(s, all)).toList();
    try {
      for (long n : sizes) {
        runSize(manifest, Math.min(n, all), pg);
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
    flush();
    out.println();
    out.print(results.markdown());
    notes.forEach(out::println);
  }

  private List<Long> sizes = List.of();

  /** Writes what is measured so far: a long run can be read before it ends. */
  private void flush() throws IOException {
    Files.createDirectories(o.out());
    results.writeCsv(o.out().resolve("results.csv"));
    Chart.write(o.out().resolve("chart.png"), results, sizes, o.clients());
    Files.writeString(o.out().resolve("results.md"), results.markdown() + "\n"
        + String.join("\n", notes) + "\n");
  }

  private void runSize(List<IngestPhase.Entry> manifest, long n, Postgres pg) throws Exception {
    List<IngestPhase.Entry> files = new ArrayList<>();
    long count = 0;
    for (IngestPhase.Entry e : manifest) {
      if (count >= n) {
        break;
      }
      files.add(e);
      count += e.docs();
    }
    final long docs = count;
    Path data = o.work().resolve("archive-" + docs).toAbsolutePath();
    boolean reuse = o.phases() == Phases.SEARCH;
    if (!reuse) {
      delete(data);
    } else if (!Files.isDirectory(data)) {
      throw new IOException("--only search measures the archive an earlier run left in "
          + data + ", and there is none: run without --only first");
    }
    String label = String.format(Locale.ROOT, "%,d docs", docs);

    // 1. ingest, extraction included, into a fresh archive
    List<QueryMix> mix;
    Map<QueryMix, SolrParams> solrParams = new LinkedHashMap<>();
    Map<QueryMix, String> pgText = new LinkedHashMap<>();
    List<String> ids;
    ChanceryConfig config = o.target().config(data);
    try (Archive archive = Archive.open(config)) {
      if (reuse) {
        long held = archive.catalogue().countPublished();
        if (held != docs) {
          throw new IOException(String.format(Locale.ROOT, "the archive in %s holds %,d"
              + " published records, not the %,d of this corpus size", data, held, docs));
        }
        notes.add(label + ": search phases only, on the archive ingested by an earlier run");
      } else {
        ingest(archive, files, docs, label);
      }
      notes.add(label + ": archive on " + o.target().describe());
      if (o.ingestOnly()) {
        flush();
        return;
      }
      // the mix's facet values come from the corpus: its most frequent author, place, type
      SearchResult browse = archive.index().search(SearchQuery.of(""));
      mix = QueryMix.standard(top(browse, Facet.AUTHOR), top(browse, Facet.PLACE),
          top(browse, Facet.TYPE));
      AuthorityExpansion.Builder names = AuthorityExpansion.builder(new Romaniser());
      archive.catalogue().forEachAuthority(names::add);
      QueryExpansion expansion = names.build();
      for (QueryMix q : mix) {
        solrParams.put(q, SolrCapture.paramsOf(q, expansion));
        pgText.put(q, PostgresBaseline.tsText(q, expansion));
      }
      ids = new ArrayList<>();
      for (int page = 1; page <= 10; page++) {
        SearchResult r = archive.index().search(new SearchQuery("", Map.of(), null, null,
            SearchQuery.Sort.DATE_ASC, page * 7, 20, null));
        r.hits().stream().map(Hit::id).forEach(ids::add);
      }
    }

    flush();

    // 2. the server as its own process: time to ready, heap, HTTP search, record pages
    new ServerPhase(o, results, loop).run(docs, data, mix, ids);
    flush();

    // 3. the same Solr requests straight through SolrJ, on the same index
    if (o.target().embeddedIndex()) {
      solrPhase(docs, data, mix, solrParams);
      flush();
    } else {
      notes.add(label + ": straight-Solr baseline not run (it opens the embedded core)");
    }

    // 4. PostgreSQL full text over the same records
    if (pg != null) {
      try {
        postgresPhase(docs, data, pg, mix, pgText);
      } catch (java.sql.SQLException e) {
        notes.add(String.format(Locale.ROOT, "%,d docs: PostgreSQL baseline failed: %s", docs,
            e.getMessage()));
      }
    }
    ratios(docs);
    flush();
  }

  /** Ingests {@code files}, extraction included, timed overall and per layout. */
  private void ingest(Archive archive, List<IngestPhase.Entry> files, long docs, String label)
      throws IOException {
    o.target().requireEmpty(archive);
    // each layout's rows are written as soon as it is done: the 1M run of 27 November
    // ingested for two hours, then filled the disk in its last step and kept nothing
    IngestPhase.Outcome in = IngestPhase.run(archive, o.corpus(), files, label, progress, t -> {
      results.add(docs, "ingest", "chancery", 0, t.layout(), t.docs() / t.seconds(),
          "docs/s");
      results.add(docs, "ingest CPU", "chancery", 0, t.layout(),
          t.cpuSeconds() * 1000 / t.docs(), "ms/doc");
      try {
        flush();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    double seconds = in.seconds();
    results.add(docs, "ingest", "chancery", 0, "all", in.records() / seconds, "docs/s");
    results.add(docs, "ingest", "chancery", 0, "all", in.bytes() / 1e6 / seconds, "MB/s");
    results.add(docs, "ingest time", "chancery", 0, "all", seconds, "s");
    results.add(docs, "ingest CPU", "chancery", 0, "all", in.cpuSeconds() * 1000 / docs,
        "ms/doc");
    if (in.refused() > 0 || in.records() != docs) {
      notes.add(String.format(Locale.ROOT, "%s: %d files refused, %,d records for %,d"
          + " documents generated", label, in.refused(), in.records(), docs));
    }
  }

  private static String top(SearchResult r, Facet f) {
    List<FacetValue> v = r.facets().get(f);
    return v == null || v.isEmpty() ? "" : v.get(0).value();
  }

  // ---- straight Solr --------------------------------------------------------------------

  private void solrPhase(long docs, Path data, List<QueryMix> mix,
      Map<QueryMix, SolrParams> params) throws Exception {
    Path home = ChanceryConfig.defaults(data).indexDir();
    if (System.getProperty("disable.v2.api") == null) {
      System.setProperty("disable.v2.api", "true");
    }
    CoreContainer container = CoreContainer.createAndLoad(home);
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(container, "chancery")) {
      loop.measure(docs, "solr", mix, (q, i) -> solr.query("chancery", params.get(q)));
      SolrTiming.byComponent(solr, "chancery", mix, params).forEach((what, ms) ->
          results.add(docs, "solr time by component", "solr", 1, what, ms, "ms"));
      if (o.facetCost()) {
        FacetCost.byField(solr, "chancery", mix, params).forEach((what, ms) ->
            results.add(docs, "solr facet time by field", "solr", 1, what, ms, "ms"));
      }
    } finally {
      container.shutdown();
    }
  }

  // ---- PostgreSQL -----------------------------------------------------------------------

  private void postgresPhase(long docs, Path data, Postgres pg, List<QueryMix> mix,
      Map<QueryMix, String> text) throws Exception {
    String db = "bench" + docs;
    try (Connection admin = PostgresBaseline.connect(pg.url("postgres"));
         Statement s = admin.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db);
      s.execute("CREATE DATABASE " + db);
    }
    String url = pg.url(db);
    try (JdbcCatalogue catalogue = JdbcCatalogue.open(o.target().config(data)
        .catalogueDatabase());
         Connection c = PostgresBaseline.connect(url)) {
      long t0 = System.nanoTime();
      long loaded = PostgresBaseline.load(c, catalogue, docs, progress);
      double s = (System.nanoTime() - t0) / 1e9;
      results.add(docs, "ingest", "postgres", 0, "load+tsvector+GIN (no extraction)",
          loaded / s, "docs/s");
    }
    int threads = o.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Connection> conns = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        conns.add(PostgresBaseline.connect(url));
      }
      loop.measure(docs, "postgres", mix, (q, i) -> PostgresBaseline.search(conns.get(i), q,
          text.get(q)));
    } finally {
      for (Connection c : conns) {
        c.close();
      }
    }
  }

  private void ratios(long docs) {
    for (int c : o.clients()) {
      double ours = results.value(docs, "search p50", "chancery", c, "all");
      double solr = results.value(docs, "search p50", "solr", c, "all");
      double pg = results.value(docs, "search p50", "postgres", c, "all");
      results.add(docs, "ratio p50 ours/solr", "chancery", c, "all", ours / solr, "x");
      results.add(docs, "ratio p50 ours/postgres", "chancery", c, "all", ours / pg, "x");
      for (String k : List.of("facet-browse", "facet-drill")) {
        results.add(docs, "ratio p50 ours/postgres", "chancery", c, k,
            results.value(docs, "search p50", "chancery", c, k)
                / results.value(docs, "search p50", "postgres", c, k), "x");
      }
    }
  }

  // ---- files ------------------------------------------------------------------------------

  private static List<IngestPhase.Entry> manifest(Path corpus) throws IOException {
    List<IngestPhase.Entry> out = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve(CorpusGenerator.MANIFEST))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(new IngestPhase.Entry(f[0], f[1], Integer.parseInt(f[2]), Long.parseLong(f[3])));
    }
    return out;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
