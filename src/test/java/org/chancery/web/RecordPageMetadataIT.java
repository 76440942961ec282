package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reference manager and a search engine read from a record page: the Highwire
 * Press {@code citation_*} tags Zotero's Embedded Metadata translator uses, the schema.org
 * JSON-LD block, and the "Cite this document" section, each compared with the record's
 * JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordPageMetadataIT {

  @TempDir
  static Path dir;

  private CitationServer server;
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  void start() {
    server = new CitationServer(dir);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private Document page(String id) throws Exception {
    HttpResponse<String> r = server.get("/records/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body(), server.base() + "/records/" + id);
  }

  private static List<String> meta(Document page, String name) {
    return page.head().select("meta[name=" + name + "]").eachAttr("content");
  }

  private JsonNode jsonLd(Document page) throws Exception {
    List<Element> blocks = page.select("script[type=application/ld+json]");
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).parent()).isEqualTo(page.head());
    return mapper.readTree(blocks.get(0).data());
  }

  @Test
  void theSeedPageCarriesHighwireTagsEqualToTheRecord() throws Exception {
    JsonNode record = server.json("/api/records/seed");
    Document page = page("seed");
    assertThat(meta(page, "citation_title")).containsExactly(record.get("title").asText());
    JsonNode mao = server.authority(record.get("authors").get(0).get("id").asText());
    assertThat(meta(page, "citation_author")).hasSize(record.get("authors").size());
    assertThat(mao.get("variants").findValuesAsText("form"))
        .contains(meta(page, "citation_author").get(0));
    String date = record.get("date").asText().replace('-', '/');
    assertThat(meta(page, "citation_date")).containsExactly(date);
    assertThat(meta(page, "citation_publication_date")).containsExactly(date);
    assertThat(meta(page, "citation_publisher"))
        .containsExactly(server.archive.config().site().name());
    assertThat(meta(page, "citation_archive_location")).containsExactly("seed");
    assertThat(meta(page, "citation_language"))
        .containsExactly(record.get("languages").get(0).asText());
    String permalink = page.selectFirst("a.permalink").attr("href");
    assertThat(meta(page, "citation_public_url")).containsExactly(permalink);
    assertThat(meta(page, "citation_abstract_html_url")).containsExactly(permalink);
  }

  @Test
  void theJsonLdBlockParsesAndDescribesTheRecord() throws Exception {
    String id = "frus1951v07p2-d2";
    JsonNode record = server.json("/api/records/" + id);
    JsonNode ld = jsonLd(page(id));
    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("ArchiveComponent");
    assertThat(ld.get("name").asText()).isEqualTo(record.get("title").asText());
    assertThat(ld.get("identifier").asText()).isEqualTo(id);
    assertThat(ld.get("url").asText()).isEqualTo(server.base() + "/records/" + id);
    assertThat(ld.get("dateCreated").asText()).isEqualTo(record.get("date").asText());
    assertThat(ld.get("inLanguage").asText()).isEqualTo(record.get("languages").get(0).asText());
    assertThat(ld.get("license").asText()).isEqualTo(record.get("rights").get("uri").asText());
    assertThat(ld.get("creator").get(0).get("@type").asText()).isEqualTo("Organization");
    assertThat(ld.get("creator").get(0).get("name").asText())
        .isEqualTo(record.get("authors").get(0).get("name").asText());
    assertThat(ld.get("holdingArchive").get("name").asText())
        .isEqualTo(server.archive.config().site().name());
    String collection = record.get("collections").get(0).asText();
    assertThat(ld.get("isPartOf").get("name").asText()).isEqualTo(
        server.archive.catalogue().collection(collection).orElseThrow().title());
  }

  @Test
  void aTranslationSignedWithACoverNameNamesTheRealPersonTranslatorAndOriginal()
      throws Exception {
    JsonNode record = server.json("/api/records/" + CitationServer.COVER);
    JsonNode ld = jsonLd(page(CitationServer.COVER));
    JsonNode author = record.get("authors").get(0);
    JsonNode creator = ld.get("creator").get(0);
    assertThat(creator.get("@type").asText()).isEqualTo("Person");
    assertThat(creator.get("name").asText()).isEqualTo(author.get("name").asText());
    assertThat(creator.get("alternateName").asText()).isEqualTo(author.get("as").asText());
    JsonNode translation = record.get("texts").get(0);
    assertThat(ld.get("translator").get(0).get("name").asText())
        .isEqualTo(translation.get("translator").asText());
    assertThat(ld.get("translationOfWork").get("inLanguage").asText())
        .isEqualTo(record.get("texts").get(1).get("language").asText());
    assertThat(ld.get("dateCreated").asText())
        .isEqualTo(record.get("date").asText().replace("~", ""));
  }

  @Test
  void aHostileTitleCannotBreakOutOfTheJsonLdOrTheMetaTags() throws Exception {
    Document page = page(CitationServer.SPECIAL);
    assertThat(page.select("script")).as("no script element but the data block")
        .hasSize(1);
    assertThat(jsonLd(page).get("name").asText()).isEqualTo(CitationServer.SPECIAL_TITLE);
    assertThat(meta(page, "citation_title")).containsExactly(CitationServer.SPECIAL_TITLE);
    assertThat(page.select("#cite-chicago").text()).contains(CitationServer.SPECIAL_TITLE);
    HttpResponse<String> raw = server.get("/records/" + CitationServer.SPECIAL);
    assertThat(raw.body()).doesNotContain("<script>alert(1)");
  }

  @Test
  void theCiteSectionShowsTheThreeStylesAndLinksDownloadsThatWork() throws Exception {
    JsonNode record = server.json("/api/records/seed");
    Document page = page("seed");
    Element section = page.selectFirst("section.cite");
    assertThat(section.selectFirst("h2").text()).isEqualTo("Cite this document");
    String title = record.get("title").asText();
    assertThat(section.select("#cite-chicago").text()).startsWith("Mao, Zedong. “" + title);
    assertThat(section.select("#cite-chicago-note").text()).startsWith("Mao Zedong, “" + title);
    assertThat(section.select("#cite-mla").text()).startsWith("Mao, Zedong. “" + title)
        .contains("18 Oct. 1951");
    assertThat(section.select("#cite-apa").text()).startsWith("Mao, Z. (1951, October 18). "
        + title);
    List<String> links = section.select("a.citation-download").eachAttr("href");
    assertThat(links).hasSize(3);
    for (String href : links) {
      assertThat(server.get(href).statusCode()).as(href).isEqualTo(200);
    }
    assertThat(section.select("a.citation-download").eachAttr("download"))
        .containsExactly("seed.bib", "seed.ris", "seed.json");
  }

  @Test
  void anUndatedRecordHasNoDateTagsAndSaysNoDateInChicagoAndApa() throws Exception {
    Document page = page("frus1951v07p2-d31");
    assertThat(meta(page, "citation_date")).isEmpty();
    assertThat(jsonLd(page).has("dateCreated")).isFalse();
    assertThat(page.select("#cite-chicago").text()).contains("n.d.");
    assertThat(page.select("#cite-apa").text()).contains("(n.d.)");
  }
}
