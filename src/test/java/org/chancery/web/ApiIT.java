package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.web.DemoServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chancery.record.PublicationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API as a client sees it: cursor paging, caching, CORS and error bodies. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {

  @TempDir
  static Path dir;

  private DemoServer demo;

  @BeforeAll
  void start() {
    demo = new DemoServer(dir);
  }

  @AfterAll
  void stop() {
    demo.close();
  }

  /** Follows {@code next} from {@code first}, checking the Link header says the same. */
  private List<JsonNode> walk(String first, String listField) throws Exception {
    List<JsonNode> items = new ArrayList<>();
    String path = first;
    int pages = 0;
    while (path != null) {
      HttpResponse<String> r = demo.get(path);
      assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
      JsonNode body = demo.parse(r.body());
      body.get(listField).forEach(items::add);
      path = body.get("next").isNull() ? null : body.get("next").asText();
      assertThat(r.headers().firstValue("Link")).isEqualTo(path == null ? java.util.Optional.empty()
          : java.util.Optional.of("<" + demo.base() + path + ">; rel=\"next\""));
      assertThat(++pages).as("pages of " + first).isLessThan(200);
    }
    return items;
  }

  private static List<String> ids(List<JsonNode> items) {
    return items.stream().map(n -> n.get("id").asText()).toList();
  }

  @Test
  void recordListingResumesWithTheCursorUntilEveryPublishedRecordIsSeenOnce() throws Exception {
    long published = demo.json("/api/health").get("records").asLong();
    List<JsonNode> all = walk("/api/records?limit=7", "records");
    assertThat(ids(all)).doesNotHaveDuplicates().hasSize((int) published)
        .doesNotContain(DemoServer.DRAFT_ID).contains("seed", "hostile-transcript");
    assertThat(demo.json("/api/records?limit=7").get("total").asLong()).isEqualTo(published);
    // save order: each record saved no earlier than the one before it
    List<Instant> saved = all.stream().map(n -> Instant.parse(n.get("updated").asText())).toList();
    assertThat(saved).isSorted();
  }

  @Test
  void recordListingSinceAMomentListsOnlyWhatWasSavedFromThen() throws Exception {
    String hostileSaved = demo.json("/api/records/hostile-transcript").get("updated").asText();
    List<JsonNode> since = walk("/api/records?limit=2&since=" + enc(hostileSaved), "records");
    assertThat(ids(since)).contains("hostile-transcript");
    since.forEach(n -> assertThat(Instant.parse(n.get("updated").asText()))
        .isAfterOrEqualTo(Instant.parse(hostileSaved)));
    JsonNode future = demo.json("/api/records?since=2999-01-01");
    assertThat(future.get("total").asLong()).isZero();
    assertThat(future.get("records")).isEmpty();
    assertThat(future.get("next").isNull()).isTrue();
    assertError(demo.get("/api/records?since=yesterday"), 400, "bad_parameter", "since");
  }

  @Test
  void searchCursorWalksEveryHitOnceInTheOrderOfPageNumbers() throws Exception {
    for (String sort : new String[] {"relevance", "date", "-date"}) {
      String query = "q=" + enc("China") + "&sort=" + enc(sort);
      long total = demo.json("/api/search?" + query).get("total").asLong();
      assertThat(total).as(sort).isGreaterThan(9);
      List<String> byCursor = ids(walk("/api/search?" + query + "&limit=4", "hits"));
      List<String> byPage = new ArrayList<>();
      for (int page = 1; byPage.size() < total; page++) {
        demo.json("/api/search?" + query + "&size=4&page=" + page).get("hits")
            .forEach(h -> byPage.add(h.get("id").asText()));
      }
      assertThat(byCursor).as(sort).doesNotHaveDuplicates().hasSize((int) total)
          .containsExactlyElementsOf(byPage);
    }
  }

  @Test
  void aGarbledOrForeignCursorIsA400NamingTheCursor() throws Exception {
    assertError(demo.get("/api/search?cursor=not-a-cursor"), 400, "bad_parameter", "cursor");
    assertError(demo.get("/api/records?cursor=%21%21"), 400, "bad_parameter", "cursor");
    String recordsNext = demo.json("/api/records?limit=2").get("next").asText();
    String recordCursor = recordsNext.substring(recordsNext.indexOf("cursor=") + 7);
    assertError(demo.get("/api/search?cursor=" + recordCursor), 400, "bad_parameter", "cursor");
    String searchNext = demo.json("/api/search?q=China&limit=2").get("next").asText();
    String searchCursor = searchNext.substring(searchNext.indexOf("cursor=") + 7);
    // a cursor of one search does not continue another
    assertError(demo.get("/api/search?q=Korea&cursor=" + searchCursor), 400, "bad_parameter",
        "cursor");
    // a cursor cut short, as a careless copy would
    assertError(demo.get("/api/search?q=China&cursor=" + searchCursor.substring(0,
        searchCursor.length() - 5)), 400, "bad_parameter", "cursor");
    assertError(demo.get("/api/search?q=China&page=2&cursor=" + searchCursor), 400,
        "bad_parameter", "cursor");
  }

  @Test
  void aLimitOutsideOneToAHundredIsA400NamingTheLimit() throws Exception {
    for (String path : new String[] {"/api/records", "/api/search"}) {
      for (String bad : new String[] {"0", "101", "ten"}) {
        HttpResponse<String> r = demo.get(path + "?limit=" + bad);
        assertError(r, 400, "bad_parameter", "limit");
        assertThat(demo.parse(r.body()).at("/error/message").asText()).contains("limit");
      }
      assertThat(demo.json(path + "?limit=100").get("limit").asInt()).isEqualTo(100);
      assertThat(demo.json(path).get("limit").asInt()).isEqualTo(20);
    }
  }

  @Test
  void readsCarryAnETagAndAnswer304WithoutABodyWhileItHolds() throws Exception {
    for (String path : new String[] {"/api/records/seed", "/api/search?q=Stalin",
        "/api/records?limit=3", "/api/collections", "/api/authorities/stalin",
        "/api/openapi.json"}) {
      HttpResponse<String> first = demo.get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).as(path).matches("W/\"[A-Za-z0-9_-]+\"");
      assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public");
      HttpResponse<String> again = demo.send(demo.request(path).header("If-None-Match", etag));
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(again.headers().firstValue("ETag")).contains(etag);
      HttpResponse<String> other = demo.send(demo.request(path)
          .header("If-None-Match", "W/\"something-else\""));
      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(other.body()).isEqualTo(first.body());
    }
    assertThat(demo.get("/api/records/seed").headers().firstValue("Cache-Control"))
        .contains("public, max-age=300");
    assertThat(demo.get("/api/search").headers().firstValue("Cache-Control"))
        .contains("public, max-age=60");
  }

  @Test
  void aRecordsETagChangesWhenTheRecordIsSavedWithNewContent() throws Exception {
    String before = demo.get("/api/records/etag-probe").statusCode() == 404 ? null : "exists";
    assertThat(before).isNull();
    demo.archive.ingest("etag-probe.txt", WebServerIT.seedLayout("Probe", "First wording."),
        PublicationState.PUBLISHED);
    String first = demo.get("/api/records/etag-probe").headers().firstValue("ETag").orElseThrow();
    demo.archive.ingest("etag-probe.txt", WebServerIT.seedLayout("Probe", "Second wording."),
        PublicationState.PUBLISHED);
    HttpResponse<String> changed = demo.send(demo.request("/api/records/etag-probe")
        .header("If-None-Match", first));
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("Second wording.");
    assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(
        java.util.Optional.of(first));
  }

  @Test
  void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
    HttpResponse<String> get = demo.get("/api/records/seed");
    HttpResponse<String> head = demo.send(demo.request("/api/records/seed")
        .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    assertThat(demo.send(demo.request("/api/records/no-such-record")
        .method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
  }

  @Test
  void anyOriginMayReadButNoOriginMayEdit() throws Exception {
    HttpResponse<String> read = demo.send(demo.request("/api/search?q=Stalin")
        .header("Origin", "https://elsewhere.example"));
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("ETag").contains("Link");
    // an error too, so a script on another site can read its message
    HttpResponse<String> missing = demo.send(demo.request("/api/records/no-such-record")
        .header("Origin", "https://elsewhere.example"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    HttpResponse<String> preflight = demo.send(demo.request("/api/records/seed")
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "if-none-match")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("GET").doesNotContain("POST");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .containsIgnoringCase("If-None-Match");

    HttpResponse<String> editPreflight = demo.send(demo.request("/api/authorities/stalin/merge")
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(editPreflight.headers().map().keySet())
        .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"));
    HttpResponse<String> edit = demo.send(demo.request("/api/authorities/stalin/merge")
        .header("Origin", "https://elsewhere.example")
        .header("Authorization", "Bearer " + DemoServer.TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"from\": \"no-such-authority\"}")));
    assertThat(edit.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(edit.headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void everyApiErrorHasTheSameBodyAndNeverATrace() throws Exception {
    assertError(demo.get("/api/records/no-such-record"), 404, "not_found", null);
    assertError(demo.get("/api/records/" + DemoServer.DRAFT_ID), 404, "not_found", null);
    assertError(demo.get("/api/no/such/route"), 404, "not_found", null);
    assertError(demo.get("/api/collections/no-such-collection"), 404, "not_found", null);
    assertError(demo.post("/api/records", null, "{}"), 405, "method_not_allowed", null);
    assertError(demo.get("/api/authorities/stalin/merge"), 405, "method_not_allowed", null);
    assertError(demo.get("/api/search?sort=sideways"), 400, "bad_parameter", "sort");
    assertError(demo.get("/api/search?from=yesterday"), 400, "bad_parameter", "from");
    assertError(demo.get("/api/authorities?kind=alien"), 400, "bad_parameter", "kind");
    assertError(demo.post("/api/authorities/stalin/merge", null, "{}"), 401, "unauthorized",
        null);
    assertError(demo.post("/api/authorities/stalin/merge", DemoServer.TOKEN, "{oops"), 400,
        "bad_request", null);
    assertError(demo.post("/api/authorities/panmunjom/merge", DemoServer.TOKEN,
        "{\"from\": \"stalin\"}"), 409, "conflict", null);
  }

  @Test
  void collectionsListOnlyThoseWithPublishedRecordsWithTheirCounts() throws Exception {
    JsonNode list = demo.json("/api/collections");
    assertThat(list.get("collections")).isNotEmpty();
    assertThat(list.get("total").asInt()).isEqualTo(list.get("collections").size());
    for (JsonNode c : list.get("collections")) {
      String id = c.get("id").asText();
      long searched = demo.json(c.get("search").asText()).get("total").asLong();
      assertThat(c.get("records").asLong()).as(id).isEqualTo(searched).isPositive();
      assertThat(demo.json(c.get("url").asText())).isEqualTo(c);
    }
    Function<JsonNode, String> title = c -> c.get("title").asText();
    assertThat(list.get("collections")).extracting(title)
        .anyMatch(t -> t.startsWith("Foreign Relations of the United States"));
  }

  private void assertError(HttpResponse<String> r, int status, String code, String parameter)
      throws Exception {
    String what = r.request().method() + " " + r.request().uri() + ": " + r.body();
    assertThat(r.statusCode()).as(what).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what)
        .startsWith("application/json");
    assertThat(r.headers().firstValue("Cache-Control")).as(what).contains("no-store");
    assertThat(r.body()).as(what).doesNotContain("Exception").doesNotContain("at org.");
    JsonNode e = demo.parse(r.body()).get("error");
    assertThat(e.get("status").asInt()).as(what).isEqualTo(status);
    assertThat(e.get("code").asText()).as(what).isEqualTo(code);
    assertThat(e.get("message").asText()).as(what).isNotBlank();
    if (parameter == null) {
      assertThat(e.has("parameter")).as(what).isFalse();
    } else {
      assertThat(e.get("parameter").asText()).as(what).isEqualTo(parameter);
    }
  }
}
