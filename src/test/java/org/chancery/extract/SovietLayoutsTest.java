package org.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.DocNumber;
import org.chancery.record.EdtfDate;
import org.chancery.record.EmbeddedDocument;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;
import org.chancery.record.Provenance;
import org.chancery.record.RecordId;
import org.chancery.record.Reference;
import org.junit.jupiter.api.Test;

/**
 * The other Soviet and Chinese layouts of cable-layouts.md. Every fixture here is
 * constructed from the layout notes (typical shapes, not quotations of real documents).
 */
class SovietLayoutsTest {

  static final Extractor EXTRACTOR = Extractor.withBundledAuthorities();

  static ArchivalRecord extract(String text, String date) {
    ArchivalRecord frame = ArchivalRecord.builder(new RecordId("t")).title("t")
        .date(date == null ? null : EdtfDate.parse(date)).build();
    return EXTRACTOR.extract(frame, text, 0);
  }

  // Constructed: a cipher telegram header with priority, classification and a copies list.
  static final String CIPHERED = String.join("\n",
      "Top Secret",
      "CIPHERED TELEGRAM No. 709",
      "TOP PRIORITY",
      "Copies: Stalin (2), Molotov, Malenkov, Beria, Mikoyan, Copy",
      "From BEIJING No. 1309 20 hours 05 minutes, 13.1.1951",
      "To Cdes. Filippov and Zhou Enlai.",
      "In addition to my Nº 2390. Your order No. 48 has been fulfilled, as the 11 October "
          + "telegram asked, and we have informed the comrades at the front about it.",
      "Confirm receipt.",
      "13.1.51 ROSHCHIN",
      "Two copies printed. Nº 2 to file.");

  @Test
  void readsCopiesListWithCounts() {
    ArchivalRecord r = extract(CIPHERED, null);

    assertThat(r.copiesTo()).extracting(NameRef::name).containsExactly("Joseph Stalin",
        "Vyacheslav Molotov", "Georgy Malenkov", "Lavrentiy Beria", "Anastas Mikoyan");
    assertThat(r.cable().distribution().get(0).copies()).isEqualTo(2);
    assertThat(r.cable().distribution().get(1).copies()).isEqualTo(1);
  }

  @Test
  void readsHeaderTypeNumberPriorityAndClassification() {
    ArchivalRecord r = extract(CIPHERED, null);

    assertThat(r.type()).isEqualTo("Ciphered Telegram");
    assertThat(r.cable().numbers()).contains(new DocNumber("telegram", "709"));
    assertThat(r.cable().precedence()).isEqualTo("Top Priority");
    assertThat(r.cable().classification()).isEqualTo("Top Secret");
  }

  @Test
  void readsFromLineWithHoursAndMinutes() {
    ArchivalRecord r = extract(CIPHERED, null);

    assertThat(r.originPlace()).isEqualTo(new NameRef("Beijing", "BEIJING", "beijing"));
    assertThat(r.cable().numbers()).contains(new DocNumber("outgoing", "1309"));
    assertThat(r.cable().handling()).filteredOn(h -> h.event().equals("received"))
        .extracting(HandlingEvent::at).containsExactly("1951-01-13T20:05+03:00");
  }

  @Test
  void readsSalutationToSeveralAndDatedSignature() {
    ArchivalRecord r = extract(CIPHERED, null);

    assertThat(r.recipients()).extracting(NameRef::name).containsExactly("Joseph Stalin",
        "Zhou Enlai");
    assertThat(r.authors()).containsExactly(new NameRef("Nikolai Roshchin", "ROSHCHIN",
        "roshchin"));
    assertThat(r.date().text()).isEqualTo("1951-01-13");
  }

  @Test
  void readsReferencesInTheirSeveralForms() {
    ArchivalRecord r = extract(CIPHERED, null);

    assertThat(r.cable().references()).contains(
        new Reference("telegram", null, "2390", null),
        new Reference("order", null, "48", null),
        new Reference("telegram", "1951-10-11", null, null));
  }

  @Test
  void joinsCopyCountToThePrinting() {
    ArchivalRecord r = extract(CIPHERED, null);

    assertThat(r.cable().handling()).filteredOn(h -> h.event().equals("printed"))
        .extracting(HandlingEvent::detail).containsExactly("2 copies, Nº 2 to file");
  }

  // Constructed: a telegram to a Soviet representative to be passed on.
  @Test
  void readsTransmitTheFollowingRoutingAsVia() {
    ArchivalRecord r = extract(String.join("\n",
        "CIPHERED TELEGRAM",
        "BEIJING--",
        "TO KRASOVSKY",
        "Transmit the following answer to MAO ZEDONG.",
        "We agree with your proposal about the talks and the exchange of prisoners of war.",
        "FILIPPOV [Stalin]"), "1951");

    assertThat(r.via()).containsExactly(new NameRef("Krasovsky", "KRASOVSKY", "krasovsky"));
    assertThat(r.recipients()).containsExactly(new NameRef("Mao Zedong", "MAO ZEDONG",
        "mao-zedong"));
    assertThat(r.authors()).containsExactly(new NameRef("Joseph Stalin", "FILIPPOV", "stalin"));
  }

