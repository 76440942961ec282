package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancery.ingest.JsonLines;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Cable;
import org.chancery.record.DocNumber;
import org.chancery.record.EdtfDate;
import org.chancery.record.EmbeddedDocument;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.RecordJson;
import org.chancery.record.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References become links to the records they name, whichever arrives first. */
class ReferenceLinkingIT {

  @TempDir
  java.nio.file.Path dir;

  private static Cable cable(List<DocNumber> numbers, List<EmbeddedDocument> embedded,
      List<Reference> references) {
    return new Cable(null, numbers, null, null, null, null, List.of(), List.of(), List.of(),
        embedded, references);
  }

  private static ArchivalRecord record(String id, String date, Cable cable) {
    return ArchivalRecord.builder(new RecordId(id)).title("Telegram " + id)
        .date(EdtfDate.parse(date)).cable(cable).state(PublicationState.PUBLISHED).build();
  }

  private static byte[] jsonl(ArchivalRecord... records) throws Exception {
    StringWriter out = new StringWriter();
    JsonLines.write(out, new RecordJson(), List.of(), List.of(), List.of(records));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Reference onlyReference(Archive a, String id) {
    return a.catalogue().find(new RecordId(id)).orElseThrow().cable().references().get(0);
  }

  /** A reply citing "Nº 2390", dated 20 October 1951. */
  private static ArchivalRecord replyTo2390() {
    return record("reply", "1951-10-20", cable(List.of(), List.of(),
        List.of(new Reference("telegram", null, "Nº 2390", null))));
  }

  /** A cable whose outgoing number is 2390. */
  private static ArchivalRecord outgoing2390(String id, String date) {
    return record(id, date,
        cable(List.of(new DocNumber("outgoing", "2390")), List.of(), List.of()));
  }

  @Test
  void aReplyIsLinkedWhenTheTelegramItAnswersArrivesLater() throws Exception {
    ArchivalRecord reply = replyTo2390();
    ArchivalRecord original = outgoing2390("original", "1951-10-19");
    // Same number, but written after the reply: it cannot be what the reply answers.
    ArchivalRecord later = outgoing2390("later", "1951-12-01");
    try (Archive a = Archive.open(ChanceryConfig.defaults(dir))) {
      a.ingest("replies.jsonl", jsonl(reply), PublicationState.PUBLISHED);
      assertThat(onlyReference(a, "reply").target()).isNull();

      a.ingest("originals.jsonl", jsonl(original, later), PublicationState.PUBLISHED);
      assertThat(onlyReference(a, "reply").target()).isEqualTo("original");
      assertThat(a.catalogue().history(new RecordId("reply"))).hasSize(2);
      assertThat(a.catalogue().find(new org.chancery.store.RecordKey(
          org.chancery.store.RecordKey.Kind.REFERS_TO, "original")))
          .containsExactly(new RecordId("reply"));

      IngestReport again = a.ingest("replies.jsonl", jsonl(reply), PublicationState.PUBLISHED);
      assertThat(again.saved().unchanged()).isEqualTo(1);
      a.ingest("originals.jsonl", jsonl(original, later), PublicationState.PUBLISHED);
      assertThat(a.catalogue().history(new RecordId("reply"))).hasSize(2);
    }
  }

  @Test
  void filesIngestedInOneRunLinkAndKeepHistoryAsIfIngestedOneByOne() throws Exception {
    ArchivalRecord reply = replyTo2390();
    ArchivalRecord original = outgoing2390("original", "1951-10-19");
    // Same number, but written after the reply: it cannot be what the reply answers.
    ArchivalRecord later = outgoing2390("later", "1951-12-01");
    java.nio.file.Path in = java.nio.file.Files.createDirectories(dir.resolve("in"));
    List<java.nio.file.Path> files = List.of(
        java.nio.file.Files.write(in.resolve("replies.jsonl"), jsonl(reply)),
        java.nio.file.Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 0, 0, 7}),
        java.nio.file.Files.write(in.resolve("originals.jsonl"), jsonl(original, later)));
    try (Archive a = Archive.open(ChanceryConfig.defaults(dir.resolve("data")))) {
      List<IngestReport> reports = a.ingest(files, PublicationState.PUBLISHED, Progress.NONE);

      assertThat(reports).extracting(IngestReport::file)
          .containsExactly("replies.jsonl", "broken.txt", "originals.jsonl");
      assertThat(reports).extracting(IngestReport::refused).containsExactly(false, true, false);
      assertThat(reports.get(2).saved().created()).isEqualTo(2);
      assertThat(onlyReference(a, "reply").target()).isEqualTo("original");
      // saved first with the reference open, then linked when the original arrived
      assertThat(a.catalogue().history(new RecordId("reply")))
          .extracting(org.chancery.store.RecordVersion::note)
          .containsExactly("ingest replies.jsonl",
              "references linked to records of originals.jsonl");
      assertThat(a.index().count()).isEqualTo(3);
    }
  }

  @Test
  void aReferenceInsideAnEmbeddedTelegramIsLinkedByItsTimeAcrossZones() throws Exception {
    EmbeddedDocument forwarded = new EmbeddedDocument("Telegram", List.of(NameRef.of("Mao")),
        List.of(NameRef.of("Li Kenong")), List.of(), "1951-10-18", "1951-10-18T05:30+08:00",
        0, 10, List.of(), null, List.of(), List.of(),
        List.of(new Reference("telegram", "1951-10-18T01:15+08:00", null, null)));
    ArchivalRecord cable = record("cable", "1951-10-18", cable(List.of(), List.of(forwarded),
        List.of()));
    ArchivalRecord answered = record("answered", "1951-10-17", cable(List.of(), List.of(),
        List.of())).toBuilder().datetime("1951-10-17T20:15+03:00").build();
    try (Archive a = Archive.open(ChanceryConfig.defaults(dir))) {
      a.ingest("both.jsonl", jsonl(cable, answered), PublicationState.PUBLISHED);
      Reference ref = a.catalogue().find(new RecordId("cable")).orElseThrow().cable().embedded()
          .get(0).references().get(0);
      assertThat(ref.target()).isEqualTo("answered");
    }
  }

  @Test
  void anAmbiguousNumberStaysOpen() throws Exception {
    ArchivalRecord reply = record("reply", "1951-10-20", cable(List.of(), List.of(),
        List.of(new Reference("telegram", null, "533", null))));
    ArchivalRecord one = record("one", "1951-10-01",
        cable(List.of(new DocNumber("message", "533")), List.of(), List.of()));
    ArchivalRecord two = record("two", "1951-10-02",
        cable(List.of(new DocNumber("message", "533")), List.of(), List.of()));
    try (Archive a = Archive.open(ChanceryConfig.defaults(dir))) {
      a.ingest("all.jsonl", jsonl(reply, one, two), PublicationState.PUBLISHED);
      assertThat(onlyReference(a, "reply").target()).isNull();
    }
  }
  @Test
  void aNumberReusedOverDecadesLinksToTheOneRecordDatedInTheReferencesWindow()
      throws Exception {
    // "533" every third year from 1900 to 1987, already in the archive: a reply of March
    // 1952 can only answer the one of June 1951 (not after it, at most two years before)
    List<ArchivalRecord> reused = new java.util.ArrayList<>();
    for (int year = 1900; year < 1990; year += 3) {
      reused.add(record("n" + year, year + "-06-01",
          cable(List.of(new DocNumber("message", "533")), List.of(), List.of())));
    }
    ArchivalRecord reply = record("reply", "1952-03-01", cable(List.of(), List.of(),
        List.of(new Reference("telegram", null, "533", null))));
    ArchivalRecord undated = ArchivalRecord.builder(new RecordId("undated"))
        .title("Telegram undated").cable(cable(List.of(new DocNumber("message", "533")),
            List.of(), List.of())).state(PublicationState.PUBLISHED).build();
    try (Archive a = Archive.open(ChanceryConfig.defaults(dir))) {
      a.ingest("reused.jsonl", jsonl(reused.toArray(ArchivalRecord[]::new)),
          PublicationState.PUBLISHED);
      a.ingest("reply.jsonl", jsonl(reply), PublicationState.PUBLISHED);
      assertThat(onlyReference(a, "reply").target()).isEqualTo("n1951");

      // an undated record with the same number might be the one answered: stays open
      ArchivalRecord second = record("second", "1952-04-01", cable(List.of(), List.of(),
          List.of(new Reference("telegram", null, "533", null))));
      a.ingest("undated.jsonl", jsonl(undated), PublicationState.PUBLISHED);
      a.ingest("second.jsonl", jsonl(second), PublicationState.PUBLISHED);
      assertThat(onlyReference(a, "second").target()).isNull();
    }
  }

  @Test
  void aNumberWithItsTimeLinksToTheRecordOfThatMinuteCarryingTheNumber() throws Exception {
    ArchivalRecord withNumber = record("with", "1951-10-17",
        cable(List.of(new DocNumber("outgoing", "2390")), List.of(), List.of()))
        .toBuilder().datetime("1951-10-17T20:15+03:00").build();
    ArchivalRecord sameMinute = record("other", "1951-10-17", cable(List.of(), List.of(),
        List.of())).toBuilder().datetime("1951-10-17T20:15+03:00").build();
    ArchivalRecord sameNumber = outgoing2390("older", "1951-09-01");
    ArchivalRecord reply = record("reply", "1951-10-20", cable(List.of(), List.of(),
        List.of(new Reference("telegram", "1951-10-17T20:15+03:00", "2390", null))));
    try (Archive a = Archive.open(ChanceryConfig.defaults(dir))) {
      a.ingest("earlier.jsonl", jsonl(withNumber, sameMinute, sameNumber),
          PublicationState.PUBLISHED);
      a.ingest("reply.jsonl", jsonl(reply), PublicationState.PUBLISHED);
      assertThat(onlyReference(a, "reply").target()).isEqualTo("with");
    }
  }
  @Test
  void repliesWaitingForAReusedNumberEachLinkToTheirOwnOriginalWhenTheOriginalsArrive()
      throws Exception {
    // replies citing "533" in March 1901, 1904, ...; the originals, numbered 533 every
    // June of 1900, 1903, ..., arrive later in one file: each reply's window (two years
    // back) holds its own original only
    List<ArchivalRecord> replies = new java.util.ArrayList<>();
    List<ArchivalRecord> originals = new java.util.ArrayList<>();
    for (int year = 1900; year < 1990; year += 3) {
      replies.add(record("r" + year, (year + 1) + "-03-01", cable(List.of(), List.of(),
          List.of(new Reference("telegram", null, "533", null)))));
      originals.add(record("n" + year, year + "-06-01",
          cable(List.of(new DocNumber("message", "533")), List.of(), List.of())));
    }
    try (Archive a = Archive.open(ChanceryConfig.defaults(dir))) {
      a.ingest("replies.jsonl", jsonl(replies.toArray(ArchivalRecord[]::new)),
          PublicationState.PUBLISHED);
      assertThat(onlyReference(a, "r1951").target()).isNull();

      a.ingest("originals.jsonl", jsonl(originals.toArray(ArchivalRecord[]::new)),
          PublicationState.PUBLISHED);

      for (int year = 1900; year < 1990; year += 3) {
        assertThat(onlyReference(a, "r" + year).target()).as("reply of " + (year + 1))
            .isEqualTo("n" + year);
      }
    }
  }
}
