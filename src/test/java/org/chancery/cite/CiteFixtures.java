package org.chancery.cite;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.RecordId;
import org.chancery.record.Rights;
import org.chancery.record.Text;
import org.chancery.record.Variant;

/**
 * Records and authorities from the seed cable and the FRUS volumes the demo holds, and a
 * {@link Citations} over them with a fixed access day.
 */
final class CiteFixtures {

  static final String PERMALINK = "https://archive.example.org/records/seed";

  static final Authority MAO = new Authority("mao-zedong", Authority.Kind.PERSON, "Mao Zedong",
      List.of(Variant.of("Mao Tse-tung", Variant.Kind.ROMANISATION),
          Variant.of("Mao, Zedong", Variant.Kind.NAME_ORDER)), null, null);
  static final Authority STALIN = new Authority("stalin", Authority.Kind.PERSON, "Joseph Stalin",
      List.of(Variant.of("Stalin, Joseph", Variant.Kind.NAME_ORDER),
          Variant.of("Filippov", Variant.Kind.COVER_NAME),
          Variant.of("Fillipov", Variant.Kind.MISSPELLING)), null, null);
  static final Authority JOHNSON = new Authority("frus1955-57v03-p-jua1",
      Authority.Kind.PERSON, "Johnson, U. Alexis",
      List.of(Variant.of("U. Alexis Johnson", Variant.Kind.NAME_ORDER)), null, null);
  static final Authority STATE = new Authority("department-of-state",
      Authority.Kind.ORGANISATION, "Department of State", List.of(), null, null);
  static final Collection FRUS = new Collection("frus1951v07p2",
      "Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 2", null);

  private CiteFixtures() {}

  static Citations citations() {
    Map<String, Authority> authorities = Map.of(MAO.id(), MAO, STALIN.id(), STALIN,
        JOHNSON.id(), JOHNSON, STATE.id(), STATE);
    return new Citations("Chancery", id -> Optional.ofNullable(authorities.get(id)),
        id -> id.equals(FRUS.id()) ? Optional.of(FRUS) : Optional.empty(),
        Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
  }

  /** The seed cable: Mao to Filippov [Stalin], 18 October 1951. */
  static ArchivalRecord.Builder seed() {
    return ArchivalRecord.builder(new RecordId("seed"))
        .title("Cable No. 25025, Mao Zedong to Filippov [Stalin]")
        .date(EdtfDate.parse("1951-10-18")).type("Cable").language("en")
        .author(new NameRef("Mao Zedong", "Mao Zedong", "mao-zedong"))
        .recipient(new NameRef("Joseph Stalin", "Filippov", "stalin"))
        .rights(new Rights("reuse welcome", Rights.IN_COPYRIGHT_EDUCATIONAL));
  }

  /** A FRUS memorandum by the Department of State (no authority link). */
  static ArchivalRecord.Builder memorandum() {
    return ArchivalRecord.builder(new RecordId("frus1951v07p2-d2"))
        .title("Memorandum of Conversation, Prepared in the Department of State")
        .date(EdtfDate.parse("1951-01-06")).type("Memorandum of Conversation").language("en")
        .author(NameRef.of("Department of State")).collection(FRUS.id());
  }

  static CitationData data(ArchivalRecord.Builder record) {
    return citations().data(record.build(), PERMALINK);
  }

  static CitationData data(ArchivalRecord.Builder record, String edtf) {
    return data(record.date(edtf == null ? null : EdtfDate.parse(edtf)));
  }

  /** A translation from Russian, credited to its translator. */
  static Text translation(String translator) {
    return new Text(Text.Kind.TRANSLATION, "en", "Comrade Filippov!", translator, null);
  }

  static Text russianOriginal() {
    return new Text(Text.Kind.ORIGINAL, "ru", "Товарищу Филиппову!", null, null);
  }
}
