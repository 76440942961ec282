package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.ArchivalRecord;
import org.chancery.record.Provenance;
import org.chancery.record.RecordId;
import org.chancery.record.Text;
import org.junit.jupiter.api.Test;

class MachineValuesTest {

  // The transcript starts at offset 100 of its file, as after a date line and a title.
  private static final String BODY = "Copies to Cde. Stalin\nto Cde. Molotov\nDeciphered by Fedyaev 1205";

  private static ArchivalRecord record(Provenance... extracted) {
    ArchivalRecord.Builder b = ArchivalRecord.builder(new RecordId("t")).title("T")
        .text(new Text(Text.Kind.TRANSLATION, "en", BODY, null, null))
        .provenance(new Provenance("texts[0]", 100, 100 + BODY.length(), "frame", 1, false));
    for (Provenance p : extracted) {
      b.provenance(p);
    }
    return b.build();
  }

  private static Provenance span(String field, String words, boolean confirmed) {
    int at = 100 + BODY.indexOf(words);
    return new Provenance(field, at, at + words.length(), "soviet.rule", 0.9, confirmed);
  }

  @Test
  void quotesTheWordsEachNameWasReadFrom() {
    MachineValues m = new MachineValues(record(span("copies_to[0]", "Cde. Stalin", false),
        span("copies_to[1]", "Cde. Molotov", false)));
    assertThat(m.explain("copies_to", "Molotov", "Vyacheslav Molotov"))
        .contains("soviet.rule").contains("0.90").contains("“Cde. Molotov”");
    assertThat(m.explain("copies_to", "Stalin")).contains("“Cde. Stalin”");
  }

  @Test
  void confirmedOrUnreadValuesAreNotMarked() {
    MachineValues m = new MachineValues(record(span("handling[0]", "Deciphered by Fedyaev 1205",
        true)));
    assertThat(m.explain("handling", "deciphered")).isNull();
    assertThat(m.explain("from", "Mao Zedong")).isNull();
  }

  @Test
  void groupsListAndNestedFieldNames() {
    assertThat(MachineValues.group("copies_to[2]")).isEqualTo("copies_to");
    assertThat(MachineValues.group("embedded[0].from[0]")).isEqualTo("embedded");
    assertThat(MachineValues.group("creditLine")).isEqualTo("creditline");
  }

  @Test
  void spansOutsideTheTranscriptAreExplainedWithoutAQuote() {
    MachineValues m = new MachineValues(record(new Provenance("date", 0, 16, "seed-text:date",
        1.0, false)));
    assertThat(m.explain("date", "18 October 1951")).contains("seed-text:date")
        .doesNotContain("“");
  }
}
