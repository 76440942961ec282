package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our BibTeX, RIS and CSL-JSON downloads, fetched over HTTP and read back by citation-js
 * (the reader behind many reference tools), give back the record: title, authors (split
 * or kept whole), date parts, archive, URL, language and identifier all equal what
 * {@code /api/records/{id}} says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitationRoundTripIT {

  /**
   * Records with different traits: the seed (a cable to a cover name, exact date), a FRUS
   * telegram (an unlinked surname), a memorandum of a conversation with several
   * participants and no author, an organisation as author, a person linked to an
   * authority whose preferred name is inverted, a range of years, an undated note, a
   * telegram signed with a cover name and approximately dated, and a title full of
   * special characters with an uncertain date and two authors.
   */
  static List<String> records() {
    return List.of("seed", "frus1951v07p2-d4", "frus1955-57v03-d5", "frus1951v07p2-d2",
        "frus1955-57v03-d1", "frus1955-57v03-d3", "frus1951v07p2-d31", CitationServer.COVER,
        CitationServer.SPECIAL);
  }

  @TempDir
  static Path dir;

  private CitationServer server;
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  void start() {
    server = new CitationServer(dir.resolve("archive"));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @MethodSource("records")
  void bibtexReadsBackAsTheRecord(String id) throws Exception {
    roundTrip(id, "bibtex", "application/x-bibtex", id + ".bib");
  }

  @ParameterizedTest
  @MethodSource("records")
  void risReadsBackAsTheRecord(String id) throws Exception {
    roundTrip(id, "ris", "application/x-research-info-systems", id + ".ris");
  }

  @ParameterizedTest
  @MethodSource("records")
  void cslJsonReadsBackAsTheRecord(String id) throws Exception {
    roundTrip(id, "csl-json", "application/vnd.citationstyles.csl+json", id + ".json");
  }

  private void roundTrip(String id, String format, String mediaType, String fileName)
      throws Exception {
    HttpResponse<String> response = server.get("/api/records/" + id + "/citation?format="
        + format);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith(mediaType);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"" + fileName + "\"");
    JsonNode parsed = citationJs(format, response.body());
    JsonNode record = server.json("/api/records/" + id);
    String what = format + " of " + id;

    assertThat(parsed.path("title").asText()).as(what + ": title")
        .isEqualTo(record.get("title").asText());
    assertThat(parsed.path("type").asText()).as(what + ": type").isEqualTo("manuscript");
    assertThat(parsed.path("URL").asText()).as(what + ": URL")
        .isEqualTo(server.base() + "/records/" + id);
    assertThat(parsed.path("language").asText()).as(what + ": language")
        .isEqualTo(citedLanguage(record));
    assertThat(parsed.path("call-number").asText()).as(what + ": identifier").isEqualTo(id);
    String archive = parsed.has("archive") ? parsed.get("archive").asText()
        : parsed.path("publisher").asText();
    assertThat(archive).as(what + ": archive").isEqualTo(server.archive.config().site().name());
    assertAuthors(what, parsed.path("author"), record.get("authors"));
    assertIssued(what, format, parsed.get("issued"), record.get("date"));
  }

  /** The language of the text a reader cites: the translation's, else the record's first. */
  private static String citedLanguage(JsonNode record) {
    for (JsonNode text : record.get("texts")) {
      if (text.get("kind").asText().equals("TRANSLATION")) {
        return text.get("language").asText();
      }
    }
    return record.get("languages").get(0).asText();
  }

  private JsonNode citationJs(String format, String body) throws Exception {
    Path file = Files.createTempFile(dir, "citation", "." + format);
    Files.writeString(file, body, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("node", "target/node-tools/citation-parse.cjs", format,
        file.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("citation-js on " + format + ": " + err + "\n" + body)
        .isZero();
    JsonNode items = mapper.readTree(out);
    assertThat(items).as("items citation-js read").hasSize(1);
    return items.get(0);
  }

  /**
   * Each author as the record names it: a person linked to an authority split into the
   * family and given names the authority's inverted form gives; any other name read
   * back whole, in reading order.
   */
  private void assertAuthors(String what, JsonNode parsed, JsonNode authors) throws Exception {
    assertThat(parsed.size()).as(what + ": authors " + parsed).isEqualTo(authors.size());
    for (int i = 0; i < authors.size(); i++) {
      JsonNode expected = authors.get(i);
      JsonNode got = parsed.get(i);
      String name = expected.get("name").asText();
      JsonNode authority = expected.hasNonNull("id") ? server.authority(expected.get("id").asText())
          : null;
      if (authority != null && authority.get("kind").asText().equals("PERSON")) {
        assertThat(got.has("literal")).as(what + ": " + got + " is split").isFalse();
        List<String> inverted = new ArrayList<>();
        inverted.add(authority.get("name").asText());
        authority.get("variants").forEach(v -> {
          if (v.get("kind").asText().equals("NAME_ORDER")) {
            inverted.add(v.get("form").asText());
          }
        });
        assertThat(inverted).as(what + ": " + got)
            .contains(got.get("family").asText() + ", " + got.get("given").asText());
      } else {
        String reading = got.has("literal") ? got.get("literal").asText()
            : (got.has("given") ? got.get("given").asText() + " " : "")
                + got.get("family").asText();
        assertThat(reading).as(what + ": " + got).isEqualTo(name);
        if (name.equals("Department of State")) {
          assertThat(got.has("given")).as(what + ": an organisation is never split: " + got)
              .isFalse();
        }
      }
    }
  }

  /**
   * The date parts of the record's EDTF date, its qualifiers dropped; both ends of a
   * range (RIS, having no ranges, gives the start); nothing for an undated record.
   */
  private void assertIssued(String what, String format, JsonNode issued, JsonNode date) {
    if (date == null || date.isNull()) {
      assertThat(issued).as(what + ": issued").isNull();
      return;
    }
    List<List<Integer>> expected = new ArrayList<>();
    for (String end : date.asText().split("/")) {
      List<Integer> parts = new ArrayList<>();
      for (String p : end.replaceAll("[?~%]", "").split("-")) {
        parts.add(Integer.parseInt(p));
      }
      expected.add(parts);
    }
    if (format.equals("ris")) {
      expected = expected.subList(0, 1);
    }
    assertThat(issued).as(what + ": issued").isNotNull();
    assertThat(mapper.convertValue(issued.get("date-parts"), List.class)).as(what + ": issued")
        .isEqualTo(expected);
  }

  @Test
  void anUnknownFormatIsABadRequestThatNamesTheFormats() throws Exception {
    HttpResponse<String> r = server.get("/api/records/seed/citation?format=endnote");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = mapper.readTree(r.body());
    assertThat(body.at("/error/message").asText()).contains("'endnote'")
        .contains("bibtex, ris, csl-json, chicago, mla, apa");
    assertThat(server.get("/api/records/seed/citation").statusCode()).isEqualTo(400);
  }

  @Test
  void aDraftOrUnknownRecordHasNoCitation() throws Exception {
    for (String id : List.of(CitationServer.DRAFT, "no-such-record")) {
      HttpResponse<String> r = server.get("/api/records/" + id + "/citation?format=bibtex");
      assertThat(r.statusCode()).as(id).isEqualTo(404);
      assertThat(r.body()).doesNotContain("nobody may cite");
    }
  }

  @Test
  void theStylesArePlainTextDownloadsNamingTheRecord() throws Exception {
    JsonNode record = server.json("/api/records/seed");
    for (String style : List.of("chicago", "mla", "apa")) {
      HttpResponse<String> r = server.get("/api/records/seed/citation?format=" + style);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
      assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
          .isEqualTo("attachment; filename=\"seed-" + style + ".txt\"");
      assertThat(r.body()).contains(record.get("title").asText()).contains("Mao, Z")
          .contains("1951");
    }
  }

  @Test
  void aCoverNameIsNotedInTheDownloadsAndTheRealPersonCited() throws Exception {
    JsonNode csl = citationJs("csl-json", server.get("/api/records/" + CitationServer.COVER
        + "/citation?format=csl-json").body());
    assertThat(csl.get("author").get(0).get("family").asText()).isEqualTo("Stalin");
    assertThat(csl.get("note").asText()).contains("Signed with the cover name Filippov")
        .contains("Translated from Russian by Danny Rozas");
    assertThat(csl.get("issued").get("circa").asBoolean()).isTrue();
    assertThat(csl.get("translator").get(0).get("family").asText()).isEqualTo("Rozas");
    JsonNode bib = citationJs("bibtex", server.get("/api/records/" + CitationServer.COVER
        + "/citation?format=bibtex").body());
    assertThat(bib.get("note").asText()).contains("Signed with the cover name Filippov");
    assertThat(bib.get("translator").get(0).get("family").asText()).isEqualTo("Rozas");
    String chicago = server.get("/api/records/" + CitationServer.COVER
        + "/citation?format=chicago").body();
    assertThat(chicago).startsWith("Filippov [Stalin, Joseph]. “Ciphered Telegram")
        .contains("ca. October 1951").contains("Translated by Danny Rozas.");
  }
}
