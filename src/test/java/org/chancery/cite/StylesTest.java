package org.chancery.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.NameRef;
import org.junit.jupiter.api.Test;

/** The Chicago, MLA and APA forms of real records with different authors and dates. */
class StylesTest {

  @Test
  void theSeedCableInEachStyle() {
    CitationData d = CiteFixtures.data(CiteFixtures.seed());
    assertThat(ChicagoStyle.bibliography(d)).isEqualTo("Mao, Zedong. “Cable No. 25025, Mao "
        + "Zedong to Filippov [Stalin].” Cable, October 18, 1951. Chancery, record seed. "
        + CiteFixtures.PERMALINK + ".");
    assertThat(ChicagoStyle.note(d)).isEqualTo("Mao Zedong, “Cable No. 25025, Mao Zedong to "
        + "Filippov [Stalin],” cable, October 18, 1951, Chancery, record seed, "
        + CiteFixtures.PERMALINK + ".");
    assertThat(MlaStyle.worksCited(d)).isEqualTo("Mao, Zedong. “Cable No. 25025, Mao Zedong to "
        + "Filippov [Stalin].” Cable, 18 Oct. 1951. Chancery, archive.example.org/records/seed. "
        + "Accessed 27 Nov. 2026.");
    assertThat(ApaStyle.reference(d)).isEqualTo("Mao, Z. (1951, October 18). Cable No. 25025, "
        + "Mao Zedong to Filippov [Stalin] [Cable]. Chancery. " + CiteFixtures.PERMALINK);
  }

  @Test
  void anOrganisationIsTheAuthorAsItIsAndTheCollectionIsNamed() {
    CitationData d = CiteFixtures.data(CiteFixtures.memorandum());
    assertThat(ChicagoStyle.bibliography(d)).startsWith("Department of State. “Memorandum of "
        + "Conversation, Prepared in the Department of State.” Memorandum of Conversation, "
        + "January 6, 1951. Foreign Relations of the United States, 1951, Korea and China, "
        + "Volume VII, Part 2. Chancery, record frus1951v07p2-d2.");
    assertThat(ChicagoStyle.note(d)).startsWith("Department of State, “Memorandum of "
        + "Conversation, Prepared in the Department of State,” memorandum of conversation, "
        + "January 6, 1951, Foreign Relations");
    assertThat(MlaStyle.worksCited(d)).startsWith("Department of State. “Memorandum");
    assertThat(ApaStyle.reference(d)).startsWith("Department of State. (1951, January 6). "
        + "Memorandum of Conversation, Prepared in the Department of State [Memorandum of "
        + "Conversation]. Foreign Relations of the United States, 1951");
  }

  @Test
  void aDocumentSignedWithACoverNameIsCitedUnderItWithTheRealNameInBrackets() {
    CitationData d = CiteFixtures.data(CiteFixtures.seed().authors(java.util.List.of(
        new NameRef("Joseph Stalin", "Filippov", "stalin"))).title("Filippov to Mao Zedong"));
    assertThat(ChicagoStyle.bibliography(d)).startsWith("Filippov [Stalin, Joseph]. “Filippov");
    assertThat(ChicagoStyle.note(d)).startsWith("Filippov [Joseph Stalin], “Filippov");
    assertThat(MlaStyle.worksCited(d)).startsWith("Filippov [Stalin, Joseph]. “");
    assertThat(ApaStyle.reference(d)).startsWith("Filippov [Stalin, J.]. (1951, October 18).");
    assertThat(d.notes()).contains("Signed with the cover name Filippov (Joseph Stalin).");
  }

  @Test
  void severalAuthorsFollowEachStylesRule() {
    CitationData two = CiteFixtures.data(CiteFixtures.seed()
        .author(NameRef.of("Robert C. Strong")));
    assertThat(ChicagoStyle.bibliography(two)).startsWith("Mao, Zedong, and Robert C. Strong. “");
    assertThat(MlaStyle.worksCited(two)).startsWith("Mao, Zedong, and Robert C. Strong. “");
    assertThat(ApaStyle.reference(two)).startsWith("Mao, Z., & Strong, R. C. (1951");
    CitationData three = CiteFixtures.data(CiteFixtures.seed()
        .author(NameRef.of("Robert C. Strong")).author(NameRef.of("Department of State")));
    assertThat(ChicagoStyle.bibliography(three))
        .startsWith("Mao, Zedong, Robert C. Strong, and Department of State. “");
    assertThat(ChicagoStyle.note(three))
        .startsWith("Mao Zedong, Robert C. Strong, and Department of State, “");
    assertThat(MlaStyle.worksCited(three)).startsWith("Mao, Zedong, et al. “");
    assertThat(ApaStyle.reference(three))
        .startsWith("Mao, Z., Strong, R. C., & Department of State. (1951");
  }

  @Test
  void withNoAuthorTheTitleLeadsAndAnUndatedRecordSaysSo() {
    CitationData d = CiteFixtures.data(CiteFixtures.memorandum().authors(java.util.List.of())
        .title("Editorial Note").type("Editorial Note"), null);
    assertThat(ChicagoStyle.bibliography(d)).startsWith("“Editorial Note.” n.d. Foreign");
    assertThat(MlaStyle.worksCited(d)).startsWith("“Editorial Note.” Foreign Relations");
    assertThat(ApaStyle.reference(d)).startsWith("Editorial Note. (n.d.). Foreign Relations");
  }

  @Test
  void approximateAndUncertainDatesReadAsTheStylesWriteThem() {
    assertThat(ChicagoStyle.bibliography(CiteFixtures.data(CiteFixtures.seed(), "1951-10~")))
        .contains("Cable, ca. October 1951.");
    assertThat(MlaStyle.worksCited(CiteFixtures.data(CiteFixtures.seed(), "1951-10?")))
        .contains("Cable, [Oct. 1951?].");
    assertThat(ApaStyle.reference(CiteFixtures.data(CiteFixtures.seed(), "1951~")))
        .startsWith("Mao, Z. (ca. 1951).");
  }

  @Test
  void aTranslationNamesItsTranslator() {
    CitationData d = CiteFixtures.data(CiteFixtures.seed()
        .text(CiteFixtures.translation("Danny Rozas")).text(CiteFixtures.russianOriginal()));
    assertThat(ChicagoStyle.bibliography(d)).contains("October 18, 1951. Translated by Danny "
        + "Rozas. Chancery");
    assertThat(ChicagoStyle.note(d)).contains("1951, trans. Danny Rozas, Chancery");
    assertThat(MlaStyle.worksCited(d)).contains("Translated by Danny Rozas.");
    assertThat(ApaStyle.reference(d)).contains("[Cable] (D. Rozas, Trans.).");
    assertThat(d.originalLanguage()).isEqualTo("ru");
    assertThat(d.notes()).contains("Translated from Russian by Danny Rozas.");
  }

  @Test
  void controlCharactersAndLineBreaksInATitleBecomeOneSpace() {
    CitationData d = CiteFixtures.data(CiteFixtures.seed().title("Cable\n  No.\u0007 25025\r\n"));
    assertThat(ChicagoStyle.bibliography(d)).contains("“Cable No. 25025.”");
  }
}
