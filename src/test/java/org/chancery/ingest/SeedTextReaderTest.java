package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.DocNumber;
import org.chancery.record.NameRef;
import org.chancery.record.Provenance;
import org.chancery.record.Rights;
import org.chancery.record.Text;
import org.junit.jupiter.api.Test;

class SeedTextReaderTest {

  private static ArchivalRecord only(IngestBatch batch) {
    assertThat(batch.isFatal()).as("problems: %s", batch.problems()).isFalse();
    assertThat(batch.records()).hasSize(1);
    return batch.records().get(0);
  }

  @Test
  void readsSeedDateTitleAndCreditLine() {
    ArchivalRecord r = only(Fixtures.ingest("seed-soviet-decrypt.txt"));

    assertThat(r.date().text()).isEqualTo("1951-10-18");
    assertThat(r.title()).isEqualTo("Cable No. 25025, Mao Zedong to Filippov [Stalin]");
    assertThat(r.creditLine())
        .isEqualTo("This document was made possible with support from Leon Levy Foundation");
    assertThat(r.summary()).isEqualTo("Mao writes to Stalin regarding an upcoming conference"
        + " to discuss strategy for an armistice ending the Korean War.");
    assertThat(r.id().value()).isEqualTo("seed-soviet-decrypt");
    assertThat(r.languages()).containsExactly("en");
    assertThat(r.origin().format()).isEqualTo("text");
    assertThat(r.origin().file()).isEqualTo("seed-soviet-decrypt.txt");
  }

  @Test
  void readsSeedTitleAsCableTypeNumberAndParties() {
    ArchivalRecord r = only(Fixtures.ingest("seed-soviet-decrypt.txt"));

    assertThat(r.type()).isEqualTo("Cable");
    // The title's number comes first; the extraction adds the cable's other numbers.
    assertThat(r.cable().numbers()).startsWith(new DocNumber("cable", "25025"));
    // Title names resolved against the bundled authorities: preferred name, written form.
    assertThat(r.authors()).containsExactly(new NameRef("Mao Zedong", "Mao Zedong", "mao-zedong"));
    assertThat(r.recipients())
        .containsExactly(new NameRef("Joseph Stalin", "Filippov", "stalin"));
    assertThat(r.via()).isEmpty();
  }

  @Test
  void mapsSeedRightsWordingToInCopyrightEducationalUse() {
    ArchivalRecord r = only(Fixtures.ingest("seed-soviet-decrypt.txt"));

    assertThat(r.rights().uri()).isEqualTo(Rights.IN_COPYRIGHT_EDUCATIONAL);
    assertThat(r.rights().statement()).startsWith("The History and Public Policy Program")
        .contains("HAPP@wilsoncenter.org");
  }

  @Test
  void keepsSeedTranscriptVerbatimWithoutSectionHeaders() {
    String file = Fixtures.text("seed-soviet-decrypt.txt");
    ArchivalRecord r = only(Fixtures.ingest("seed-soviet-decrypt.txt"));
    Text t = r.text(Text.Kind.TRANSLATION).orElseThrow();

    assertThat(t.language()).isEqualTo("en");
    assertThat(t.body()).startsWith("SECOND MAIN DIRECTORATE").endsWith("(Makarov)");
    assertThat(t.body()).contains("from [BEIJING] received at 1135 19 October 1951",
        "[signature] (Makarov)", "to Cde. FILIPPOV\nCde. FILIPPOV!");
    assertThat(t.body().lines()).doesNotContain("Summary", "Author(s):", "Associated Places",
        "Subjects Discussed", "Document Information", "Source", "Original Archive", "Rights");
    assertThat(t.body()).doesNotContain("Mao writes to Stalin", "Leon Levy");
    Provenance span = r.provenance().stream().filter(p -> p.field().equals("texts[0]"))
        .findFirst().orElseThrow();
    assertThat(file.substring(span.start(), span.end())).isEqualTo(t.body());
  }

  @Test
  void leavesEmptySeedSectionsEmpty() {
    ArchivalRecord r = only(Fixtures.ingest("seed-soviet-decrypt.txt"));

    // Places come only from the text's mentions, each linked to an authority.
    assertThat(r.places()).allMatch(p -> p.id() != null && p.as() != null);
    assertThat(r.subjects()).isEmpty();
    assertThat(r.sources()).isEmpty();
    assertThat(r.originalArchive()).isNull();
  }

