package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.chancery.record.ArchivalRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  @Test
  void readsGzippedFilesTransparently(@TempDir Path dir) throws IOException {
    byte[] seed = Fixtures.bytes("seed-soviet-decrypt.txt");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(seed);
    }
    Path file = dir.resolve("seed-soviet-decrypt.txt.gz");
    Files.write(file, buf.toByteArray());

    IngestBatch b = new Ingestor().read(file);

    assertThat(b.isFatal()).isFalse();
    assertThat(b.file()).isEqualTo("seed-soviet-decrypt.txt.gz");
    assertThat(b.records()).singleElement()
        .satisfies(r -> assertThat(r.id().value()).isEqualTo("seed-soviet-decrypt"));
  }

  @Test
  void picksReaderByContentWhenExtensionIsWrong() {
    byte[] tei = Fixtures.bytes("frus-1951-telegrams-memoranda-and-undated-note.xml");

    IngestBatch b = new Ingestor().read("volume.txt", tei);

    assertThat(b.isFatal()).isFalse();
    assertThat(b.records()).hasSize(6);
  }

  @Test
  void reportsMissingFileWithoutThrowing(@TempDir Path dir) {
    IngestBatch b = new Ingestor().read(dir.resolve("nope.xml"));

    assertThat(b.isFatal()).isTrue();
    assertThat(b.problems().get(0).toString()).startsWith("nope.xml: no such file");
  }

  @Test
  void usesOnlyTheUploadsFileNameNotItsPath() {
    IngestBatch b = new Ingestor().read("C:\\Users\\me\\cable.txt",
        "1951\nCable, A to B\ntext\n".getBytes(StandardCharsets.UTF_8));

    assertThat(b.file()).isEqualTo("cable.txt");
    assertThat(b.records().get(0).origin().file()).isEqualTo("cable.txt");
  }

  @Test
  void loadsEveryDemoFileInIndexOrder() {
    List<String> index = Fixtures.text("/demo/index.txt").lines()
        .filter(l -> !l.isBlank()).toList();
    assertThat(index).containsExactly("seed.txt", "frus1955-57v03-excerpt.xml",
        "frus1951v07p2-demo.xml");
    int frus = 0;
    for (String name : index) {
      IngestBatch b = new Ingestor().read(name, Fixtures.bytes("/demo/" + name));
      assertThat(b.isFatal()).as("%s: %s", name, b.problems()).isFalse();
      if (name.endsWith(".xml")) {
        frus += b.records().size();
      }
    }
    assertThat(frus).isGreaterThanOrEqualTo(50);
    assertThat(Fixtures.bytes("/demo/seed.txt"))
        .isEqualTo(Fixtures.bytes("seed-soviet-decrypt.txt"));
  }

  @Test
  void demoVolumeKeepsUndatedNotesAndPrecedenceTelegrams() {
    IngestBatch b = new Ingestor().read("frus1951v07p2-demo.xml",
        Fixtures.bytes("/demo/frus1951v07p2-demo.xml"));
    List<ArchivalRecord> records = b.records();

    assertThat(records).hasSize(42);
    assertThat(records).filteredOn(r -> r.date() == null).hasSizeGreaterThanOrEqualTo(3);
    assertThat(records).filteredOn(r -> r.cable().precedence() != null)
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(records).extracting(ArchivalRecord::type)
        .contains("Telegram", "Memorandum", "Memorandum of Conversation", "Editorial Note",
            "Circular Telegram", "Airgram");
  }
}
