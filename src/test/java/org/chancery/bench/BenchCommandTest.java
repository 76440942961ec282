package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  @Test
  void generateWritesTheCorpusAndItsManifest(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("corpus");
    int code = Main.run("bench", "generate", "--docs", "60", "--seed", "3", "--out",
        out.toString(), "--model-from", tmp.resolve("no-such-folder").toString());
    assertThat(code).isZero();
    long docs = Files.readAllLines(out.resolve(CorpusGenerator.MANIFEST)).stream()
        .filter(l -> !l.startsWith("#")).mapToLong(l -> Long.parseLong(l.split("\t")[2])).sum();
    assertThat(docs).isEqualTo(60);
  }

  @Test
  void runOnlyIngestMeasuresIngestPerLayoutAndNothingElse(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("corpus");
    Main.run("bench", "generate", "--docs", "40", "--seed", "3", "--out", corpus.toString(),
        "--model-from", tmp.resolve("no-such-folder").toString());
    Path out = tmp.resolve("out");
    int code = Main.run("bench", "run", "--corpus", corpus.toString(), "--only", "ingest",
        "--out", out.toString(), "--work", tmp.resolve("work").toString());
    assertThat(code).isZero();
    java.util.List<String> rows = Files.readAllLines(out.resolve("results.csv"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,ingest,chancery,0,all,")
        && r.endsWith(",docs/s"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,ingest CPU,chancery,0,seed,"));
    assertThat(rows).anyMatch(r -> r.startsWith("40,ingest,chancery,0,frus,"));
    assertThat(rows).noneMatch(r -> r.contains("search"));
    assertThat(Files.readString(out.resolve("results.md")))
        .contains("archive on embedded H2, embedded Solr").doesNotContain("files refused");
  }
}
