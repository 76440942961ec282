package org.chancery.search;

import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.Text;

/**
 * A small archive for the search tests: a cable shaped like the seed document, FRUS-like
 * telegrams with different parties, places and kinds of date, an undated note, a draft
 * and a withdrawn record, and a transcript carrying markup.
 */
final class Corpus {

  static final String SEED = "cable-25025";
  static final String MUCCIO = "frus-1951-muccio-october";
  static final String UNCERTAIN = "memo-1951-uncertain";
  static final String RANGE = "report-1951-autumn";
  static final String ACROSS_DECADES = "summary-1949-1950";
  static final String DULLES = "frus-1955-dulles";
  static final String KENNEDY = "frus-1962-kennedy";
  static final String TRUMAN = "frus-1948-truman";
  static final String UNDATED = "note-undated";
  static final String SCRIPT = "telegram-with-markup";
  static final String DRAFT = "draft-zanzibar";
  static final String WITHDRAWN = "withdrawn-zanzibar";

  static final String SECRET_WORD = "zanzibarite";
  static final String SECRET_AUTHOR = "Hidden Hand";

  private Corpus() {}

  static List<ArchivalRecord> all() {
    return List.of(seed(), muccio(), uncertain(), range(), acrossDecades(), dulles(), kennedy(),
        truman(), undated(), script(), draft(), withdrawn());
  }

  static List<ArchivalRecord> published() {
    return all().stream().filter(r -> r.state().isPublic()).toList();
  }

  static ArchivalRecord seed() {
    return published(SEED, "Cable No. 25025, Mao Zedong to Filippov [Stalin]")
        .date(EdtfDate.parse("1951-10-19"))
        .type("Cable")
        .summary("Mao forwards to Stalin his instructions to Li Kenong on the armistice "
            + "talks and the neutral zone around Kaesong.")
        .author(new NameRef("Mao Zedong", "MAO ZEDONG", null))
        .recipient(new NameRef("Joseph Stalin", "Filippov [Stalin]", null))
        .originPlace(new NameRef("Beijing", "[BEIJING]", null))
        .person(new NameRef("Li Kenong", "Le Kenong", null))
        .person(new NameRef("Kim Il Sung", null, null))
        .person(new NameRef("Peng Dehuai", null, null))
        .place(NameRef.of("Kaesong"))
        .place(NameRef.of("Panmunjom"))
        .subject("Korean War")
        .subject("Armistice negotiations")
        .language("en").language("ru")
        .originalArchive("Archive of the President of the Russian Federation (APRF)")
        .collection("korean-war")
        .text(new Text(Text.Kind.TRANSLATION, "en",
            "CIPHERED TELEGRAM No. 25025\nFrom [BEIJING] Received 1135 19 October 1951\n"
                + "To Cde. FILIPPOV [Stalin].\nI am forwarding to you my telegram to Cde. "
                + "Le Kenong. Our delegates should insist that the neutral zone include "
                + "Kaesong and [Hamonten]. MAO ZEDONG. Nº 5205", "Gary Goldberg", null))
        .build();
  }

  static ArchivalRecord muccio() {
    return published(MUCCIO, "The Ambassador in Korea (Muccio) to the Secretary of State")
        .date(EdtfDate.parse("1951-10"))
        .type("Telegram")
        .author(new NameRef("John J. Muccio", "Muccio", null))
        .recipient(new NameRef("Dean Acheson", "Secretary of State", null))
        .originPlace(NameRef.of("Pusan"))
        .person(NameRef.of("Syngman Rhee"))
        .subject("Korean War")
        .language("en")
        .originalArchive("National Archives and Records Administration")
        .collection("frus-1951-v07")
        .text(new Text(Text.Kind.ORIGINAL, "en",
            "President Rhee told me today that he opposes any armistice leaving Korea "
                + "divided. Muccio", null, null))
        .build();
  }

  static ArchivalRecord uncertain() {
    return published(UNCERTAIN, "Memorandum on the Kaesong incident")
        .date(EdtfDate.parse("1951?"))
        .type("Memorandum")
        .author(NameRef.of("Dean Acheson"))
        .recipient(NameRef.of("Harry S. Truman"))
        .originPlace(NameRef.of("Washington"))
        .place(NameRef.of("Kaesong"))
        .subject("Korean War")
        .language("en")
        .originalArchive("National Archives and Records Administration")
        .collection("frus-1951-v07")
        .text(new Text(Text.Kind.ORIGINAL, "en",
            "The incident at Kaesong was investigated by both sides.", null, null))
        .build();
  }

  static ArchivalRecord range() {
    return published(RANGE, "Report on the armistice talks, autumn 1951")
        .date(EdtfDate.parse("1951-10/1951-12"))
        .type("Report")
        .author(NameRef.of("Matthew B. Ridgway"))
        .recipient(NameRef.of("Joint Chiefs of Staff"))
        .originPlace(NameRef.of("Tokyo"))
        .place(NameRef.of("Panmunjom"))
        .subject("Armistice negotiations")
        .language("en")
        .originalArchive("National Archives and Records Administration")
        .collection("frus-1951-v07")
        .text(new Text(Text.Kind.ORIGINAL, "en",
            "Talks resumed at Panmunjom; the demarcation line remains in dispute.", null, null))
        .build();
  }

