package org.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.DocNumber;
import org.chancery.record.NameRef;
import org.chancery.record.RecordId;
import org.chancery.record.Reference;
import org.junit.jupiter.api.Test;

class UsTelegramTest {

  static final NameIndex NAMES = new NameIndex(List.of(
      Authority.of("p-muccio", Authority.Kind.PERSON, "Muccio, John J.",
          List.of("John J. Muccio"), "Ambassador in Korea", null),
      Authority.of("p-johnson", Authority.Kind.PERSON, "Johnson, U. Alexis",
          List.of("U. Alexis Johnson"), null, null),
      Authority.of("p-clubb", Authority.Kind.PERSON, "Clubb, O. Edmund", List.of(), null,
          null)));

  static ArchivalRecord extract(String text) {
    ArchivalRecord frame = ArchivalRecord.builder(new RecordId("t")).title("(untitled)").build();
    return new Extractor(NAMES).extract(frame, text, 0);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = UsTelegramTest.class.getResourceAsStream("/eval/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsRoleAndSurnameHeadingResolvingTheSurname() throws IOException {
    ArchivalRecord r = extract(resource("us-telegram-muccio.txt"));
    assertThat(r.authors()).containsExactly(new NameRef("Muccio, John J.",
        "The Ambassador in Korea (Muccio)", "p-muccio"));
    assertThat(r.recipients()).extracting(NameRef::name).containsExactly("Secretary of State");
    assertThat(r.type()).isEqualTo("Telegram");
    assertThat(r.cable().numbers()).contains(new DocNumber("file", "795.00/10–1851"),
        new DocNumber("message", "3483"));
  }

  @Test
  void readsDatelineWithTimeInKorea() throws IOException {
    ArchivalRecord r = extract(resource("us-telegram-muccio.txt"));
    assertThat(r.date().text()).isEqualTo("1951-10-18");
    assertThat(r.originPlace().name()).isEqualTo("Seoul");
    assertThat(r.datetime()).isEqualTo("1951-10-18T15:00+09:00");
  }

  @Test
  void readsDatelineWithTimeInWashingtonWinter() {
    ArchivalRecord r = extract("Telegram From the Department of State to the Embassy in"
        + " India\n\nWashington, January 5, 1951—7 p. m.\n\nsecret\n\n12. Text.\n");
    assertThat(r.datetime()).isEqualTo("1951-01-05T19:00-05:00");
    ArchivalRecord summer = extract("x\n\nWashington, August 1, 1955—7 p.m.\n");
    assertThat(summer.datetime()).isEqualTo("1955-08-01T19:00-04:00");
  }

  @Test
  void readsClassificationAndPrecedenceLine() throws IOException {
    ArchivalRecord r = extract(resource("us-telegram-muccio.txt"));
    assertThat(r.cable().classification()).isEqualTo("Top Secret");
    assertThat(r.cable().precedence()).isEqualTo("Priority");
    ArchivalRecord niact = extract("Heading\n\nSecret; Niact\n\nText.\n");
    assertThat(niact.cable().classification()).isEqualTo("Secret");
    assertThat(niact.cable().precedence()).isEqualTo("Niact");
  }

  @Test
  void readsClassificationAndPrecedenceFromSourceNote() {
    ArchivalRecord r = extract("2. Telegram From Ambassador U. Alexis Johnson to the"
        + " Department of State\n\nSource: Department of State, Central Files, 611.93/8–255."
        + " Confidential; Priority. Drafted by McConaughy. Repeated to Taipei.\n");
    assertThat(r.cable().classification()).isEqualTo("Confidential");
    assertThat(r.cable().precedence()).isEqualTo("Priority");
    assertThat(r.authors()).extracting(NameRef::id).containsExactly("p-johnson");
    assertThat(r.copiesTo()).extracting(NameRef::name).contains("Taipei");
    assertThat(r.cable().handling()).anyMatch(h -> h.event().equals("drafted"));
  }

  @Test
  void readsReceivedLineAsHandlingEvent() throws IOException {
    ArchivalRecord r = extract(resource("us-telegram-muccio.txt"));
    assertThat(r.cable().handling()).anyMatch(h -> h.event().equals("received")
        && h.detail().equals("October 18—5:12 a.m."));
  }

  @Test
  void readsDeptelReferenceWithDate() throws IOException {
    ArchivalRecord r = extract(resource("us-telegram-muccio.txt"));
    assertThat(r.cable().references()).contains(new Reference("deptel", "Dec. 19", "533", null),
        new Reference("embtel", null, "1234", null));
  }

  @Test
  void readsRepeatedInformationAsCopies() throws IOException {
    ArchivalRecord r = extract(resource("us-telegram-muccio.txt"));
    assertThat(r.copiesTo()).extracting(NameRef::name).containsExactly("Tokyo", "Pusan");
  }

  @Test
  void readsSignatureAsSenderWhenTheHeadingNamesNone() {
    ArchivalRecord r = extract("Telegram\n\nSeoul, October 18, 1951—3 p.m.\n\n3483. Text of"
        + " the telegram that is long enough to be a paragraph of the body.\n\nMuccio\n");
    assertThat(r.authors()).extracting(NameRef::id).containsExactly("p-muccio");
  }

  @Test
  void findsPersonsMentionedByTitleAndSurname() throws IOException {
    ArchivalRecord r = extract(resource("us-telegram-muccio.txt"));
    assertThat(r.persons()).extracting(NameRef::id).contains("p-johnson", "p-clubb");
  }
}
