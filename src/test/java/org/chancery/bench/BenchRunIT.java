package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancery.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole benchmark run on a tiny corpus: the server phase starts the archive as its own
 * process, the straight-Solr phase opens the same core; then a second run measures the
 * same archive again without ingesting it.
 *
 * <p>{@code bench run} runs from the built jar, as an operator runs it: the server it starts
 * takes the runner's class path, and the test class path (with the Jetty 10 of Solr's test
 * framework beside Javalin's Jetty 11) cannot serve.
 */
class BenchRunIT {

  /** {@code java -jar target/chancery.jar bench run ARGS}; returns its exit code. */
  private static int benchRun(Path log, String... args) throws Exception {
    Path jar = Path.of("target", "chancery.jar");
    assertThat(jar).as("built by mvn package before the integration tests").isRegularFile();
    List<String> line = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-jar", jar.toString(), "bench", "run"));
    line.addAll(List.of(args));
    Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("bench run did not end:\n" + Files.readString(log));
    }
    return p.exitValue();
  }

  @Test
  void runMeasuresServerAndSolrThenSearchOnlyReusesTheArchive(@TempDir Path tmp)
      throws Exception {
    Path corpus = tmp.resolve("corpus");
    Main.run("bench", "generate", "--docs", "40", "--seed", "5", "--out", corpus.toString(),
        "--model-from", tmp.resolve("no-such-folder").toString());
    Path work = tmp.resolve("work");
    Path first = tmp.resolve("first");
    Path log = tmp.resolve("bench.log");
    assertThat(benchRun(log, "--corpus", corpus.toString(), "--no-postgres", "--clients", "1",
        "--seconds", "1", "--server-heap", "512m", "--out", first.toString(), "--work",
        work.toString())).as(Files.readString(log)).isZero();
    List<String> rows = Files.readAllLines(first.resolve("results.csv"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,ingest,chancery,0,all,"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,ready,chancery,0,"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,search p50,chancery,1,term,"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,search p50,solr,1,term,"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,record p50,chancery,1,GET /records/{id},"));
    // Solr's own account of where a search's time goes, per query kind and component
    assertThat(rows).anyMatch(r -> r.startsWith("40,solr time by component,solr,1,term: query,"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,solr time by component,solr,1,"
        + "facet-browse: facet,"));
    assertThat(rows).as("facet methods are timed only when asked")
        .noneMatch(r -> r.contains("facet time by field"));

    Path second = tmp.resolve("second");
    assertThat(benchRun(log, "--corpus", corpus.toString(), "--only", "search",
        "--no-postgres", "--clients", "1", "--seconds", "1", "--server-heap", "512m", "--out",
        second.toString(), "--work", work.toString(), "--facet-cost"))
        .as(Files.readString(log)).isZero();
    List<String> again = Files.readAllLines(second.resolve("results.csv"));
    assertThat(again).anyMatch(r -> r.startsWith("40,search p50,chancery,1,all,"));
    assertThat(again).noneMatch(r -> r.contains(",ingest"));
    // --facet-cost: every listed facet field under docValues and the uninverted field;
    // enum only where a field has few values (persons are one filter per name)
    for (String field : List.of("type", "year", "author", "person", "place", "collection")) {
      assertThat(again).anyMatch(r -> r.startsWith("40,solr facet time by field,solr,1,"
          + field + " fc,"));
      assertThat(again).anyMatch(r -> r.startsWith("40,solr facet time by field,solr,1,"
          + field + " uif,"));
    }
    assertThat(again).anyMatch(r -> r.startsWith("40,solr facet time by field,solr,1,"
        + "type enum,"));
    assertThat(Files.readString(second.resolve("results.md")))
        .contains("search phases only, on the archive ingested by an earlier run");
  }

  @Test
  void searchOnlyWithoutAnEarlierRunSaysSo(@TempDir Path tmp) {
    Path corpus = tmp.resolve("corpus");
    Main.run("bench", "generate", "--docs", "10", "--seed", "5", "--out", corpus.toString(),
        "--model-from", tmp.resolve("no-such-folder").toString());
    int code = Main.run("bench", "run", "--corpus", corpus.toString(), "--only", "search",
        "--no-postgres", "--out", tmp.resolve("out").toString(), "--work",
        tmp.resolve("work").toString());
    assertThat(code).isNotZero();
    assertThat(tmp.resolve("work").resolve("archive-10")).doesNotExist();
  }
}
