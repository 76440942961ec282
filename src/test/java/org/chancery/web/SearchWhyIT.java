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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The search page and the API say which other forms a search covered and why a hit matched. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchWhyIT {

  @TempDir
  static Path dir;

  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() {
    archive = Archive.open(ChanceryConfig.defaults(dir));
    archive.loadDemo(Progress.NONE);
    server = new WebServer(archive).start("localhost", 0);
  }

  @AfterAll
  void stop() {
    server.close();
    archive.close();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void apiGivesWhyPerHitAndWhatElseWasSearched() throws Exception {
    JsonNode body = new ObjectMapper().readTree(get("/api/search?q=" + enc("Munsan")));
    assertThat(body.get("expanded").get(0).asText()).contains("Bunsan")
        .endsWith("(forms of Munsan)");
    boolean explained = false;
    for (JsonNode hit : body.get("hits")) {
      for (JsonNode why : hit.get("why")) {
        explained |= why.asText().equals("matched Bunsan — Japanese reading of Munsan");
      }
    }
    assertThat(explained).isTrue();
  }

  @Test
  void pageShowsWhyUnderTheHit() throws Exception {
    String page = get("/search?q=" + enc("Stalin"));
    assertThat(page).contains("class=\"why\"")
        .contains("matched Filippov — cover name of Joseph Stalin, 1949–1953")
        .contains("Also searched:");
  }
}
