package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {

  @Test
  void percentilesAreNearestRank() {
    Latencies l = new Latencies();
    for (int i = 1; i <= 100; i++) {
      l.add(i * 1_000_000L);
    }
    assertThat(l.percentileMs(50)).isEqualTo(50.0);
    assertThat(l.percentileMs(99)).isEqualTo(99.0);
    assertThat(new Latencies().percentileMs(50)).isNaN();
  }

  @Test
  void writesCsvTableAndChart(@TempDir Path tmp) throws IOException {
    Results r = new Results();
    r.add(1000, "search p50", "chancery", 1, "all", 12.5, "ms");
    r.add(1000, "search p99", "solr", 1, "all", 40, "ms");
    r.writeCsv(tmp.resolve("results.csv"));
    assertThat(Files.readAllLines(tmp.resolve("results.csv"))).contains(
        "1000,search p50,chancery,1,all,12.500,ms");
    assertThat(r.markdown()).contains("| 1,000 | search p50 | chancery | 1 | all | 12.50 | ms |");
    Chart.write(tmp.resolve("chart.png"), r, List.of(1000L), List.of(1, 4, 16));
    byte[] png = Files.readAllBytes(tmp.resolve("chart.png"));
    assertThat(png[1]).isEqualTo((byte) 'P');
  }
}
