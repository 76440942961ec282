package org.chancery.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.chancery.record.NameRef;
import org.junit.jupiter.api.Test;

/** The Highwire Press tags and the JSON-LD a record page's head carries. */
class PageMetadataTest {

  private static final String HOSTILE = "Cable & {notes} 100% </script><script>alert(1)</script>"
      + " <!-- Сталин \u2028 café";

  @Test
  void highwireTagsNameTitleAuthorsInvertedDatePublisherAndUrls() {
    List<HighwireTags.Tag> tags = HighwireTags.of(CiteFixtures.data(CiteFixtures.seed()
        .author(NameRef.of("Department of State"))));
    assertThat(tags).containsExactly(
        new HighwireTags.Tag("citation_title", "Cable No. 25025, Mao Zedong to Filippov [Stalin]"),
        new HighwireTags.Tag("citation_author", "Mao, Zedong"),
        new HighwireTags.Tag("citation_author", "Department of State"),
        new HighwireTags.Tag("citation_date", "1951/10/18"),
        new HighwireTags.Tag("citation_publication_date", "1951/10/18"),
        new HighwireTags.Tag("citation_publisher", "Chancery"),
        new HighwireTags.Tag("citation_archive_location", "seed"),
        new HighwireTags.Tag("citation_language", "en"),
        new HighwireTags.Tag("citation_abstract_html_url", CiteFixtures.PERMALINK),
        new HighwireTags.Tag("citation_public_url", CiteFixtures.PERMALINK));
  }

  @Test
  void highwireDatesGiveWhatIsKnownOfTheStart() {
    assertThat(date("1951-10?")).isEqualTo("1951/10");
    assertThat(date("1951~")).isEqualTo("1951");
    assertThat(date("1955-01-13/1957-12-31")).isEqualTo("1955/01/13");
    assertThat(date("../1951-10")).isEqualTo("1951/10");
    assertThat(HighwireTags.of(CiteFixtures.data(CiteFixtures.seed(), null)))
        .noneMatch(t -> t.name().contains("date"));
  }

  private static String date(String edtf) {
    return HighwireTags.of(CiteFixtures.data(CiteFixtures.seed(), edtf)).stream()
        .filter(t -> t.name().equals("citation_date")).findFirst().orElseThrow().content();
  }

  @Test
  void jsonLdDescribesTheArchivalRecordItsCreatorDateArchiveAndRights() throws Exception {
    Citations citations = CiteFixtures.citations();
    JsonNode ld = new ObjectMapper().readTree(citations.jsonLd(
        CiteFixtures.data(CiteFixtures.memorandum())));
    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("ArchiveComponent");
    assertThat(ld.get("name").asText()).startsWith("Memorandum of Conversation");
    assertThat(ld.get("identifier").asText()).isEqualTo("frus1951v07p2-d2");
    assertThat(ld.get("url").asText()).isEqualTo(CiteFixtures.PERMALINK);
    assertThat(ld.get("dateCreated").asText()).isEqualTo("1951-01-06");
    assertThat(ld.get("creator").toString())
        .isEqualTo("[{\"@type\":\"Organization\",\"name\":\"Department of State\"}]");
    assertThat(ld.get("holdingArchive").get("name").asText()).isEqualTo("Chancery");
    assertThat(ld.get("isPartOf").get("name").asText()).startsWith("Foreign Relations");
    assertThat(ld.get("inLanguage").asText()).isEqualTo("en");
  }

  @Test
  void jsonLdOfATranslationNamesTheTranslatorAndTheOriginalLanguage() throws Exception {
    JsonNode ld = new ObjectMapper().readTree(CiteFixtures.citations().jsonLd(CiteFixtures.data(
        CiteFixtures.seed().text(CiteFixtures.translation("Danny Rozas"))
            .text(CiteFixtures.russianOriginal()).date(
                org.chancery.record.EdtfDate.parse("1951-10~")))));
    assertThat(ld.get("translator").get(0).get("name").asText()).isEqualTo("Danny Rozas");
    assertThat(ld.get("translationOfWork").get("inLanguage").asText()).isEqualTo("ru");
    assertThat(ld.get("creator").get(0).get("familyName").asText()).isEqualTo("Mao");
    assertThat(ld.get("dateCreated").asText()).isEqualTo("1951-10");
    assertThat(ld.get("license").asText()).isEqualTo(
        "http://rightsstatements.org/vocab/InC-EDU/1.0/");
  }

  @Test
  void jsonLdCannotEndItsScriptElementOrOpenAComment() throws Exception {
    String ld = CiteFixtures.citations().jsonLd(CiteFixtures.data(CiteFixtures.seed()
        .title(HOSTILE)));
    assertThat(ld).doesNotContain("</").doesNotContain("<!--").doesNotContain("<")
        .doesNotContain(">").doesNotContain("\u2028");
    assertThat(new ObjectMapper().readTree(ld).get("name").asText())
        .isEqualTo(HOSTILE.replace(" \u2028 ", " "));
  }
}
