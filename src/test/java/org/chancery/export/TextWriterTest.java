package org.chancery.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextWriterTest {

  private static String text(org.chancery.record.ArchivalRecord... records) throws Exception {
    StringWriter out = new StringWriter();
    RecordWriter w = ExportFormat.TXT.open(out, Records.context(), true);
    for (var r : records) {
      w.write(r);
    }
    w.finish();
    return out.toString();
  }

  @Test
  void aCardListsTheCatalogueFieldsThenTheTranscript() throws Exception {
    String card = text(Records.cable());
    assertThat(card).startsWith("Cable No. 25025, Mao Zedong to Filippov [Stalin]\n"
        + "=".repeat(48) + "\n\n")
        .contains("Date:        18 October 1951 (EDTF 1951-10-18)\n")
        .contains("From:        Mao Zedong\n")
        .contains("To:          Joseph Stalin\n")
        .contains("Sent from:   Beijing\n")
        .contains("Collection:  Korean War, \"selected\"\n")
        .contains("Permalink:   https://archive.example.org/records/cable-25025\n")
        .contains("\nSummary\n-------\nMao writes to Stalin")
        .contains("\nTranslation (en), Translated by Chen Jian\n")
        .contains("Cde. FILIPPOV [Stalin]!\nWe agree.")
        .contains("[1] Filippov was Stalin's cover name.");
  }

  @Test
  void recordsAreSeparatedByAFormFeedAndDocumentsCannotForgeOne() throws Exception {
    String all = text(Records.cable(), Records.hostile());
    String[] records = all.split("\f\n", -1);
    assertThat(records).hasSize(2);
    assertThat(records[1]).startsWith("=HYPERLINK(").contains("<script>alert('x')</script>")
        .contains("line \"two\" with a bell and a form feed")
        .doesNotContain("\u0007").doesNotContain("\u0000");
  }
}
