package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.IngestReport;
import org.chancery.archive.Progress;
import org.chancery.ingest.JsonLines;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.Rights;
import org.chancery.record.Text;

/**
 * The demo archive on a real server, with three more records for the citation tests: a
 * translated telegram signed with a cover name and approximately dated, a record whose
 * title holds every character citation formats and HTML must escape, and a draft.
 */
final class CitationServer implements AutoCloseable {

  static final String COVER = "cite-filippov";
  static final String SPECIAL = "cite-special";
  static final String DRAFT = "cite-draft";
  static final String SPECIAL_TITLE = "Telegram & {draft} 100% $5 #2 a_b ~ \\ — Сталину, café "
      + "</script><script>alert(1)</script> <!-- x";

  final Archive archive;
  final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  CitationServer(Path dir) {
    archive = Archive.open(ChanceryConfig.defaults(dir));
    archive.loadDemo(Progress.NONE);
    ingest(PublicationState.PUBLISHED, coverNamed(), special());
    ingest(PublicationState.DRAFT, ArchivalRecord.builder(new RecordId(DRAFT))
        .title("A draft nobody may cite").date(EdtfDate.parse("1952-03-03")).build());
    server = new WebServer(archive).start("localhost", 0);
  }

  // Stalin's reply to Mao, signed with his cover name, as the Wilson Center translates it.
  private static ArchivalRecord coverNamed() {
    return ArchivalRecord.builder(new RecordId(COVER))
        .title("Ciphered Telegram, Filippov [Stalin] to Mao Zedong")
        .date(EdtfDate.parse("1951-10~")).type("Ciphered Telegram").language("en")
        .author(new NameRef("Joseph Stalin", "Filippov", "stalin"))
        .recipient(new NameRef("Mao Zedong", "Mao Zedong", "mao-zedong"))
        .text(new Text(Text.Kind.TRANSLATION, "en", "Comrade Mao Zedong! We agree.",
            "Danny Rozas", null))
        .text(new Text(Text.Kind.ORIGINAL, "ru", "Товарищу Мао Цзэдуну! Мы согласны.", null,
            null))
        .rights(new Rights("Reuse for research and education", Rights.IN_COPYRIGHT_EDUCATIONAL))
        .build();
  }

  private static ArchivalRecord special() {
    return ArchivalRecord.builder(new RecordId(SPECIAL)).title(SPECIAL_TITLE)
        .date(EdtfDate.parse("1951-10?")).type("Telegram").language("ru")
        .author(NameRef.of("Department of State")).author(NameRef.of("Robert C. Strong"))
        .collection("frus1951v07p2")
        .build();
  }

  private void ingest(PublicationState state, ArchivalRecord... records) {
    StringWriter out = new StringWriter();
    try {
      // JSON Lines records keep the state they carry.
      JsonLines.write(out, archive.json(), List.of(), List.of(),
          java.util.Arrays.stream(records).map(r -> r.withState(state)).toList());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    IngestReport report = archive.ingest("cite.jsonl", out.toString()
        .getBytes(StandardCharsets.UTF_8), state);
    assertThat(report.refused()).as(report.toString()).isFalse();
  }

  String base() {
    return "http://localhost:" + server.port();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return mapper.readTree(r.body());
  }

  /** The authority's JSON, for the names a citation must split the same way. */
  JsonNode authority(String id) throws Exception {
    return json("/api/authorities/" + id).get("authority");
  }

  @Override
  public void close() {
    server.close();
    archive.close();
  }
}
