package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user types them, on a real data folder. */
class CommandLineIT {

  @TempDir
  Path dir;

  private Path seed;

  @BeforeEach
  void copySeed() throws Exception {
    seed = dir.resolve("seed.txt");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/seed.txt")) {
      Files.write(seed, in.readAllBytes());
    }
  }

  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void ingestTwiceUpdatesInPlace() {
    String data = dir.resolve("data").toString();
    Run first = run("ingest", "--data", data, seed.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("seed.txt: 1 records (1 new, 0 updated, 0 unchanged)");
    Run second = run("ingest", "--data", data, seed.toString());
    assertThat(second.out()).contains("seed.txt: 1 records (0 new, 0 updated, 1 unchanged)");
    Run reindex = run("reindex", "--data", data);
    assertThat(reindex.exit()).isZero();
    assertThat(reindex.out()).contains("1 published records indexed");
  }

  @Test
  void compactShrinksTheCatalogueAndTheArchiveStillHoldsTheRecord() {
    String data = dir.resolve("data").toString();
    run("ingest", "--data", data, seed.toString());

    Run compact = run("compact", "--data", data);

    assertThat(compact.exit()).as(compact.err()).isZero();
    assertThat(compact.out()).contains("chancery.mv.db: ").contains(" MB -> ");
    Run reindex = run("reindex", "--data", data);
    assertThat(reindex.out()).contains("1 published records indexed");
    Run postgres = run("compact", "--data", data, "--db", "jdbc:postgresql://localhost/x");
    assertThat(postgres.exit()).isEqualTo(2);
    assertThat(postgres.err()).contains("(auto)vacuum").doesNotContain("Exception");
  }

  @Test
  void refusedFileExitsNonZeroAndNamesTheFile() throws Exception {
    Path binary = dir.resolve("scan.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 9});
    Run r = run("ingest", "--data", dir.resolve("data").toString(), binary.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("scan.txt").contains("refused, nothing saved");
  }

  @Test
  void exportWritesJsonLinesThatIngestReadsBack() throws Exception {
    String data = dir.resolve("data").toString();
    run("ingest", "--data", data, seed.toString());
    Path out = dir.resolve("export.jsonl");
    Run export = run("export", "--data", data, "-o", out.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(Files.readAllLines(out)).anyMatch(l -> l.startsWith("{\"record\":"));
    Run back = run("ingest", "--data", dir.resolve("copy").toString(), out.toString());
    assertThat(back.exit()).as(back.err()).isZero();
    assertThat(back.out()).contains("1 new");
  }

  @Test
  void exportWritesCsvTeiAndTextWhenAskedAndRefusesAnUnknownFormat() throws Exception {
    String data = dir.resolve("data").toString();
    run("ingest", "--data", data, seed.toString());
    Path csv = dir.resolve("records.csv");
    Run r = run("export", "--data", data, "--format", "csv", "-o", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 records written to").contains("(csv)");
    java.util.List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).startsWith("id,title,date,date_earliest,date_latest,");
    assertThat(lines.get(1)).contains("\"Cable No. 25025, Mao Zedong to Filippov [Stalin]\"");
    Path tei = dir.resolve("records.xml");
    assertThat(run("export", "--data", data, "-f", "tei", "--published-only", "-o",
        tei.toString()).exit()).isZero();
    String xml = Files.readString(tei);
    assertThat(org.chancery.export.TeiSchema.errors(xml)).isEmpty();
    assertThat(xml).contains("<teiCorpus").contains("<date when=\"1951-10-18\">");
    Run txt = run("export", "--data", data, "--format", "txt");
    assertThat(txt.out()).startsWith("Cable No. 25025, Mao Zedong to Filippov [Stalin]\n");
    Run pdf = run("export", "--data", data, "--format", "pdf");
    assertThat(pdf.exit()).isEqualTo(2);
    assertThat(pdf.err()).contains("unknown export format 'pdf'").contains("jsonl, csv, tei, txt");
  }

  @Test
  void authoritiesAreEditedFromTheCommandLineAndEveryChangeIsInTheHistory() {
    String data = dir.resolve("data").toString();
    run("ingest", "--data", data, seed.toString());

    Run list = run("authority", "list", "--data", data, "Hamonten");
    assertThat(list.out().strip()).isEqualTo("panmunjom\tplace\tPanmunjom");

    Run add = run("authority", "add-variant", "--data", data, "--editor", "ann", "stalin",
        "Uncle Joe", "--kind", "pseudonym", "--from", "1941", "--to", "1945");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).contains("added 'Uncle Joe' (pseudonym) to Joseph Stalin");

    Run split = run("authority", "split", "--data", data, "--editor", "ann", "stalin",
        "--new-id", "filippov-cover", "--name", "Filippov", "--form", "Filippov");
    assertThat(split.exit()).as(split.err()).isZero();
    assertThat(split.out()).contains("1 record relinked");

    Run merge = run("authority", "merge", "--data", data, "--editor", "ann", "--note",
        "undo the split", "filippov-cover", "stalin");
    assertThat(merge.exit()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("merged filippov-cover into stalin").contains(
        "1 record relinked");

    Run show = run("authority", "show", "--data", data, "filippov-cover");
    assertThat(show.err()).contains("filippov-cover was merged into stalin");
    assertThat(show.out()).contains("\"name\":\"Joseph Stalin\"").contains("Filippov");

    Run history = run("authority", "history", "--data", data, "stalin");
    assertThat(history.out().lines().map(l -> l.split("\t")[3]).toList())
        .containsExactly("create", "add-variant", "split", "merge");
    assertThat(history.out()).contains("\tann\t").contains("undo the split");

    Run unknown = run("authority", "merge", "--data", data, "nobody", "stalin");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no authority has the id nobody")
        .doesNotContain("\tat ");
  }

  @Test
  void mistakesGetOneLineNotAStackTrace() {
    Run missing = run("ingest", "--data", dir.toString(), dir.resolve("nope.xml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file").contains("nope.xml");
    Run state = run("ingest", "--data", dir.toString(), "--state", "secret", seed.toString());
    assertThat(state.exit()).isEqualTo(2);
    assertThat(state.err()).contains("--state must be").doesNotContain("\tat ");
  }

  @Test
  void ingestWhileAnotherProcessHoldsTheCatalogueIsToldWhy() throws Exception {
    Path data = dir.resolve("data");
    try (org.chancery.archive.Archive held = org.chancery.archive.Archive.open(
        org.chancery.archive.ChanceryConfig.defaults(data))) {
      assertThat(held.catalogue().count()).isZero();
      Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-cp", System.getProperty("java.class.path"),
          "org.chancery.cli.Main", "ingest", "--data", data.toString(), seed.toString())
          .redirectErrorStream(true).start();
      String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(other.waitFor()).isEqualTo(2);
      assertThat(output).contains("in use by another Chancery process").doesNotContain("\tat ");
    }
  }
}
