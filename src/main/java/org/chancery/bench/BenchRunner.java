package org.chancery.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
   * @param ingestOnly stop after the ingest phase (no server, Solr or PostgreSQL phases)
   * @param target where the measured archive keeps its catalogue and index
   */
  public record Options(Path corpus, List<Long> docs, List<Integer> clients, Path out,
      Path work, int seconds, boolean postgres, String serverHeap, boolean ingestOnly,
      Target target) {

    public Options {
      target = target == null ? Target.EMBEDDED : target;
    }
  }

  private interface Call {
    void run(QueryMix q, int i) throws Exception;
  }

  private final Options o;
  private final Progress progress;
  private final PrintStream out;
  private final Results results = new Results();
  private final List<String> notes = new ArrayList<>();

  public BenchRunner(Options o, Progress progress, PrintStream out) {
    this.o = o;
    this.progress = progress;
    this.out = out;
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
    delete(data);
    String label = String.format(Locale.ROOT, "%,d docs", docs);

    // 1. ingest, extraction included, into a fresh archive
    List<QueryMix> mix;
    Map<QueryMix, SolrParams> solrParams = new LinkedHashMap<>();
    Map<QueryMix, String> pgText = new LinkedHashMap<>();
    List<String> ids;
    ChanceryConfig config = o.target().config(data);
    try (Archive archive = Archive.open(config)) {
      o.target().requireEmpty(archive);
      IngestPhase.Outcome in = IngestPhase.run(archive, o.corpus(), files, label, progress);
      double seconds = in.seconds();
      results.add(docs, "ingest", "chancery", 0, "all", in.records() / seconds, "docs/s");
      results.add(docs, "ingest", "chancery", 0, "all", in.bytes() / 1e6 / seconds, "MB/s");
      results.add(docs, "ingest time", "chancery", 0, "all", seconds, "s");
      notes.add(label + ": archive on " + o.target().describe());
      results.add(docs, "ingest CPU", "chancery", 0, "all", in.cpuSeconds() * 1000 / docs,
          "ms/doc");
      for (IngestPhase.Timing t : in.layouts()) {
        results.add(docs, "ingest", "chancery", 0, t.layout(), t.docs() / t.seconds(),
            "docs/s");
        results.add(docs, "ingest CPU", "chancery", 0, t.layout(),
            t.cpuSeconds() * 1000 / t.docs(), "ms/doc");
      }
      if (in.refused() > 0 || in.records() != docs) {
        notes.add(String.format(Locale.ROOT, "%s: %d files refused, %,d records for %,d"
            + " documents generated", label, in.refused(), in.records(), docs));
      }
      if (o.ingestOnly()) {
        flush();
        return;
      }
      // the mix's facet values come from the corpus: its most frequent author, place, type
      SearchResult browse = archive.index().search(SearchQuery.of(""));
      mix = QueryMix.standard(top(browse, Facet.AUTHOR), top(browse, Facet.PLACE),
          top(browse, Facet.TYPE));
      QueryExpansion expansion = AuthorityExpansion.of(archive.catalogue().authorities(),
          new Romaniser());
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
    serverPhase(docs, data, mix, ids);
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

  private static String top(SearchResult r, Facet f) {
    List<FacetValue> v = r.facets().get(f);
    return v == null || v.isEmpty() ? "" : v.get(0).value();
  }

  // ---- server ---------------------------------------------------------------------------

  private void serverPhase(long docs, Path data, List<QueryMix> mix, List<String> ids)
      throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = o.work().resolve("server-" + docs + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + o.serverHeap(), "-cp",
        System.getProperty("java.class.path"), "org.chancery.cli.Main", "serve", "--data",
        data.toString(), "--port", Integer.toString(port), "--host", "127.0.0.1"));
    cmd.addAll(o.target().serveFlags());
    long t0 = System.nanoTime();
    Process server = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .version(HttpClient.Version.HTTP_1_1).build();
    String base = "http://127.0.0.1:" + port;
    try {
      double ready = waitReady(http, base, server, t0);
      results.add(docs, "ready", "chancery", 0, "launch to /api/health 200", ready, "s");
      HttpRequest.Builder rb = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
      Call call = (q, i) -> {
        HttpResponse<byte[]> rsp = http.send(rb.uri(URI.create(base + q.apiPath())).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (rsp.statusCode() != 200) {
          throw new IOException("HTTP " + rsp.statusCode() + " for " + q.apiPath());
        }
      };
      measure(docs, "chancery", mix, call);
      // record page and API, one client
      for (String kind : List.of("/records/", "/api/records/")) {
        Latencies l = new Latencies();
        for (int pass = 0; pass < 2; pass++) {
          for (String id : ids) {
            long s = System.nanoTime();
            HttpResponse<byte[]> rsp = http.send(rb.uri(URI.create(base + kind + id)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (rsp.statusCode() != 200) {
              throw new IOException("HTTP " + rsp.statusCode() + " for " + kind + id);
            }
            if (pass == 1) {
              l.add(System.nanoTime() - s);
            }
          }
        }
        String what = kind.startsWith("/api") ? "GET /api/records/{id}" : "GET /records/{id}";
        results.add(docs, "record p50", "chancery", 1, what, l.percentileMs(50), "ms");
        results.add(docs, "record p95", "chancery", 1, what, l.percentileMs(95), "ms");
        results.add(docs, "record p99", "chancery", 1, what, l.percentileMs(99), "ms");
      }
      double heap = heapAfterGc(server.pid());
      results.add(docs, "heap used after GC", "chancery", 0, "server -Xmx" + o.serverHeap(),
          heap, "MB");
    } finally {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
  }

  private static double waitReady(HttpClient http, String base, Process server, long t0)
      throws Exception {
    HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/api/health"))
        .timeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() - t0 < 600e9) {
      if (!server.isAlive()) {
        throw new IOException("the server exited with " + server.exitValue()
            + " before it was ready (see its log)");
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - t0) / 1e9;
        }
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    throw new IOException("the server was not ready within 10 minutes");
  }

  private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  /** Used heap after a full GC, from jcmd; NaN when jcmd is not there. */
  static double heapAfterGc(long pid) {
    try {
      String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
      exec(List.of(jcmd, Long.toString(pid), "GC.run"));
      Matcher m = USED.matcher(exec(List.of(jcmd, Long.toString(pid), "GC.heap_info")));
      return m.find() ? Long.parseLong(m.group(2)) / 1024.0 : Double.NaN;
    } catch (IOException | InterruptedException e) {
      return Double.NaN;
    }
  }

  private static String exec(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return s;
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
      measure(docs, "solr", mix, (q, i) -> solr.query("chancery", params.get(q)));
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
      measure(docs, "postgres", mix, (q, i) -> PostgresBaseline.search(conns.get(i), q,
          text.get(q)));
    } finally {
      for (Connection c : conns) {
        c.close();
      }
    }
  }

  // ---- the measuring loop -----------------------------------------------------------------

  /**
   * Warm-up (every query twice, then a few seconds at 4 clients), then for each client
   * count, {@code seconds} of closed-loop requests: each client sends the next query of the
   * mix as soon as the previous one answered.
   */
  private void measure(long docs, String engine, List<QueryMix> mix, Call call)
      throws Exception {
    for (int pass = 0; pass < 2; pass++) {
      for (QueryMix q : mix) {
        call.run(q, 0);
      }
    }
    loop(mix, call, Math.min(4, o.clients().stream().mapToInt(Integer::intValue).max()
        .orElse(1)), Math.max(3, o.seconds() / 3), engine + " warm-up");
    for (int clients : o.clients()) {
      long t0 = System.nanoTime();
      Map<String, Latencies> byKind = loop(mix, call, clients, o.seconds(),
          engine + " " + clients + " clients");
      double elapsed = (System.nanoTime() - t0) / 1e9;
      Latencies all = new Latencies();
      byKind.values().forEach(all::addAll);
      results.add(docs, "search p50", engine, clients, "all", all.percentileMs(50), "ms");
      results.add(docs, "search p95", engine, clients, "all", all.percentileMs(95), "ms");
      results.add(docs, "search p99", engine, clients, "all", all.percentileMs(99), "ms");
      results.add(docs, "search throughput", engine, clients, "all", all.count() / elapsed,
          "queries/s");
      for (Map.Entry<String, Latencies> e : byKind.entrySet()) {
        results.add(docs, "search p50", engine, clients, e.getKey(),
            e.getValue().percentileMs(50), "ms");
        results.add(docs, "search p99", engine, clients, e.getKey(),
            e.getValue().percentileMs(99), "ms");
      }
    }
  }

  private Map<String, Latencies> loop(List<QueryMix> mix, Call call, int clients, int seconds,
      String label) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long t0 = System.nanoTime();
    List<Future<Map<String, Latencies>>> futures = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        int client = c;
        Callable<Map<String, Latencies>> task = () -> {
          Map<String, Latencies> mine = new LinkedHashMap<>();
          int i = client * 3;
          while (System.nanoTime() < end) {
            QueryMix q = mix.get(i++ % mix.size());
            long s = System.nanoTime();
            call.run(q, client);
            mine.computeIfAbsent(q.kind(), k -> new Latencies()).add(System.nanoTime() - s);
            if (client == 0) {
              progress.update(label, (System.nanoTime() - t0) / 1_000_000_000L, seconds);
            }
          }
          return mine;
        };
        futures.add(pool.submit(task));
      }
      Map<String, Latencies> merged = new LinkedHashMap<>();
      for (QueryMix q : mix) {
        merged.computeIfAbsent(q.kind(), k -> new Latencies());
      }
      for (Future<Map<String, Latencies>> f : futures) {
        f.get().forEach((k, v) -> merged.get(k).addAll(v));
      }
      return merged;
    } finally {
      pool.shutdownNow();
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
