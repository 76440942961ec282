package org.chancery.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.chancery.ingest.IngestBatch;
import org.chancery.ingest.JsonLines;
import org.chancery.record.ArchivalRecord;
import org.junit.jupiter.api.Test;

class JsonLinesWriterTest {

  @Test
  void oneRecordIsOneLineThatIngestReadsBackWithoutItsSaveTime() throws Exception {
    ArchivalRecord hostile = Records.hostile().toBuilder()
        .updated(java.time.Instant.parse("2026-01-01T00:00:00Z")).build();
    StringWriter out = new StringWriter();
    RecordWriter w = ExportFormat.JSONL.open(out, Records.context(), false);
    w.write(hostile);
    w.finish();
    assertThat(out.toString()).endsWith("}\n").doesNotContain("2026-01-01")
        .contains("\"updated\":null");
    assertThat(out.toString().lines()).hasSize(1);
    IngestBatch back = JsonLines.read("one.jsonl", new StringReader(out.toString()));
    assertThat(back.isFatal()).as("%s", back.problems()).isFalse();
    // control characters and markup survive JSON exactly: this is the lossless format
    assertThat(back.records()).containsExactly(hostile.toBuilder().updated(null).build());
  }

  @Test
  void formatsAreNamedAsUsersTypeThemAndUnknownOnesListTheChoices() {
    assertThat(ExportFormat.parse(" TEI ")).isEqualTo(ExportFormat.TEI);
    assertThat(ExportFormat.CSV.mediaType()).isEqualTo("text/csv");
    assertThat(Exporter.fileName("cable-1", ExportFormat.TEI)).isEqualTo("cable-1.tei.xml");
    assertThat(Exporter.fileName(ExportFormat.JSONL)).isEqualTo("chancery-records.jsonl");
    assertThatThrownBy(() -> ExportFormat.parse("pdf"))
        .hasMessage("unknown export format 'pdf'; choose one of jsonl, csv, tei, txt");
  }
}
