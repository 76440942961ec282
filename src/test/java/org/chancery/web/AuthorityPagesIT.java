package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authority pages and the authority API over HTTP on the real server with the demo: what
 * a reader sees of Stalin, the network and map data the page draws, and editing through
 * the API (token, errors, merge and the redirect of the merged id).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorityPagesIT {

  private static final String TOKEN = "a-test-token-long-enough";

  @TempDir
  static Path dir;

  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  void start() {
    archive = Archive.open(ChanceryConfig.defaults(dir).withEditToken(TOKEN));
    archive.loadDemo(Progress.NONE);
    server = new WebServer(archive).start("localhost", 0);
  }

  @AfterAll
  void stop() {
    server.close();
    archive.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(url(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(url(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + server.port() + path);
  }

  private Document page(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  @Test
  void stalinsPageListsHisCoverNamesWithTheirPeriodsAndHisDocuments() throws Exception {
    Document p = page("/authorities/stalin");
    assertThat(p.select("h1").text()).isEqualTo("Joseph Stalin");
    assertThat(p.select("table.variants tr:has(th:containsOwn(Filippov))").text())
        .contains("cover name").contains("1949–1953");
    assertThat(p.select("table.variants tr:has(th:containsOwn(Kuznetsov))").text())
        .contains("cover name").contains("1947–1948");
    assertThat(p.select("ol.documents a").eachText())
        .contains("Cable No. 25025, Mao Zedong to Filippov [Stalin]");
    assertThat(p.select(".timeline-svg rect.bar")).isNotEmpty();
    assertThat(p.select(".timeline-svg rect.band title").eachText())
        .anySatisfy(t -> assertThat(t).startsWith("Filippov (cover name, 1949–1953)"));
    assertThat(p.select("table.correspondents th a").eachText()).contains("Mao Zedong");
    assertThat(p.select("figure.network-graph").attr("data-src"))
        .isEqualTo("/api/authorities/stalin/network");
  }

  @Test
  void aRecordPageLinksItsNamesToTheirAuthorityPages() throws Exception {
    Document p = page("/records/seed");
    assertThat(p.select("a[href=/authorities/stalin]")).isNotEmpty();
    assertThat(p.select("a[href=/authorities/mao-zedong]")).isNotEmpty();
  }

  @Test
  void theListFindsANameByAnyOfItsForms() throws Exception {
    Document p = page("/authorities?q=Hamonten");
    assertThat(p.select("ul.authority-list a").eachText()).containsExactly("Panmunjom");
    assertThat(page("/authorities?kind=place").select("ul.authority-list a").eachText())
        .contains("Panmunjom", "Kaesong").doesNotContain("Joseph Stalin");
    assertThat(get("/authorities?kind=planet").statusCode()).isEqualTo(400);
  }

  @Test
  void theNetworkSaysWhoWroteToWhom() throws Exception {
    JsonNode g = mapper.readTree(get("/api/authorities/stalin/network").body());
    assertThat(g.get("focus").asText()).isEqualTo("stalin");
    assertThat(g.get("nodes").findValuesAsText("id")).contains("stalin", "mao-zedong");
    assertThat(g.get("edges")).anySatisfy(e -> {
      assertThat(e.get("source").asText()).isEqualTo("mao-zedong");
      assertThat(e.get("target").asText()).isEqualTo("stalin");
      assertThat(e.get("count").asLong()).isPositive();
    });
  }

  @Test
  void unknownAuthoritiesAnswer404WithoutATrace() throws Exception {
    HttpResponse<String> r = get("/authorities/nobody-at-all");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("There is no authority nobody-at-all").doesNotContain("at org.");
    assertThat(get("/api/authorities/nobody-at-all").statusCode()).isEqualTo(404);
  }

  @Test
  void editingNeedsTheTokenAndBadEditsGetClearErrors() throws Exception {
    String merge = "{\"from\": \"semenov\"}";
    assertThat(post("/api/authorities/stalin/merge", null, merge).statusCode()).isEqualTo(401);
    assertThat(post("/api/authorities/stalin/merge", "wrong-token-wrong-token", merge)
        .statusCode()).isEqualTo(401);
    HttpResponse<String> notJson = post("/api/authorities/stalin/merge", TOKEN, "{oops");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(mapper.readTree(notJson.body()).at("/error/message").asText()).contains("not JSON");
    HttpResponse<String> kinds = post("/api/authorities/panmunjom/merge", TOKEN,
        "{\"from\": \"stalin\"}");
    assertThat(kinds.statusCode()).isEqualTo(409);
    assertThat(mapper.readTree(kinds.body()).at("/error/message").asText())
        .contains("cannot merge person");
    assertThat(post("/api/authorities/stalin/variants", TOKEN, "{\"form\": \"Filippov\"}")
        .statusCode()).isEqualTo(409);
  }

  @Test
  void mergingThroughTheApiRedirectsTheOldAddress() throws Exception {
    HttpResponse<String> r = post("/api/authorities/zhou-enlai/merge", TOKEN,
        "{\"from\": \"frus1955-57v03-p-ce1\", \"note\": \"same person\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(mapper.readTree(r.body()).get("recordsRelinked").asInt()).isPositive();

    HttpResponse<String> old = get("/authorities/frus1955-57v03-p-ce1");
    assertThat(old.statusCode()).isEqualTo(301);
    assertThat(old.headers().firstValue("Location")).contains("/authorities/zhou-enlai");
    HttpResponse<String> oldApi = get("/api/authorities/frus1955-57v03-p-ce1/network");
    assertThat(oldApi.statusCode()).isEqualTo(301);
    assertThat(oldApi.headers().firstValue("Location"))
        .contains("/api/authorities/zhou-enlai/network");
    Document zhou = page("/authorities/zhou-enlai");
    assertThat(zhou.select(".document-count").text()).doesNotStartWith("0");
    assertThat(zhou.select("ol.history li").first().text()).contains("merge by api");
  }
}
