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
}
