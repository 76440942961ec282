package org.chancery.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  private final RecordJson json = new RecordJson();

  static ArchivalRecord seedLike() {
    Cable cable = new Cable(NameRef.of("Second Main Directorate"),
        List.of(new DocNumber("cable", "25025"),
        new DocNumber("incoming", "254/3612/shs")), null, null, "G", "2",
        List.of("SUBJECT TO RETURN to the IV Unit OS VKP(b) CC"),
        List.of(new Distribution(new NameRef("Stalin", "Cde. Stalin", null), 2)),
        List.of(new HandlingEvent("deciphered", "1951-10-19T12:05+03:00",
            NameRef.of("Fedyaev"), "Moscow", null)),
        List.of(new EmbeddedDocument("Telegram", List.of(NameRef.of("Mao Zedong")),
            List.of(new NameRef("Li Kenong", "Le Kenong", null)), List.of(NameRef.of("Kim Il Sung")),
            "1951-10-18", "1951-10-18T05:30+08:00", 10, 200, List.of(),
            new NameRef("Beijing", "[BEIJING]", null), List.of(),
            List.of(new DocNumber("outgoing", "5205")),
            List.of(new Reference("telegram", "1951-10-18T01:15+08:00", null, null)))),
        List.of(new Reference("telegram", "1951-10-18T01:15+08:00", null, null)));
    return ArchivalRecord.builder(new RecordId("seed-25025"))
        .title("Cable No. 25025, Mao Zedong to Filippov [Stalin]")
        .date(EdtfDate.parse("1951-10-18"))
        .type("Cable").language("en")
        .author(NameRef.of("Mao Zedong"))
        .recipient(new NameRef("Stalin", "Filippov [Stalin]", null))
        .originPlace(new NameRef("Beijing", "[BEIJING]", null))
        .rights(new Rights("Reuse for research", Rights.IN_COPYRIGHT_EDUCATIONAL))
        .text(new Text(Text.Kind.TRANSLATION, "en", "Cde. FILIPPOV!\n[your] information", null,
            null))
        .note(new Note("1", "Li Kenong directed the talks."))
        .cable(cable)
        .provenance(new Provenance("date", 0, 16, "seed-date-line", 0.99, false))
        .state(PublicationState.PUBLISHED)
        .origin(new Origin("text", "seed.txt", null))
        .updated(Instant.parse("2026-11-26T10:00:00Z"))
        .build();
  }

  @Test
  void roundTripsEveryField() {
    ArchivalRecord r = seedLike();
    assertThat(json.read(json.write(r))).isEqualTo(r);
  }

  @Test
  void writesDatesAndIdsAsPlainStrings() {
    String s = json.write(seedLike());
    assertThat(s).contains("\"id\":\"seed-25025\"").contains("\"date\":\"1951-10-18\"");
  }

  @Test
  void ignoresFieldsItDoesNotKnow() {
    String s = json.write(seedLike()).replaceFirst("\\{", "{\"addedLater\":42,");
    assertThat(json.read(s).id().value()).isEqualTo("seed-25025");
  }

  @Test
  void refusesAMalformedDateWithItsText() {
    String s = json.write(seedLike()).replace("\"date\":\"1951-10-18\"", "\"date\":\"someday\"");
    assertThatThrownBy(() -> json.read(s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("someday");
  }
}