  static ArchivalRecord acrossDecades() {
    return published(ACROSS_DECADES, "Summary of Soviet policy in Korea, 1949–1950")
        .date(EdtfDate.parse("1949-12/1950-02"))
        .type("Report")
        .author(NameRef.of("Andrei Vyshinsky"))
        .place(NameRef.of("Pyongyang"))
        .subject("Soviet policy")
        .language("ru")
        .originalArchive("Archive of Foreign Policy of the Russian Federation (AVPRF)")
        .text(new Text(Text.Kind.TRANSLATION, "en",
            "The embassy in Pyongyang reports on the situation after the elections.", null,
            null))
        .build();
  }

  static ArchivalRecord dulles() {
    return published(DULLES, "The Secretary of State to the Embassy in Korea")
        .date(EdtfDate.parse("1955-03-14"))
        .type("Telegram")
        .author(NameRef.of("John Foster Dulles"))
        .recipient(NameRef.of("Embassy in Korea"))
        .originPlace(NameRef.of("Washington"))
        .subject("Korean War")
        .language("en")
        .originalArchive("National Archives and Records Administration")
        .collection("frus-1955-57-v03")
        .text(new Text(Text.Kind.ORIGINAL, "en",
            "Department concerned by reports of violations of the neutral zone near "
                + "Panmunjom.", null, null))
        .build();
  }

  static ArchivalRecord kennedy() {
    return published(KENNEDY, "President Kennedy to Chairman Khrushchev")
        .date(EdtfDate.parse("1962-10-22"))
        .type("Letter")
        .author(NameRef.of("John F. Kennedy"))
        .recipient(NameRef.of("Nikita Khrushchev"))
        .originPlace(NameRef.of("Washington"))
        .place(NameRef.of("Cuba"))
        .subject("Cuban Missile Crisis")
        .language("en")
        .originalArchive("National Archives and Records Administration")
        .text(new Text(Text.Kind.ORIGINAL, "en",
            "I have not assumed that you would risk a war over Cuba.", null, null))
        .build();
  }

  static ArchivalRecord truman() {
    return published(TRUMAN, "President Truman to the Secretary of State")
        .date(EdtfDate.parse("1948-06-05"))
        .type("Memorandum")
        .author(NameRef.of("Harry S. Truman"))
        .recipient(NameRef.of("George C. Marshall"))
        .originPlace(NameRef.of("Washington"))
        .subject("Berlin")
        .language("en")
        .originalArchive("Truman Library")
        .text(new Text(Text.Kind.ORIGINAL, "en",
            "We stay in Berlin. The airlift will continue.", null, null))
        .build();
  }

  static ArchivalRecord undated() {
    return published(UNDATED, "Undated note on the Kaesong talks")
        .type("Note")
        .author(NameRef.of("Dean Acheson"))
        .place(NameRef.of("Kaesong"))
        .subject("Armistice negotiations")
        .language("en")
        .text(new Text(Text.Kind.ORIGINAL, "en",
            "A handwritten note on the Kaesong talks, date unknown.", null, null))
        .build();
  }

  static ArchivalRecord script() {
    return published(SCRIPT, "Telegram whose transcript contains markup")
        .date(EdtfDate.parse("1953-07-27"))
        .type("Telegram")
        .author(NameRef.of("Mark W. Clark"))
        .originPlace(NameRef.of("Tokyo"))
        .subject("Armistice negotiations")
        .language("en")
        .text(new Text(Text.Kind.TRANSCRIPT, "en",
            "The transcriber copied <script>alert('armistice')</script> from the scan; "
                + "the armistice was signed at Panmunjom & ratified.", null, null))
        .build();
  }

  static ArchivalRecord draft() {
    return ArchivalRecord.builder(new RecordId(DRAFT))
        .title("Draft record about " + SECRET_WORD)
        .date(EdtfDate.parse("1944-01-01"))
        .type("Secret type")
        .author(NameRef.of(SECRET_AUTHOR))
        .subject("Secret subject")
        .text(new Text(Text.Kind.ORIGINAL, "en", "The " + SECRET_WORD + " dossier, Kaesong.",
            null, null))
        .state(PublicationState.DRAFT)
        .build();
  }

  static ArchivalRecord withdrawn() {
    return ArchivalRecord.builder(new RecordId(WITHDRAWN))
        .title("Withdrawn record about " + SECRET_WORD)
        .date(EdtfDate.parse("1951-10-20"))
        .type("Cable")
        .author(NameRef.of(SECRET_AUTHOR))
        .recipient(NameRef.of("Joseph Stalin"))
        .subject("Korean War")
        .text(new Text(Text.Kind.ORIGINAL, "en", "The " + SECRET_WORD + " neutral zone.", null,
            null))
        .state(PublicationState.WITHDRAWN)
        .build();
  }

  private static ArchivalRecord.Builder published(String id, String title) {
    return ArchivalRecord.builder(new RecordId(id)).title(title)
        .state(PublicationState.PUBLISHED);
  }
}