  @Test
  void readsFilledSectionsAndRoutingInTitle() {
    ArchivalRecord r = only(Fixtures.ingest("seed-layout-with-filled-sections.txt"));

    assertThat(r.id().value()).isEqualTo("test-112233");
    assertThat(r.date().text()).isEqualTo("1950-03~");
    assertThat(r.creditLine()).startsWith("Translation made possible");
    assertThat(r.type()).isEqualTo("Telegram");
    assertThat(r.cable().numbers()).containsExactly(new DocNumber("telegram", "709"));
    assertThat(r.authors()).containsExactly(new NameRef("Joseph Stalin", "Filippov", "stalin"));
    assertThat(r.recipients())
        .containsExactly(new NameRef("Mao Zedong", "Mao Zedong", "mao-zedong"));
    assertThat(r.via()).containsExactly(new NameRef("Nikolai Roshchin", "Roshchin", "roshchin"));
    assertThat(r.summary()).isEqualTo(
        "Stalin answers Mao about the treaty talks, through the Soviet ambassador.");
    assertThat(r.places()).extracting(NameRef::name)
        .containsExactly("China", "Beijing", "Russia (Federation)", "Moscow");
    assertThat(r.subjects())
        .containsExactly("Korean War, 1950-1953", "Sino-Soviet Alliance", "Treaties");
    assertThat(r.sources())
        .containsExactly("APRF, f. 45, op. 1, d. 334, l. 141. Translated by Example Translator.");
    assertThat(r.originalArchive())
        .isEqualTo("Archive of the President of the Russian Federation (APRF)");
    assertThat(r.rights().uri()).isEqualTo(RightsWording.PUBLIC_DOMAIN_MARK);
    assertThat(r.text(Text.Kind.TRANSLATION).orElseThrow().body())
        .startsWith("CIPHERED TELEGRAM No. 709").endsWith("FILIPPOV [Stalin]");
  }

  @Test
  void readsTitleWithoutNumberAndWithViaInBrackets() {
    CatalogueTitle t = CatalogueTitle.parse("Letter, Mao Zedong and Zhou Enlai to Stalin [via Terebin]");

    assertThat(t.type()).isEqualTo("Letter");
    assertThat(t.number()).isNull();
    assertThat(t.from()).extracting(NameRef::name).containsExactly("Mao Zedong", "Zhou Enlai");
    assertThat(t.to()).extracting(NameRef::name).containsExactly("Stalin");
    assertThat(t.via()).extracting(NameRef::name).containsExactly("Terebin");
  }

  @Test
  void leavesTitleOutsideHouseStyleUnparsed() {
    CatalogueTitle t = CatalogueTitle.parse("Notes on the armistice talks");

    assertThat(t.type()).isNull();
    assertThat(t.from()).isEmpty();
  }

  @Test
  void readsCatalogueDateFormsAsEdtf() {
    assertThat(edtf("October 18, 1951")).isEqualTo("1951-10-18");
    assertThat(edtf("18 October 1951")).isEqualTo("1951-10-18");
    assertThat(edtf("Oct. 18, 1951")).isEqualTo("1951-10-18");
    assertThat(edtf("October 1951")).isEqualTo("1951-10");
    assertThat(edtf("1951")).isEqualTo("1951");
    assertThat(edtf("c. 1951")).isEqualTo("1951~");
    assertThat(edtf("circa October 1951")).isEqualTo("1951-10~");
    assertThat(edtf("1951?")).isEqualTo("1951?");
    assertThat(edtf("1951-10-18")).isEqualTo("1951-10-18");
    assertThat(edtf("October 1951 - December 1951")).isEqualTo("1951-10/1951-12");
    assertThat(edtf("1950-1953")).isEqualTo("1950/1953");
    assertThat(edtf("February 30, 1951")).isNull();
    assertThat(edtf("Cable No. 25025, Mao Zedong to Filippov [Stalin]")).isNull();
  }

  @Test
  void recordsProblemWhenFirstLineIsNotADate() {
    IngestBatch b = Fixtures.ingest("notes.txt",
        "Cable No. 1, Mao Zedong to Stalin\nText of the cable.\n");

    assertThat(b.isFatal()).isFalse();
    ArchivalRecord r = b.records().get(0);
    assertThat(r.date()).isNull();
    assertThat(r.title()).isEqualTo("Cable No. 1, Mao Zedong to Stalin");
    assertThat(b.problems()).anyMatch(p -> p.message().contains("not a date"));
  }

  @Test
  void doesNotCutTranscriptAtAStrayHeaderWordFarFromTheSections() {
    StringBuilder page = new StringBuilder("1951\nReport No. 2, Kim Il Sung to Stalin\n");
    page.append("Summary\n");
    for (int i = 0; i < 30; i++) {
      page.append("Line ").append(i).append(" of the report.\n");
    }
    page.append("Kim reports on the front in a long and detailed letter.\nSource\nAPRF\n");
    ArchivalRecord r = only(Fixtures.ingest("report.txt", page.toString()));

    assertThat(r.text(Text.Kind.TRANSLATION).orElseThrow().body())
        .startsWith("Summary\nLine 0").endsWith("Line 29 of the report.");
    assertThat(r.summary()).startsWith("Kim reports");
    assertThat(r.sources()).isEqualTo(List.of("APRF"));
  }

  private static String edtf(String line) {
    return SeedDate.parse(line).map(d -> d.text()).orElse(null);
  }
}
