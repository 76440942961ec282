package org.chancery.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.NameRef;
import org.junit.jupiter.api.Test;

class BibTexWriterTest {

  @Test
  void theSeedIsAnUnpublishedEntryWithTheArchiveAndIdentifier() {
    String bib = BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed()));
    assertThat(bib).startsWith("@unpublished{seed,\n")
        .contains("  author = {Mao, Zedong},\n")
        .contains("  title = {Cable No. 25025, Mao Zedong to Filippov [Stalin]},\n")
        .contains("  type = {Cable},\n")
        .contains("  date = {1951-10-18},\n")
        .contains("  year = {1951},\n")
        .contains("  publisher = {Chancery},\n")
        .contains("  library = {seed},\n")
        .contains("  language = {en},\n")
        .contains("  url = {" + CiteFixtures.PERMALINK + "},\n")
        .contains("  urldate = {2026-11-27},\n")
        .contains("  note = {Addressed to the cover name Filippov (Joseph Stalin).},\n")
        .endsWith("}\n");
  }

  @Test
  void anOrganisationIsOneBracedNameAndPersonsAreFamilyCommaGiven() {
    String bib = BibTexWriter.write(CiteFixtures.data(CiteFixtures.memorandum()
        .author(NameRef.of("Jan van der Berg")).author(NameRef.of("Henderson"))));
    assertThat(bib).contains("author = {{Department of State} and {van der Berg}, Jan and "
        + "Henderson},");
    assertThat(bib).contains("series = {Foreign Relations of the United States, 1951, Korea and "
        + "China, Volume VII, Part 2},");
  }

  @Test
  void texSpecialCharactersAreEscapedAndUnicodeKept() {
    String bib = BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed()
        .title("Draft {A} & 50% of $5 #1 a_b ~x^2 \\ — Сталин, café")));
    assertThat(bib).contains("title = {Draft \\{A\\} \\& 50\\% of \\$5 \\#1 a\\_b "
        + "{\\textasciitilde}x{\\textasciicircum}2 {\\textbackslash} — Сталин, café},");
  }

  @Test
  void texLigaturesAreBrokenSoDashesAndQuotesReadAsWritten() {
    String bib = BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed()
        .title("<!-- a---b ``q'' ?`")));
    assertThat(bib).contains("title = {<!-{}- a-{}-{}-b `{}`q'{}' ?{}`},");
  }

  @Test
  void qualifiedDatesKeepTheirEdtfInDateAndSayItInTheNote() {
    assertThat(BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed(), "1951-10?")))
        .contains("date = {1951-10?},").contains("year = {1951},")
        .contains("Date uncertain: 1951-10?.");
    assertThat(BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed(), "1951~")))
        .contains("date = {1951~},").contains("Date approximate: 1951{\\textasciitilde}.");
    assertThat(BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed(), "1951-10/1951-11")))
        .contains("date = {1951-10/1951-11},");
    assertThat(BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed(), "1951/..")))
        .contains("date = {1951/},");
    String openStart = BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed(), "../1951-10"));
    assertThat(openStart).doesNotContain("  date =").contains("year = {1951},")
        .contains("Date open at its start: ../1951-10.");
    String undated = BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed(), null));
    assertThat(undated).doesNotContain("  date =").doesNotContain("year =");
  }

  @Test
  void aTranslatorIsNamedInItsOwnField() {
    String bib = BibTexWriter.write(CiteFixtures.data(CiteFixtures.seed()
        .text(CiteFixtures.translation("Danny Rozas")).text(CiteFixtures.russianOriginal())));
    assertThat(bib).contains("translator = {Rozas, Danny},")
        .contains("Translated from Russian by Danny Rozas.");
  }
}