  // Constructed: a forwarded telegram whose quote never closes.
  @Test
  void embedsTelegramThatNeverClosesItsQuote() {
    ArchivalRecord r = extract(String.join("\n",
        "CIPHERED TELEGRAM",
        "To Cde. Filippov.",
        "At 2212 I received the following telegram of Mao Zedong addressed to you:",
        "“To Cdes. Filippov and Zhou Enlai.",
        "We consider it necessary to continue the talks at Kaesong and to keep the neutral zone.",
        "MAO ZEDONG 0530 18 October",
        "Nº 2395",
        "ROSHCHIN"), "1951-10-18");

    assertThat(r.cable().embedded()).hasSize(1);
    EmbeddedDocument e = r.cable().embedded().get(0);
    assertThat(e.from()).extracting(NameRef::name).containsExactly("Mao Zedong");
    assertThat(e.to()).extracting(NameRef::name).containsExactly("Joseph Stalin", "Zhou Enlai");
    assertThat(e.date()).isEqualTo("1951-10-18");
    assertThat(r.authors()).extracting(NameRef::name).containsExactly("Nikolai Roshchin");
    assertThat(r.cable().numbers()).contains(new DocNumber("outgoing", "2395"));
  }

  // Constructed: a Chinese telegram in translation with a day-and-time signature line.
  @Test
  void readsChineseDayAndTimeSignature() {
    ArchivalRecord r = extract(String.join("\n",
        "Comrade Peng Dehuai, copy to Comrade Kim Il Sung:",
        "The enemy intends to stall the talks; prepare the ground for the next meeting.",
        "MAO ZEDONG",
        "18th, 5:30"), "1951-10");

    assertThat(r.recipients()).extracting(NameRef::name).containsExactly("Peng Dehuai");
    assertThat(r.copiesTo()).extracting(NameRef::name).containsExactly("Kim Il Sung");
    assertThat(r.authors()).extracting(NameRef::name).containsExactly("Mao Zedong");
    assertThat(r.cable().handling()).filteredOn(h -> h.event().equals("sent"))
        .extracting(HandlingEvent::at).containsExactly("1951-10-18T05:30");
  }

  @Test
  void takesYearFromContextAndSaysSo() {
    ArchivalRecord r = extract("Deciphered by Fedyaev 1205 19 October", "1951-10-18");

    assertThat(r.cable().handling()).extracting(HandlingEvent::at)
        .containsExactly("1951-10-19T12:05+03:00");
    Provenance p = r.provenance().stream().filter(x -> x.field().startsWith("handling"))
        .findFirst().orElseThrow();
    assertThat(p.rule()).endsWith("+context-year");
  }

  @Test
  void leKenongResolvesToLiKenongWithLowerConfidence() {
    NameIndex names = NameIndex.bundled();
    NameIndex.Match m = names.match("Cde. Le Kenong", Authority.Kind.PERSON).orElseThrow();

    assertThat(m.authority().id()).isEqualTo("li-kenong");
    assertThat(m.confidence()).isLessThan(1.0).isGreaterThanOrEqualTo(0.5);
    assertThat(m.how()).isEqualTo("close spelling");
    assertThat(names.ref("Cde. Le Kenong", Authority.Kind.PERSON))
        .isEqualTo(new NameRef("Li Kenong", "Le Kenong", "li-kenong"));
  }

  @Test
  void doesNotMatchBelowTheFuzzyFloor() {
    NameIndex names = NameIndex.bundled();

    assertThat(names.match("Lu Kaming", Authority.Kind.PERSON)).isEmpty();
    assertThat(names.match("Kornilov", Authority.Kind.PERSON)).isEmpty();
    assertThat(names.ref("Lu Kaming", Authority.Kind.PERSON).id()).isNull();
  }

  @Test
  void readsCoverNamesBracketsRanksAndRoleSurnameForms() {
    NameIndex names = NameIndex.bundled();

    assertThat(names.ref("FILIPPOV [Stalin]", Authority.Kind.PERSON))
        .isEqualTo(new NameRef("Joseph Stalin", "FILIPPOV", "stalin"));
    assertThat(names.ref("Fyn Si", Authority.Kind.PERSON).id()).isEqualTo("stalin");
    assertThat(names.ref("Section Chief Colonel (Makarov)", Authority.Kind.PERSON).id())
        .isEqualTo("makarov");
    assertThat(names.ref("P'eng Te-huai", Authority.Kind.PERSON).id()).isEqualTo("peng-dehuai");
    assertThat(names.ref("[BEIJING]", Authority.Kind.PLACE))
        .isEqualTo(new NameRef("Beijing", "[BEIJING]", "beijing"));
  }

  @Test
  void bundledAuthoritiesNameTheirSources() {
    List<Authority> all = NameIndex.bundled().authorities();

    assertThat(all).isNotEmpty().allMatch(a -> a.source() != null && !a.source().isBlank());
    assertThat(all).extracting(Authority::id).contains("stalin", "li-kenong", "panmunjom",
        "second-main-directorate", "cc-vkp-b", "orlov");
  }
}
