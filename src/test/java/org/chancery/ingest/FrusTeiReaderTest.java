package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.DocNumber;
import org.chancery.record.NameRef;
import org.chancery.record.Note;
import org.chancery.record.Rights;
import org.chancery.record.Text;
import org.junit.jupiter.api.Test;

class FrusTeiReaderTest {

  private static final String OLD = "frus-1951-telegrams-memoranda-and-undated-note.xml";
  private static final String NEW = "frus-1955-persons-list-with-linked-documents.xml";

  private static ArchivalRecord doc(IngestBatch b, String key) {
    return b.records().stream().filter(r -> r.origin().key().equals(key)).findFirst()
        .orElseThrow();
  }

  @Test
  void readsOneRecordPerDocumentDivWithVolumeIds() {
    IngestBatch b = Fixtures.ingest(OLD);

    assertThat(b.isFatal()).isFalse();
    assertThat(b.records()).extracting(r -> r.id().value()).containsExactly(
        "frus1951v07p2-d1", "frus1951v07p2-d3", "frus1951v07p2-d4", "frus1951v07p2-d31",
        "frus1951v07p2-d37", "frus1951v07p2-d96");
    assertThat(b.collections()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("frus1951v07p2");
      assertThat(c.title()).isEqualTo(
          "Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 2");
      assertThat(c.description()).contains("Glennon", "1983");
    });
    assertThat(b.records()).allSatisfy(r -> {
      assertThat(r.collections()).containsExactly("frus1951v07p2");
      assertThat(r.rights().uri()).isEqualTo(Rights.NO_KNOWN_COPYRIGHT_US_GOV);
      assertThat(r.languages()).containsExactly("en");
      assertThat(r.origin().format()).isEqualTo("frus-tei");
    });
  }

  @Test
  void readsTelegramFromSourceNoteDatelineAndSmallCapsLine() {
    ArchivalRecord r = doc(Fixtures.ingest(OLD), "d4");

    assertThat(r.title()).isEqualTo("The Ambassador in India (Henderson) to the Secretary of State");
    assertThat(r.type()).isEqualTo("Telegram");
    assertThat(r.date().text()).isEqualTo("1951-01-12");
    assertThat(r.originPlace().name()).isEqualTo("New Delhi");
    assertThat(r.sources()).containsExactly("793B.00/1–1251: Telegram");
    assertThat(r.cable().numbers()).containsExactly(new DocNumber("message", "1691"),
        new DocNumber("file", "793B.00/1–1251"));
    assertThat(r.cable().classification()).isEqualTo("Top Secret");
    assertThat(r.cable().precedence()).isNull();
    assertThat(r.authors()).containsExactly(
        new NameRef("Henderson", "The Ambassador in India (Henderson)", null));
    assertThat(r.recipients()).containsExactly(
        new NameRef("Secretary of State", "the Secretary of State", null));
  }

  @Test
  void readsClassificationAndPrecedenceLines() {
    IngestBatch b = Fixtures.ingest(OLD);

    assertThat(doc(b, "d37").cable().classification()).isEqualTo("Top Secret");
    assertThat(doc(b, "d37").cable().precedence()).isEqualTo("Priority");
    assertThat(doc(b, "d37").cable().numbers()).contains(new DocNumber("message", "C 56199"));
    assertThat(doc(b, "d96").cable().precedence()).isEqualTo("Niact");
    assertThat(Classification.ofLine("secret niact"))
        .isEqualTo(new Classification("Secret", "Niact"));
    assertThat(Classification.ofLine("operational immediate"))
        .isEqualTo(new Classification(null, "Operational Immediate"));
    assertThat(Classification.ofLine("flash")).isEqualTo(new Classification(null, "Flash"));
    assertThat(Classification.ofLine("Washington")).isEqualTo(Classification.NONE);
  }

  @Test
  void takesFootnotesOutOfTitleAndBodyIntoNotes() {
    ArchivalRecord r = doc(Fixtures.ingest(OLD), "d1");

    assertThat(r.title()).isEqualTo(
        "Memorandum by the Joint Chiefs of Staff to the Secretary of Defense (Marshall)");
    assertThat(r.type()).isEqualTo("Memorandum");
    assertThat(r.authors()).extracting(NameRef::name).containsExactly("Joint Chiefs of Staff");
    assertThat(r.recipients()).containsExactly(
        new NameRef("Marshall", "the Secretary of Defense (Marshall)", null));
    assertThat(r.notes()).first().isEqualTo(new Note("2", r.notes().get(0).text()));
    assertThat(r.notes().get(0).text()).startsWith("Secretary Marshall sent the memorandum");
    String body = r.text(Text.Kind.ORIGINAL).orElseThrow().body();
    assertThat(body).startsWith("Washington, 2 January 1951.")
        .contains("1. In accordance with the request contained in your memorandum, dated 20"
            + " December 1950, the Joint Chiefs")
        .doesNotContain("Not printed", "Secretary Marshall sent the memorandum")
        .endsWith("Joint Chiefs of Staff");
  }

  @Test
  void keepsUndatedEditorialNoteWithAProblem() {
    IngestBatch b = Fixtures.ingest(OLD);
    ArchivalRecord r = doc(b, "d31");

    assertThat(r.type()).isEqualTo("Editorial Note");
    assertThat(r.date()).isNull();
    assertThat(r.text(Text.Kind.ORIGINAL).orElseThrow().body()).startsWith("On February 7, 1951");
    assertThat(b.problems()).anySatisfy(p -> {
      assertThat(p.where()).isEqualTo("d31");
      assertThat(p.fatal()).isFalse();
      assertThat(p.message()).contains("no date");
    });
  }

  @Test
  void readsPersonsListAsAuthorities() {
    IngestBatch b = Fixtures.ingest(NEW);

    assertThat(b.authorities()).hasSize(118);
    Authority johnson = b.authorities().stream()
        .filter(a -> a.id().equals("frus1955-57v03-p-jua1")).findFirst().orElseThrow();
    assertThat(johnson.kind()).isEqualTo(Authority.Kind.PERSON);
    assertThat(johnson.name()).isEqualTo("Johnson, U. Alexis");
    assertThat(johnson.forms()).containsExactly("U. Alexis Johnson");
    assertThat(johnson.description()).startsWith("Ambassador to Czechoslovakia");
    assertThat(johnson.source()).isEqualTo(
        "Foreign Relations of the United States, 1955–1957, China, Volume III");
  }

  @Test
  void resolvesPersonLinksOncePerRecordWithWrittenForm() {
    ArchivalRecord r = doc(Fixtures.ingest(NEW), "d1");

    assertThat(r.persons()).extracting(NameRef::id).doesNotHaveDuplicates()
        .contains("frus1955-57v03-p-jua1", "frus1955-57v03-p-wp1");
    assertThat(r.persons()).contains(
        new NameRef("Johnson, U. Alexis", "U. Alexis Johnson", "frus1955-57v03-p-jua1"),
        new NameRef("Wang Ping-nan", "Wang", "frus1955-57v03-p-wp1"));
    assertThat(r.authors()).containsExactly(new NameRef("Johnson, U. Alexis",
        "Ambassador U. Alexis Johnson", "frus1955-57v03-p-jua1"));
    assertThat(r.recipients()).extracting(NameRef::name).containsExactly("Department of State");
  }

  @Test
  void readsDatetimeWithOffsetAndClassificationFromSourceFootnote() {
    IngestBatch b = Fixtures.ingest(NEW);
    ArchivalRecord d1 = doc(b, "d1");
    ArchivalRecord d8 = doc(b, "d8");

    assertThat(d1.title()).isEqualTo(
        "Telegram From Ambassador U. Alexis Johnson to the Department of State");
    assertThat(d1.type()).isEqualTo("Telegram");
    assertThat(d1.date().text()).isEqualTo("1955-08-01");
    assertThat(d1.datetime()).isEqualTo("1955-08-01T19:00:00+01:00");
    assertThat(d1.originPlace().name()).isEqualTo("Geneva");
    assertThat(d1.cable().classification()).isEqualTo("Official Use Only");
    assertThat(d1.cable().numbers()).contains(new DocNumber("message", "239"),
        new DocNumber("file", "611.93/8–155"));
    assertThat(d1.sources()).first().asString().startsWith("Department of State, Central Files");
    assertThat(d8.cable().classification()).isEqualTo("Confidential");
    assertThat(d8.cable().precedence()).isEqualTo("Priority");
    assertThat(doc(b, "d3").type()).isEqualTo("Editorial Note");
    assertThat(doc(b, "d5").type()).isEqualTo("Memorandum of Conversation");
    assertThat(doc(b, "d7").type()).isEqualTo("Letter");
    assertThat(doc(b, "d7").recipients()).extracting(NameRef::as).containsExactly(
        "the Assistant Secretary of State for Far Eastern Affairs (Robertson)");
  }
}
