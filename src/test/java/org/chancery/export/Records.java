package org.chancery.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.Note;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.RecordJson;
import org.chancery.record.Rights;
import org.chancery.record.Text;

/** Records the writer tests export: an ordinary cable and one full of hostile text. */
final class Records {

  static final String BASE = "https://archive.example.org";

  private Records() {}

  static ExportContext context() {
    return new ExportContext(BASE, "Test Archive",
        Map.of("korea", new Collection("korea", "Korean War, \"selected\"", null)),
        Map.of("mao", Authority.Kind.PERSON, "politburo", Authority.Kind.ORGANISATION,
            "beijing", Authority.Kind.PLACE),
        new RecordJson());
  }

  /** A cable as the seed document is catalogued. */
  static ArchivalRecord cable() {
    return ArchivalRecord.builder(new RecordId("cable-25025"))
        .title("Cable No. 25025, Mao Zedong to Filippov [Stalin]")
        .date(EdtfDate.parse("1951-10-18"))
        .type("Cable")
        .language("en").language("ru")
        .summary("Mao writes to Stalin about the armistice talks.")
        .author(new NameRef("Mao Zedong", "Mao Zedong", "mao"))
        .recipient(new NameRef("Joseph Stalin", "Filippov [Stalin]", null))
        .originPlace(new NameRef("Beijing", null, "beijing"))
        .place(NameRef.of("Kaesong")).place(NameRef.of("Panmunjom"))
        .subject("Korean War").subject("Armistice")
        .collection("korea")
        .originalArchive("Archive of the President of the Russian Federation")
        .source("APRF, fond 45, opis 1, delo 342")
        .rights(new Rights("Educational use permitted.", Rights.IN_COPYRIGHT_EDUCATIONAL))
        .note(new Note("1", "Filippov was Stalin's cover name."))
        .text(new Text(Text.Kind.TRANSLATION, "en",
            "Cde. FILIPPOV [Stalin]!\nWe agree.\n\nThe talks resume in [Panmunjom].",
            "Translated by Chen Jian", null))
        .state(PublicationState.PUBLISHED)
        .updated(Instant.parse("2026-11-27T03:00:00Z"))
        .build();
  }

  /** Text as documents and careless catalogues bring it: markup, quotes, commas, controls. */
  static ArchivalRecord hostile() {
    return ArchivalRecord.builder(new RecordId("hostile-1"))
        .title("=HYPERLINK(\"http://evil.example\",\"click\") <script>alert('x')</script> & co")
        .date(EdtfDate.parse("1952-03~"))
        .type("Letter, \"private\"")
        .language("en")
        .summary("Line one,\nline \"two\"\u0007 with a bell\u000c and a form feed")
        .author(NameRef.of("@Smith, John"))
        .recipient(NameRef.of("+Brown & Sons <Ltd>"))
        .subject("-1+1").subject("Arms, \"light\"")
        .text(new Text(Text.Kind.ORIGINAL, "en",
            "<b>Bold</b> & \"quoted\"\u0000 text [a note, with <tags> & more]\n\nSecond\u000b para.",
            null, null))
        .state(PublicationState.PUBLISHED)
        .build();
  }

  static List<ArchivalRecord> both() {
    return List.of(cable(), hostile());
  }
}
