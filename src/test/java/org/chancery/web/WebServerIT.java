package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.Progress;
import org.chancery.record.PublicationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The reading room and API over HTTP, on the real server with the demo collection. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerIT {

  static final String SEED_TITLE = "Cable No. 25025, Mao Zedong to Filippov [Stalin]";

  @TempDir
  static Path dir;

  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  void start() {
    archive = Archive.open(ChanceryConfig.defaults(dir));
    archive.loadDemo(Progress.NONE);
    archive.ingest("hidden-draft.txt", seedLayout("A draft about the Zanzibar question",
        "Nothing here should leak: zanzibarite."), PublicationState.DRAFT);
    archive.ingest("hostile-transcript.txt", seedLayout("Letter with markup",
        "<script>alert('owned')</script> and [brackets]"), PublicationState.PUBLISHED);
    server = new WebServer(archive).start("localhost", 0);
  }

  @AfterAll
  void stop() {
    server.close();
    archive.close();
  }

  static byte[] seedLayout(String title, String body) {
    return ("March 3, 1952\n" + title + "\n" + body + "\nA summary of " + title + ".\n"
        + "Author(s):\nAssociated Places\nSubjects Discussed\nSource\nOriginal Archive\nRights\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return mapper.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String seedId() throws Exception {
    JsonNode hits = json("/api/search?q=" + enc("\"neutral zone\"")).get("hits");
    for (JsonNode h : hits) {
      if (h.get("title").asText().equals(SEED_TITLE)) {
        return h.get("id").asText();
      }
    }
    throw new AssertionError("seed not found by \"neutral zone\": " + hits);
  }

  @Test
  void healthAnswersReady() throws Exception {
    JsonNode h = json("/api/health");
    assertThat(h.get("status").asText()).isEqualTo("ready");
    assertThat(h.get("records").asLong()).isGreaterThanOrEqualTo(51);
    // this archive was opened with its names loaded before serving
    assertThat(h.get("names").asText()).isEqualTo("ready");
  }

  @Test
  void searchingNeutralZoneFindsTheSeedWithAHighlightedSnippet() throws Exception {
    HttpResponse<String> page = get("/search?q=" + enc("neutral zone"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Cable No. 25025, Mao Zedong to Filippov [Stalin]")
        .contains("<mark>");
  }

  @Test
  void recordPageShowsTitleDateSummaryTranscriptAndRights() throws Exception {
    HttpResponse<String> page = get("/records/" + seedId());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1 class=\"title\">Cable No. 25025, Mao Zedong to Filippov [Stalin]</h1>")
        .contains("18 October 1951")
        .contains("Mao writes to Stalin regarding an upcoming conference")
        .contains("SECOND MAIN DIRECTORATE OF THE GENERAL STAFF")
        .contains("History and Public Policy Program welcomes reuse")
        .contains("class=\"ed\"")
        .contains("/records/" + seedId());
  }

  @Test
  void extractedValuesAreMarkedAsMachineReadWithTheirSourceWords() throws Exception {
    String page = get("/records/" + seedId()).body();
    assertThat(page).contains("Second Main Directorate of the General Staff of the Soviet Army")
        .contains("deciphered by Fedyaev")
        .contains("<span class=\"machine\" tabindex=\"0\">machine<span class=\"tip\"")
        .contains("from “Deciphered by Fedyaev 1205 19 October”")
        .contains("Vyacheslav Molotov");
  }

  @Test
  void recordApiReturnsTheSameFieldsAsJson() throws Exception {
    JsonNode r = json("/api/records/" + seedId());
    assertThat(r.get("title").asText()).isEqualTo(SEED_TITLE);
    assertThat(r.get("date").asText()).isEqualTo("1951-10-18");
    assertThat(r.get("summary").asText()).startsWith("Mao writes to Stalin");
    assertThat(r.get("texts").get(0).get("body").asText()).contains("Cde. FILIPPOV!");
    assertThat(r.get("rights").get("statement").asText()).contains("welcomes reuse");
  }

  @Test
  void everyFacetCountEqualsTheResultsItsFilterGives() throws Exception {
    JsonNode facets = json("/api/search").get("facets");
    int checked = 0;
    for (var it = facets.fields(); it.hasNext(); ) {
      var facet = it.next();
      for (JsonNode v : facet.getValue()) {
        String path = "/api/search?" + facet.getKey() + "=" + enc(v.get("value").asText());
        assertThat(json(path).get("total").asLong()).as(path).isEqualTo(v.get("count").asLong());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void malformedQueriesNeverFail() throws Exception {
    for (String q : new String[] {"\"neutral zone", "(", ":", "author:", "AND", "\\", "*:*:*",
        "title:(\"x", "}{][", "neutral zone)"}) {
      HttpResponse<String> page = get("/search?q=" + enc(q));
      assertThat(page.statusCode()).as(q).isEqualTo(200);
      HttpResponse<String> api = get("/api/search?q=" + enc(q));
      assertThat(api.statusCode()).as(q).isEqualTo(200);
    }
    JsonNode unbalanced = json("/api/search?q=" + enc("\"neutral zone"));
    assertThat(unbalanced.get("total").asLong()).isPositive();
    assertThat(unbalanced.get("notice").asText()).isNotBlank();
  }

  @Test
  void badParametersGetA400WithAMessageAndNoStackTrace() throws Exception {
    HttpResponse<String> api = get("/api/search?page=abc");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(mapper.readTree(api.body()).at("/error/message").asText()).contains("page");
    HttpResponse<String> deep = get("/api/search?page=600");
    assertThat(deep.statusCode()).isEqualTo(400);
    assertThat(mapper.readTree(deep.body()).at("/error/message").asText())
        .contains("first 10000");
    HttpResponse<String> page = get("/search?from=yesterday");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("from must be a year").doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  @Test
  void unknownRecordsAndPathsAre404() throws Exception {
    assertThat(get("/records/no-such-record").statusCode()).isEqualTo(404);
    // Jetty itself refuses an encoded path traversal before any route sees it.
    assertThat(get("/records/..%2F..%2Fetc").statusCode()).isBetween(400, 404);
    HttpResponse<String> api = get("/api/records/no-such-record");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(mapper.readTree(api.body()).at("/error/status").asInt()).isEqualTo(404);
    assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
  }

  @Test
  void draftRecordsLeakThroughNoDoor() throws Exception {
    assertThat(json("/api/search?q=zanzibarite").get("total").asLong()).isZero();
    assertThat(get("/search?q=zanzibarite").body()).doesNotContain("Zanzibar question");
    assertThat(get("/records/hidden-draft").statusCode()).isEqualTo(404);
    assertThat(get("/api/records/hidden-draft").statusCode()).isEqualTo(404);
    long all = json("/api/search").get("total").asLong();
    assertThat(json("/api/health").get("records").asLong()).isEqualTo(all);
    assertThat(get("/").body()).doesNotContain("Zanzibar");
  }

  @Test
  void scriptInATranscriptIsShownNotRun() throws Exception {
    HttpResponse<String> page = get("/records/hostile-transcript");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'");
    JsonNode hits = json("/api/search?q=owned").get("hits");
    assertThat(hits.toString()).doesNotContain("<script>");
  }

  @Test
  void homePageListsCollectionsDecadesAndRecentRecords() throws Exception {
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Foreign Relations of the United States").contains("1950s")
        .contains("/records/");
  }
}
