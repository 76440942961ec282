package org.chancery.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chancery.archive.Progress;

/**
 * Closed-loop load: each client sends the next query of the mix as soon as the previous
 * one answered, so throughput is what the engine gives, not what a schedule asks. One
 * loop measures every engine (the archive over HTTP, Solr, PostgreSQL), so their figures
 * compare like with like.
 */
final class ClosedLoop {

  /** One request of the mix on one client's connection. */
  interface Call {
    void run(QueryMix q, int client) throws Exception;
  }

  private final List<Integer> clients;
  private final int seconds;
  private final Progress progress;
  private final Results results;

  ClosedLoop(List<Integer> clients, int seconds, Progress progress, Results results) {
    this.clients = clients;
    this.seconds = seconds;
    this.progress = progress;
    this.results = results;
  }

  /**
   * Warm-up (every query twice, then a few seconds at 4 clients), then for each client
   * count, {@code seconds} of closed-loop requests: each client sends the next query of the
   * mix as soon as the previous one answered.
   */
  void measure(long docs, String engine, List<QueryMix> mix, Call call)
      throws Exception {
    for (int pass = 0; pass < 2; pass++) {
      for (QueryMix q : mix) {
        call.run(q, 0);
      }
    }
    loop(mix, call, Math.min(4, clients.stream().mapToInt(Integer::intValue).max()
        .orElse(1)), Math.max(3, seconds / 3), engine + " warm-up");
    for (int clients : clients) {
      long t0 = System.nanoTime();
      Map<String, Latencies> byKind = loop(mix, call, clients, seconds,
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
}
