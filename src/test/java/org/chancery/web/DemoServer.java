package org.chancery.web;

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

/**
 * The demo archive on a real server (port 0) for the API tests: the demo collection, a
 * draft that must never show, a published record whose text is hostile markup, and an
 * edit token. Requests go through the JDK's HTTP client.
 */
final class DemoServer implements AutoCloseable {

  static final String TOKEN = "an-api-test-token-long-enough";
  static final String DRAFT_ID = "hidden-draft";

  final Archive archive;
  final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  DemoServer(Path dir) {
    archive = Archive.open(ChanceryConfig.defaults(dir).withEditToken(TOKEN));
    archive.loadDemo(Progress.NONE);
    archive.ingest(DRAFT_ID + ".txt", WebServerIT.seedLayout("A draft about the Zanzibar "
        + "question", "Nothing here should leak: zanzibarite."), PublicationState.DRAFT);
    archive.ingest("hostile-transcript.txt", WebServerIT.seedLayout("Letter with <b>markup</b> "
        + "& \"quotes\"", "<script>alert('owned')</script> and [brackets]"),
        PublicationState.PUBLISHED);
    server = new WebServer(archive).start("localhost", 0);
  }

  String base() {
    return "http://localhost:" + server.port();
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path));
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(request(path));
  }

  HttpResponse<String> post(String path, String token, String body) throws Exception {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return mapper.readTree(r.body());
  }

  JsonNode parse(String body) throws Exception {
    return mapper.readTree(body);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
    archive.close();
  }
}
