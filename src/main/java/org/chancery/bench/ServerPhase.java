package org.chancery.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measured archive as its own process, started the way an operator starts it
 * ({@code chancery serve}): time from launch to ready, the query mix through the HTTP API,
 * record pages and their API, and the heap it holds after a full GC.
 */
final class ServerPhase {

  private final BenchRunner.Options o;
  private final Results results;
  private final ClosedLoop loop;

  ServerPhase(BenchRunner.Options o, Results results, ClosedLoop loop) {
    this.o = o;
    this.results = results;
    this.loop = loop;
  }

  void run(long docs, Path data, List<QueryMix> mix, List<String> ids)
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
      double ready = waitHealth(http, base, server, t0, false);
      results.add(docs, "ready", "chancery", 0, "launch to /api/health 200", ready, "s");
      // searches are measured with every authority's names, as the baselines' are
      double names = waitHealth(http, base, server, t0, true);
      results.add(docs, "ready", "chancery", 0, "launch to names loaded", names, "s");
      HttpRequest.Builder rb = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
      ClosedLoop.Call call = (q, i) -> {
        HttpResponse<byte[]> rsp = http.send(rb.uri(URI.create(base + q.apiPath())).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (rsp.statusCode() != 200) {
          throw new IOException("HTTP " + rsp.statusCode() + " for " + q.apiPath());
        }
      };
      loop.measure(docs, "chancery", mix, call);
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

  private static final Pattern NAMES_READY = Pattern.compile("\"names\"\\s*:\\s*\"ready\"");

  /**
   * Seconds from {@code t0} until {@code /api/health} answers 200 and, with {@code names},
   * says the names of every authority are loaded.
   */
  private static double waitHealth(HttpClient http, String base, Process server, long t0,
      boolean names) throws Exception {
    HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/api/health"))
        .timeout(Duration.ofSeconds(10)).build();
    String what = names ? "had loaded the names" : "was ready";
    while (System.nanoTime() - t0 < 1800e9) {
      if (!server.isAlive()) {
        throw new IOException("the server exited with " + server.exitValue() + " before it "
            + what + " (see its log)");
      }
      try {
        HttpResponse<String> rsp = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (rsp.statusCode() == 200 && (!names || NAMES_READY.matcher(rsp.body()).find())) {
          return (System.nanoTime() - t0) / 1e9;
        }
      } catch (IOException notListeningYet) {
        // polled again below
      }
      Thread.sleep(20);
    }
    throw new IOException("the server " + what.replace("was", "was not").replace("had",
        "had not") + " within 30 minutes");
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
}
