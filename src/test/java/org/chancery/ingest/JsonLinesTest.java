package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Collection;
import org.chancery.record.Problem;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordJson;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  private final RecordJson json = new RecordJson();

  private String export(IngestBatch... batches) throws IOException {
    List<Collection> collections = new ArrayList<>();
    List<org.chancery.record.Authority> authorities = new ArrayList<>();
    List<ArchivalRecord> records = new ArrayList<>();
    for (IngestBatch b : batches) {
      collections.addAll(b.collections());
      authorities.addAll(b.authorities());
      records.addAll(b.records());
    }
    StringWriter out = new StringWriter();
    JsonLines.write(out, json, collections, authorities, records);
    return out.toString();
  }

  @Test
  void roundTripsRecordsCollectionsAndAuthorities() throws IOException {
    IngestBatch seed = Fixtures.ingest("seed-soviet-decrypt.txt");
    IngestBatch frus = Fixtures.ingest("frus-1955-persons-list-with-linked-documents.xml");
    String text = export(seed, frus);

    IngestBatch back = new Ingestor().read("backup.jsonl",
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(back.problems()).isEmpty();
    assertThat(back.collections()).isEqualTo(frus.collections());
    assertThat(back.authorities()).isEqualTo(frus.authorities());
    List<ArchivalRecord> expected = new ArrayList<>(seed.records());
    expected.addAll(frus.records());
    assertThat(back.records()).isEqualTo(expected);
  }

  @Test
  void writesOneKeyPerLineCollectionsFirst() throws IOException {
    String text = export(Fixtures.ingest("frus-1955-persons-list-with-linked-documents.xml"));
    List<String> lines = text.lines().toList();

    assertThat(lines).hasSize(1 + 118 + 5);
    assertThat(lines.get(0)).startsWith("{\"collection\":{");
    assertThat(lines.get(1)).startsWith("{\"authority\":{");
    assertThat(lines.get(119)).startsWith("{\"record\":{");
  }

  @Test
  void refusesCollectionAfterRecordsWhenStreaming() {
    ArchivalRecord r = Fixtures.ingest("seed-soviet-decrypt.txt").records().get(0);
    JsonLines out = new JsonLines(new StringWriter(), json);
    out.record(r);

    assertThatThrownBy(() -> out.collection(new Collection("c", "C", null)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keepsPublicationStateFromTheFile() throws IOException {
    ArchivalRecord published = Fixtures.ingest("seed-soviet-decrypt.txt").records().get(0)
        .withState(PublicationState.PUBLISHED);
    StringWriter out = new StringWriter();
    JsonLines.write(out, json, List.of(), List.of(), List.of(published));

    IngestBatch back = JsonLines.read("backup.jsonl", new StringReader(out.toString()));

    assertThat(back.records().get(0).state()).isEqualTo(PublicationState.PUBLISHED);
  }

  @Test
  void makesWholeBatchFatalOnAnyBadLineWithItsNumber() throws IOException {
    String good = export(Fixtures.ingest("seed-soviet-decrypt.txt"));
    String text = "{\"collection\":{\"id\":\"c1\",\"title\":\"C\",\"description\":null}}\n"
        + good
        + "{\"record\": {\"id\": \"no-title\"}}\n"
        + "not json at all\n"
        + "{\"recording\":{}}\n"
        + "{\"record\":{},\"collection\":{}}\n";

    IngestBatch b = JsonLines.read("bad.jsonl", new StringReader(text));

    assertThat(b.isFatal()).isTrue();
    assertThat(b.records()).isEmpty();
    assertThat(b.collections()).isEmpty();
    assertThat(b.problems()).extracting(Problem::where)
        .containsExactly("line 3", "line 4", "line 5", "line 6");
    assertThat(b.problems().get(0).message()).contains("needs a title");
    assertThat(b.problems().get(1).message()).startsWith("not valid JSON");
    assertThat(b.problems().get(2).message()).contains("unknown key \"recording\"");
    assertThat(b.problems().get(3).message()).contains("exactly one key");
  }
}
