package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.web.DemoServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description at /api/openapi.json: valid by swagger-parser (the npm
 * validator, run by Node over HTTP), covering every /api operation, and true of the live
 * answers of the demo server (every body validated against its documented schema by a
 * JSON Schema validator).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {

  /** Every /api operation the archive has, including those other features add. */
  static final List<String> OPERATIONS = List.of(
      "GET /api/health", "GET /api/openapi.json",
      "GET /api/records", "GET /api/records/{id}", "GET /api/search",
      "GET /api/collections", "GET /api/collections/{id}",
      "GET /api/authorities", "GET /api/authorities/{id}", "GET /api/authorities/{id}/network",
      "GET /api/authorities/{id}/map", "GET /api/authorities/{id}/history",
      "POST /api/authorities/{id}/variants", "POST /api/authorities/{id}/merge",
      "POST /api/authorities/{id}/split",
      "GET /api/records/{id}/citation", "GET /api/records/{id}/export", "GET /api/export");

  @TempDir
  static Path dir;

  private DemoServer demo;
  private OpenApiContract contract;

  @BeforeAll
  void start() throws Exception {
    demo = new DemoServer(dir);
    contract = new OpenApiContract(demo.json("/api/openapi.json"));
  }

  @AfterAll
  void stop() {
    demo.close();
  }

  @Test
  void swaggerParserValidatesTheServedDocument() throws Exception {
    File script = new File("target/node-tools/openapi-validate.cjs");
    assertThat(script).as("installed by scripts/ensure-node-tools").exists();
    Process p = new ProcessBuilder("node", script.getPath(), demo.base() + "/api/openapi.json")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    JsonNode report = demo.parse(out);
    assertThat(report.get("valid").asBoolean()).as(out).isTrue();
    assertThat(report.get("openapi").asText()).startsWith("3.1");
    assertThat(report.get("server").asText()).isEqualTo(demo.base());
    List<String> operations = new ArrayList<>();
    report.get("operations").forEach(o -> operations.add(o.asText()));
    assertThat(operations).containsExactlyInAnyOrderElementsOf(OPERATIONS);
  }

  @Test
  void everyLiveAnswerMatchesItsDocumentedSchema() throws Exception {
    String next = demo.json("/api/records?limit=5").get("next").asText();
    String searchNext = demo.json("/api/search?q=China&limit=3").get("next").asText();
    List<String> gets = List.of(
        "/api/health", "/api/openapi.json",
        "/api/records", "/api/records?limit=5", next, "/api/records?since=2999-01-01",
        "/api/records?limit=0", "/api/records?limit=101", "/api/records?cursor=garbled",
        "/api/records?since=yesterday",
        "/api/records/seed", "/api/records/hostile-transcript", "/api/records/frus1951v07p2-d1",
        "/api/records/no-such-record", "/api/records/" + DemoServer.DRAFT_ID,
        "/api/search", "/api/search?q=" + enc("neutral zone"), searchNext,
        "/api/search?q=Stalin&sort=-date&limit=2", "/api/search?q=" + enc("\"unbalanced"),
        "/api/search?type=Telegram&decade=1950s&page=2&size=5", "/api/search?q=owned",
        "/api/search?authority=stalin&from=1951&to=1955-06", "/api/search?q=zanzibarite",
        "/api/search?limit=0", "/api/search?cursor=garbled", "/api/search?sort=sideways",
        "/api/search?page=600",
        "/api/collections", "/api/collections/frus1951v07p2", "/api/collections/nothing",
        "/api/authorities", "/api/authorities?kind=place&q=Bei", "/api/authorities?kind=alien",
        "/api/authorities/stalin", "/api/authorities/beijing", "/api/authorities/nobody-at-all",
        "/api/authorities/stalin/network", "/api/authorities/beijing/map",
        "/api/authorities/stalin/history", "/api/authorities/nobody-at-all/history");
    int checked = 0;
    for (String path : gets) {
      HttpResponse<String> r = demo.get(path);
      check("GET", path, r);
      checked++;
    }
    String[][] posts = {
        {"/api/authorities/stalin/merge", null, "{}"},
        {"/api/authorities/stalin/merge", DemoServer.TOKEN, "{oops"},
        {"/api/authorities/stalin/merge", DemoServer.TOKEN, "{\"from\": \"nobody-at-all\"}"},
        {"/api/authorities/panmunjom/merge", DemoServer.TOKEN, "{\"from\": \"stalin\"}"},
        {"/api/authorities/stalin/variants", DemoServer.TOKEN, "{\"form\": \"Filippov\"}"},
        {"/api/authorities/beijing/variants", DemoServer.TOKEN,
            "{\"form\": \"Peiping (contract test)\", \"kind\": \"OTHER\"}"},
        {"/api/authorities/stalin/split", DemoServer.TOKEN, "{\"id\": \"x\"}"},
    };
    for (String[] p : posts) {
      check("POST", p[0], demo.post(p[0], p[1], p[2]));
      checked++;
    }
    // no operation describes a wrong method or an unknown path: their bodies are Errors too
    HttpResponse<String> wrongMethod = demo.post("/api/records/seed", null, "{}");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(contract.errors(contract.schema("Error"), demo.parse(wrongMethod.body())))
        .isEmpty();
    HttpResponse<String> unknown = demo.get("/api/no/such/route");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(contract.errors(contract.schema("Error"), demo.parse(unknown.body()))).isEmpty();
    assertThat(checked).isGreaterThan(45);
  }

  @Test
  void citationAndExportDownloadsAnswerWithADocumentedStatusAndMediaType() throws Exception {
    List<String> gets = List.of(
        "/api/records/seed/citation?format=bibtex", "/api/records/seed/citation?format=ris",
        "/api/records/seed/citation?format=csl-json", "/api/records/seed/citation?format=mla",
        "/api/records/seed/citation?format=pdf", "/api/records/seed/citation",
        "/api/records/no-such-record/citation?format=ris",
        "/api/records/" + DemoServer.DRAFT_ID + "/citation?format=ris",
        "/api/records/seed/export?format=tei", "/api/records/seed/export?format=csv",
        "/api/records/seed/export?format=jsonl", "/api/records/seed/export?format=txt",
        "/api/records/seed/export?format=pdf", "/api/records/no-such-record/export?format=csv",
        "/api/export?format=csv", "/api/export?format=jsonl", "/api/export");
    for (String path : gets) {
      HttpResponse<String> r = demo.get(path);
      String what = "GET " + path + " -> " + r.statusCode();
      assertThat(contract.template(path)).as(what).isPresent();
      String media = r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "")
          .strip();
      JsonNode documented = contract.response("GET", path, r.statusCode()).path("content");
      assertThat(documented.has(media)).as(what + " answered " + media + ", documented: "
          + documented).isTrue();
      if (media.equals("application/json")) {
        assertThat(contract.errors("GET", path, r.statusCode(), demo.parse(r.body())))
            .as(what).isEmpty();
      }
    }
  }

  @Test
  void everyOperationDocumentsItsErrorBodyAndA304HasNone() throws Exception {
    HttpResponse<String> r = demo.get("/api/records/seed");
    String etag = r.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> notModified = demo.send(demo.request("/api/records/seed")
        .header("If-None-Match", etag));
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(contract.response("GET", "/api/records/seed", 304).has("content")).isFalse();
    for (String op : OPERATIONS) {
      String method = op.substring(0, op.indexOf(' '));
      String path = op.substring(op.indexOf(' ') + 1).replace("{id}", "x");
      assertThat(contract.response(method, path, 599).at("/content/application~1json/schema")
          .isMissingNode()).as(op + " documents its error body").isFalse();
    }
  }

  @Test
  void anAnswerThatDriftsFromTheDocumentFailsTheCheck() throws Exception {
    ObjectNode record = (ObjectNode) demo.json("/api/records/seed");
    assertThat(contract.errors("GET", "/api/records/seed", 200, record)).isEmpty();
    ObjectNode noTitle = record.deepCopy();
    noTitle.remove("title");
    assertThat(contract.errors("GET", "/api/records/seed", 200, noTitle)).isNotEmpty();
    ObjectNode renamed = record.deepCopy();
    renamed.set("savedAt", renamed.remove("updated"));
    assertThat(contract.errors("GET", "/api/records/seed", 200, renamed)).isNotEmpty();
    ObjectNode search = (ObjectNode) demo.json("/api/search?q=Stalin");
    search.put("total", "many");
    assertThat(contract.errors("GET", "/api/search", 200, search)).isNotEmpty();
    ObjectNode error = (ObjectNode) demo.parse(demo.get("/api/records/nothing").body());
    ((ObjectNode) error.get("error")).put("code", "gone_fishing");
    assertThat(contract.errors("GET", "/api/records/nothing", 404, error)).isNotEmpty();
  }

  private void check(String method, String path, HttpResponse<String> r) throws Exception {
    String what = method + " " + path + " -> " + r.statusCode() + ": "
        + r.body().substring(0, Math.min(300, r.body().length()));
    assertThat(contract.template(path)).as(what).isPresent();
    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what)
        .startsWith("application/json");
    if (r.statusCode() == 200 && method.equals("GET")) {
      assertThat(r.headers().firstValue("ETag")).as(what).isPresent();
      assertThat(contract.response(method, path, 200).path("headers").has("ETag")).as(what)
          .isTrue();
    }
    if (r.statusCode() < 500) {
      assertThat(contract.response(method, path, r.statusCode()).path("content").isMissingNode())
          .as(what).isFalse();
    }
    List<String> errors = contract.errors(method, path, r.statusCode(), demo.parse(r.body()));
    assertThat(errors).as(what).isEmpty();
  }

}
