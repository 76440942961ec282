package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.IngestReport;
import org.chancery.archive.Progress;
import org.chancery.export.TeiSchema;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Exports and sitemaps over HTTP, on the real server with the demo collection, a draft
 * and a published record full of hostile text. Every download is read back by a real
 * reader: Commons CSV, Jing (TEI), ingest (JSON Lines), the sitemaps.org XSDs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT {

  private static final String TEI = "http://www.tei-c.org/ns/1.0";
  /** In the texts of the draft and the withdrawn record only. */
  private static final String DRAFT_WORD = "zanzibarite";

  @TempDir
  static Path dir;

  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private Set<String> published;
  private List<String> hidden;
  private String hostileId;

  @BeforeAll
  void start() {
    archive = Archive.open(ChanceryConfig.defaults(dir.resolve("source")));
    archive.loadDemo(Progress.NONE);
    IngestReport draft = archive.ingest("hidden-draft.txt", WebServerIT.seedLayout(
        "A draft about the Zanzibar question", "Nothing here should leak: " + DRAFT_WORD + "."),
        PublicationState.DRAFT);
    IngestReport withdrawn = archive.ingest("withdrawn.txt", WebServerIT.seedLayout(
        "A withdrawn letter", "Taken down at the donor's request: " + DRAFT_WORD + "."),
        PublicationState.WITHDRAWN);
    assertThat(withdrawn.refused()).isFalse();
    IngestReport hostile = archive.ingest("hostile-export.txt", WebServerIT.seedLayout(
        "=cmd|' /C calc'!A0, \"quoted\" <script>alert(1)</script> & co",
        "<script>alert('owned')</script> & \"quotes\", commas\u0007 and [an insertion]"),
        PublicationState.PUBLISHED);
    assertThat(draft.refused()).isFalse();
    assertThat(hostile.refused()).isFalse();
    published = new HashSet<>();
    hidden = new ArrayList<>();
    archive.catalogue().forEach(r -> {
      if (r.state().isPublic()) {
        published.add(r.id().value());
      } else {
        hidden.add(r.id().value());
      }
      if (r.title().startsWith("=cmd")) {
        hostileId = r.id().value();
      }
    });
    assertThat(hidden).hasSize(2);
    assertThat(hostileId).isNotNull();
    server = new WebServer(archive).start("localhost", 0);
  }

  @AfterAll
  void stop() {
    server.close();
    archive.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String base() {
    return "http://localhost:" + server.port();
  }

  private HttpResponse<String> download(String path, String mediaType, String fileName)
      throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"" + fileName + "\"");
    return r;
  }

  @Test
  void csvExportHasOneRowPerPublishedRecordAndNoDraft() throws Exception {
    String body = download("/api/export?format=csv", "text/csv", "chancery-records.csv").body();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(body)).getRecords();
    Set<String> ids = new HashSet<>();
    rows.forEach(row -> ids.add(row.get("id")));
    assertThat(rows).hasSize(published.size());
    assertThat(ids).isEqualTo(published).doesNotContainAnyElementsOf(hidden);
    assertThat(body).doesNotContain(DRAFT_WORD);
    CSVRecord hostile = rows.stream().filter(r -> r.get("id").equals(hostileId)).findFirst()
        .orElseThrow();
    assertThat(hostile.get("title"))
        .isEqualTo("'=cmd|' /C calc'!A0, \"quoted\" <script>alert(1)</script> & co");
    assertThat(hostile.get("permalink")).isEqualTo(base() + "/records/" + hostileId);
    CSVRecord seed = rows.stream().filter(r -> r.get("title").startsWith("Cable No. 25025"))
        .findFirst().orElseThrow();
    assertThat(seed.get("date")).isEqualTo("1951-10-18");
  }

  @Test
  void teiExportIsAValidCorpusOfThePublishedRecords() throws Exception {
    String body = download("/api/export?format=tei", "application/tei+xml",
        "chancery-records.xml").body();
    assertThat(TeiSchema.errors(body)).isEmpty();
    Document d = parse(body);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("teiCorpus");
    assertThat(d.getElementsByTagNameNS(TEI, "TEI").getLength()).isEqualTo(published.size());
    assertThat(body).doesNotContain(DRAFT_WORD).doesNotContain("<script>")
        .doesNotContain("\u0007").contains("&lt;script>alert('owned')&lt;/script> &amp; \"quotes\"");
  }

  @Test
  void jsonLinesDownloadIngestsIntoAnEmptyArchiveAndExportsTheSameBytes() throws Exception {
    String first = download("/api/export?format=jsonl", "application/x-ndjson",
        "chancery-records.jsonl").body();
    assertThat(first).doesNotContain(DRAFT_WORD);
    Path file = dir.resolve("download.jsonl");
    Files.writeString(file, first, StandardCharsets.UTF_8);
    try (Archive copy = Archive.open(ChanceryConfig.defaults(dir.resolve("copy")));
         WebServer copyServer = new WebServer(copy).start("localhost", 0)) {
      List<IngestReport> r = copy.ingest(List.of(file), PublicationState.DRAFT, Progress.NONE);
      assertThat(r.get(0).refused()).as("%s", r.get(0).problems()).isFalse();
      assertThat(copy.catalogue().countPublished()).isEqualTo(published.size());
      HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(
          "http://localhost:" + copyServer.port() + "/api/export?format=jsonl")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(again.body()).isEqualTo(first);
    }
  }

  @Test
  void plainTextExportSeparatesEveryPublishedRecordWithAFormFeed() throws Exception {
    String body = download("/api/export?format=txt", "text/plain", "chancery-records.txt")
        .body();
    assertThat(body.split("\f\n", -1)).hasSize(published.size());
    assertThat(body).doesNotContain(DRAFT_WORD).doesNotContain("\u0007")
        .contains("<script>alert('owned')</script>");
  }

  @Test
  void oneRecordDownloadsInEachFormat() throws Exception {
    String path = "/api/records/" + hostileId + "/export?format=";
    String tei = download(path + "tei", "application/tei+xml", hostileId + ".tei.xml").body();
    assertThat(TeiSchema.errors(tei)).isEmpty();
    assertThat(parse(tei).getDocumentElement().getLocalName()).isEqualTo("TEI");
    assertThat(parse(tei).getElementsByTagNameNS(TEI, "supplied").item(0).getTextContent())
        .isEqualTo("an insertion");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(download(path + "csv", "text/csv", hostileId + ".csv")
            .body())).getRecords();
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("id")).isEqualTo(hostileId));
    String jsonl = download(path + "jsonl", "application/x-ndjson", hostileId + ".jsonl").body();
    assertThat(jsonl.lines()).singleElement().asString().startsWith("{\"record\":");
    ArchivalRecord back = archive.json().read(
        archive.json().mapper().readTree(jsonl).get("record").toString());
    assertThat(back.title()).isEqualTo(archive.publicRecord(hostileId).orElseThrow().title());
    assertThat(download(path + "txt", "text/plain", hostileId + ".txt").body())
        .startsWith("=cmd|' /C calc'!A0");
  }

  @Test
  void draftsWithdrawnAndUnknownRecordsAndUnknownFormatsAreRefusedWithAClearMessage() throws Exception {
    for (String id : hidden) {
      HttpResponse<String> r = get("/api/records/" + id + "/export?format=tei");
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).doesNotContain(DRAFT_WORD).contains("no published record");
    }
    assertThat(get("/api/records/no-such-record/export?format=csv").statusCode()).isEqualTo(404);
    HttpResponse<String> pdf = get("/api/export?format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(400);
    assertThat(pdf.body()).contains("Unknown export format 'pdf'").contains("jsonl, csv, tei, txt");
    HttpResponse<String> none = get("/api/records/" + hostileId + "/export");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("format=jsonl");
  }

  @Test
  void sitemapIndexAndPagesValidateAndListEveryPublishedRecordOnce() throws Exception {
    HttpResponse<String> index = get("/sitemap.xml");
    assertThat(index.statusCode()).isEqualTo(200);
    validate("sitemaps/siteindex.xsd", index.body());
    List<String> locs = locs(index.body());
    assertThat(locs).containsExactly(base() + "/sitemaps/pages.xml",
        base() + "/sitemaps/records-1.xml");
    String records = get("/sitemaps/records-1.xml").body();
    validate("sitemaps/sitemap.xsd", records);
    List<String> urls = locs(records);
    Set<String> expected = new HashSet<>();
    published.forEach(id -> expected.add(base() + "/records/" + id));
    assertThat(urls).hasSize(published.size());
    assertThat(new HashSet<>(urls)).isEqualTo(expected);
    hidden.forEach(id -> assertThat(records).doesNotContain("/records/" + id + "<"));
    assertThat(records).containsPattern("<lastmod>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z</lastmod>");
    String pages = get("/sitemaps/pages.xml").body();
    validate("sitemaps/sitemap.xsd", pages);
    assertThat(locs(pages)).contains(base() + "/", base() + "/authorities",
        base() + "/authorities/stalin");
    assertThat(get("/sitemaps/records-2.xml").statusCode()).isEqualTo(404);
    assertThat(get("/sitemaps/records-0.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void robotsTxtNamesTheSitemap() throws Exception {
    HttpResponse<String> robots = get("/robots.txt");
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(robots.body()).contains("Sitemap: " + base() + "/sitemap.xml\n")
        .contains("User-agent: *");
  }

  private static List<String> locs(String xml) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static void validate(String xsd, String xml) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.newSchema(ExportIT.class.getResource("/" + xsd)).newValidator()
        .validate(new StreamSource(new StringReader(xml)));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(
        xml.getBytes(StandardCharsets.UTF_8)));
  }
}
