package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.archive.Progress;
import org.chancery.ingest.IngestBatch;
import org.chancery.ingest.Ingestor;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator, from the demo collection only (tests never read the team corpus). */
class CorpusGeneratorTest {

  private static CorpusModel model;

  @BeforeAll
  static void model() {
    model = CorpusModel.load(null);
  }

  private static Path generate(Path dir, long docs, long seed, CorpusGenerator.Mix mix)
      throws IOException {
    new CorpusGenerator(model, seed, docs, mix).generate(dir, docs, Progress.NONE);
    return dir;
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void sameDocsAndSeedGiveByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    Map<String, byte[]> a = files(generate(tmp.resolve("a"), 1300, 42,
        CorpusGenerator.Mix.DEFAULT));
    Map<String, byte[]> b = files(generate(tmp.resolve("b"), 1300, 42,
        CorpusGenerator.Mix.DEFAULT));
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains(CorpusGenerator.MANIFEST);
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    Map<String, byte[]> other = files(generate(tmp.resolve("c"), 1300, 43,
        CorpusGenerator.Mix.DEFAULT));
    assertThat(other.get(CorpusGenerator.MANIFEST)).isNotEqualTo(a.get(CorpusGenerator.MANIFEST));
  }

  @Test
  void everyLayoutIsIngestedWithTheExpectedRecordCount(@TempDir Path tmp) throws IOException {
    Path dir = generate(tmp, 1200, 7, new CorpusGenerator.Mix(40, 35, 25));
    Ingestor ingestor = new Ingestor();
    Map<String, Integer> records = new HashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    int expected = 0;
    for (String line : Files.readAllLines(dir.resolve(CorpusGenerator.MANIFEST))) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      expected += Integer.parseInt(f[2]);
      IngestBatch batch = ingestor.read(dir.resolve(f[0]));
      assertThat(batch.isFatal()).as(f[0] + " " + batch.problems()).isFalse();
      assertThat(batch.records()).as(f[0]).hasSize(Integer.parseInt(f[2]));
      records.merge(f[1], batch.records().size(), Integer::sum);
      for (Problem p : batch.problems()) {
        // a military message is printed without the archive's frame: that notice is expected
        if (!("military".equals(f[1]) && p.message().startsWith("no catalogue frame"))) {
          problems.add(p.toString());
        }
      }
      for (ArchivalRecord r : batch.records()) {
        if (r.date() == null) {
          undated.add(f[1] + " " + f[0]);
        }
        assertThat(r.texts()).as(f[0]).isNotEmpty();
      }
      if (!"military".equals(f[1])) {
        assertThat(batch.records().get(0).authors()).as(f[0]).isNotEmpty();
      }
    }
    assertThat(problems).isEmpty();
    // the extractor reads the date of every FRUS and seed-layout record; of the bare
    // military messages it misses a few (see docs/benchmarks/README.md)
    assertThat(undated).as("records without a date")
        .allMatch(u -> u.startsWith("military"))
        .hasSizeLessThan(records.get("military") / 10);
    assertThat(records.keySet()).containsExactlyInAnyOrder("frus", "seed", "military");
    assertThat(records.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(expected)
        .isEqualTo(1200);
  }

  @Test
  void termFrequencyIsHeavyTailed(@TempDir Path tmp) throws IOException {
    Path dir = generate(tmp, 600, 3, new CorpusGenerator.Mix(0, 100, 0));
    Map<String, Integer> tf = new HashMap<>();
    Pattern word = Pattern.compile("[a-z]+");
    try (Stream<Path> s = Files.walk(dir.resolve("seed"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Matcher m = word.matcher(Files.readString(p).toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
          tf.merge(m.group(), 1, Integer::sum);
        }
      }
    }
    List<Integer> freq = tf.values().stream().sorted((a, b) -> b - a).toList();
    long total = freq.stream().mapToLong(Integer::longValue).sum();
    long top10 = freq.stream().limit(10).mapToLong(Integer::longValue).sum();
    // Zipf: a few words make a large share, and frequency falls about as fast as rank
    // grows (the word of rank 1,000 is some hundred times rarer than that of rank 10)
    assertThat(tf.size()).isGreaterThan(2000);
    assertThat((double) top10 / total).isGreaterThan(0.15);
    assertThat(freq.get(0)).isGreaterThan(20 * freq.get(99));
    assertThat(freq.get(9)).isGreaterThan(30 * freq.get(999));
  }

  @Test
  void facetCardinalitiesGrowWithTheCorpus() {
    assertThat(CorpusGenerator.targetPersons(1_000_000)).isGreaterThanOrEqualTo(5000);
    assertThat(new CorpusGenerator(model, 1, 1_000_000, CorpusGenerator.Mix.DEFAULT)
        .personCount()).isGreaterThanOrEqualTo(1000);
    assertThat(model.places.size()).isGreaterThan(50);
  }
}
