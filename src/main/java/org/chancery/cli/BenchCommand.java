package org.chancery.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chancery.bench.BenchRunner;
import org.chancery.bench.CorpusGenerator;
import org.chancery.bench.CorpusModel;
import org.chancery.bench.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery bench generate|run}: the synthetic corpus and the benchmark suite. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Synthetic corpus generator and benchmark runner (see docs/benchmarks).",
    subcommands = {BenchCommand.Generate.class, BenchCommand.Run.class})
final class BenchCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Writes a deterministic synthetic corpus (FRUS TEI volumes, seed-layout"
          + " cables, military messages) sampled from the real documents.")
  static final class Generate implements Callable<Integer> {

    @Option(names = "--docs", required = true, description = "Number of documents.")
    long docs;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--model-from", defaultValue = "../shared/corpus/frus",
        description = "Folder of real FRUS TEI volumes to sample from; when missing, the"
            + " demo collection inside the application (default ${DEFAULT-VALUE}).")
    Path modelFrom;

    @Option(names = "--mix", defaultValue = "70,20,10", split = ",",
        description = "Percent of FRUS TEI, seed-layout and military documents.")
    List<Integer> mix;

    @Override
    public Integer call() throws Exception {
      long start = System.nanoTime();
      CorpusModel model = CorpusModel.load(modelFrom);
      System.err.println(model.describe());
      CorpusGenerator g = new CorpusGenerator(model, seed, docs,
          new CorpusGenerator.Mix(mix.get(0), mix.get(1), mix.get(2)));
      long bytes;
      try (ProgressBar bar = new ProgressBar(System.err)) {
        bytes = g.generate(out, docs, bar);
      }
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%,d documents (%,d persons, %,d places), %.1f MB in %s,"
          + " %.1f s%n", docs, g.personCount(), g.placeCount(), bytes / 1e6, out, s);
      return 0;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Ingest, search, record-page, startup and heap benchmarks with Solr and"
          + " PostgreSQL baselines; prints a table and writes CSV and a PNG chart.")
  static final class Run implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "A generated corpus folder.")
    Path corpus;

    @Option(names = "--docs", split = ",", description = "Corpus sizes to measure (prefixes of"
        + " the corpus); default: all of it.")
    List<Long> docs;

    @Option(names = "--clients", split = ",", defaultValue = "1,4,16",
        description = "Concurrent search clients (default 1,4,16).")
    List<Integer> clients;

    @Option(names = "--out", defaultValue = "docs/benchmarks", description = "Results folder.")
    Path out;

    @Option(names = "--work", defaultValue = "target/bench",
        description = "Scratch folder for archives and the PostgreSQL cluster.")
    Path work;

    @Option(names = "--seconds", defaultValue = "15",
        description = "Measured seconds per client count and engine (default 15).")
    int seconds;

    @Option(names = "--no-postgres", description = "Skip the PostgreSQL baseline.")
    boolean noPostgres;

    @Option(names = "--server-heap", defaultValue = "2g",
        description = "-Xmx of the measured server process (default 2g).")
    String serverHeap;

    @Option(names = "--only", paramLabel = "PHASE",
        description = "Run some phases only: 'ingest' stops after ingesting (no server, Solr or"
            + " PostgreSQL phases); 'search' skips the ingest and measures the archive an"
            + " earlier run of the same size left in --work.")
    String only;

    @Option(names = "--facet-cost",
        description = "Also time each facet field under each Solr facet method (fc, uif,"
            + " enum) in the straight-Solr phase: a few minutes at 1M.")
    boolean facetCost;

    @Option(names = "--db", paramLabel = "JDBC_URL",
        description = "Measure on this catalogue database (an empty one) instead of embedded"
            + " H2; one corpus size per run.")
    String db;

    @Option(names = "--solr-zk", paramLabel = "HOST:PORT[,...]/CHROOT",
        description = "Measure on this SolrCloud (an empty collection) instead of embedded"
            + " Solr; the straight-Solr baseline is then skipped.")
    String solrZk;

    @Option(names = "--solr-collection", paramLabel = "NAME",
        description = "SolrCloud collection (default: chancery).")
    String solrCollection;

    @Option(names = "--solr-shards", paramLabel = "N",
        description = "Shards when the collection is created (default: 1).")
    Integer solrShards;

    @Option(names = "--solr-replicas", paramLabel = "N",
        description = "Replicas of each shard when the collection is created (default: 1).")
    Integer solrReplicas;

    @Override
    public Integer call() throws Exception {
      BenchRunner.Phases phases = BenchRunner.Phases.ALL;
      if ("ingest".equals(only)) {
        phases = BenchRunner.Phases.INGEST;
      } else if ("search".equals(only)) {
        phases = BenchRunner.Phases.SEARCH;
      } else if (only != null) {
        throw new IllegalArgumentException("--only takes 'ingest' or 'search', was '" + only
            + "'");
      }
      BenchRunner.Options o = new BenchRunner.Options(corpus, docs == null ? List.of() : docs,
          clients, out, work, seconds, !noPostgres, serverHeap, phases,
          new Target(db, solrZk, solrCollection, solrShards, solrReplicas), facetCost);
      try (ProgressBar bar = new ProgressBar(System.err)) {
        new BenchRunner(o, bar, System.out).run();
      }
      return 0;
    }
  }
}
