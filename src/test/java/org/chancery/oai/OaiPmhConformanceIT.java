package org.chancery.oai;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.Progress;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Collection;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.Rights;
import org.chancery.store.ChangeQuery;
import org.chancery.store.RecordKey;
import org.chancery.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OAI-PMH 2.0 specification, clause by clause, against the real provider over HTTP
 * with the demo collection (plus a withdrawn record, a draft and a record full of markup).
 * Every response is validated against the official OAI-PMH and oai_dc schemas. The page
 * size is 10 so that the 59 demo records take several resumptions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiPmhConformanceIT {

  static final int PAGE = 10;
  static final String SEED_TITLE = "Cable No. 25025, Mao Zedong to Filippov [Stalin]";
  static final String HOSTILE_TITLE = "Letter & \"quotes\" <script>alert('x')</script>\u0001 end";

  @TempDir
  static Path dir;

  private Archive archive;
  private Javalin app;
  private WebServer web;
  private final MovableClock clock = new MovableClock();
  private final HttpClient http = HttpClient.newHttpClient();
  private String base;
  private String ns;
  private String seedId;
  private String withdrawnId;

  @BeforeAll
  void start() {
    archive = Archive.open(ChanceryConfig.defaults(dir.resolve("data")));
    archive.loadDemo(Progress.NONE);
    archive.catalogue().save(List.of(
        record("oai-hidden-draft", "A draft about the Zanzibar question", PublicationState.DRAFT)
            .toBuilder().collections(List.of("secret-drafts")).type("Secret Plan").build(),
        record("oai-hostile", HOSTILE_TITLE, PublicationState.PUBLISHED).toBuilder()
            .summary("<b>bold</b> & ]]> \u0007 done").type("Letter").build()),
        List.of(new Collection("secret-drafts", "Secret drafts", null)), List.of(), "test",
        null, false);
    List<ArchivalRecord> all = visible();
    seedId = all.stream().filter(r -> r.title().equals(SEED_TITLE)).findFirst().orElseThrow()
        .id().value();
    withdrawnId = all.stream().filter(r -> !r.id().value().equals(seedId)
        && !r.id().value().equals("oai-hostile")).findFirst().orElseThrow().id().value();
    archive.changeState(new RecordId(withdrawnId), PublicationState.WITHDRAWN, "test",
        "withdrawn for the conformance test");
    OaiPmh oai = new OaiPmh(archive, PAGE, Duration.ofHours(24), clock);
    app = Javalin.create(c -> c.showJavalinBanner = false);
    oai.routes(app);
    app.start("localhost", 0);
    base = "http://localhost:" + app.port();
    ns = "localhost";
    web = new WebServer(archive).start("localhost", 0);
  }

  @AfterAll
  void stop() {
    web.close();
    app.stop();
    archive.close();
  }

  static ArchivalRecord record(String id, String title, PublicationState state) {
    return ArchivalRecord.builder(new RecordId(id)).title(title)
        .date(EdtfDate.parse("1951-10?")).language("en").author(NameRef.of("Mao Zedong"))
        .rights(new Rights("No known copyright", Rights.NO_KNOWN_COPYRIGHT_US_GOV))
        .state(state).build();
  }

  /** Every record a harvester may see, in save order, straight from the catalogue. */
  private List<ArchivalRecord> visible() {
    return archive.catalogue().changes(ChangeQuery.of(OaiSets.VISIBLE, 10_000));
  }

  private OaiResponse get(String query) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + "/oai?" + query)).build());
  }

  private OaiResponse post(String form) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + "/oai"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private OaiResponse send(HttpRequest request) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    return OaiResponse.of(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
        r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String oaiId(String id) {
    return "oai:" + ns + ":" + id;
  }

  /** Every header of a complete list, following resumption tokens. */
  private List<String> harvestIdentifiers(String query) throws Exception {
    List<String> ids = new ArrayList<>();
    OaiResponse r = get("verb=ListIdentifiers&" + query);
    while (true) {
      assertThat(r.error()).as(r.body()).isNull();
      ids.addAll(r.texts("//o:header/o:identifier"));
      String token = r.text("//o:resumptionToken");
      if (token.isEmpty()) {
        return ids;
      }
      r = get("verb=ListIdentifiers&resumptionToken=" + enc(token));
    }
  }

  @Nested
  class Section3_1_Requests {

    @Test
    void getAndPostWithFormEncodedArgumentsGiveTheSameAnswer() throws Exception {
      String args = "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(oaiId(seedId));
      OaiResponse g = get(args);
      OaiResponse p = post(args);
      assertThat(g.error()).isNull();
      assertThat(p.text("//dc:title")).isEqualTo(SEED_TITLE).isEqualTo(g.text("//dc:title"));
      assertThat(p.text("//o:request/@identifier")).isEqualTo(oaiId(seedId));
    }

    @Test
    void responsesAreTextXmlInUtf8WithStatus200EvenForErrors() throws Exception {
      for (OaiResponse r : List.of(get("verb=Identify"), get("verb=Nonsense"), post(""))) {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType().replace(" ", "")).isEqualToIgnoringCase("text/xml;charset=UTF-8");
        assertThat(r.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      }
    }

    @Test
    void theReadingRoomServerMountsTheProviderAtSlashOai() throws Exception {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
          "http://localhost:" + web.port() + "/oai?verb=Identify")).build(),
          HttpResponse.BodyHandlers.ofString());
      OaiResponse o = OaiResponse.of(r.statusCode(), "", r.body());
      assertThat(o.text("//o:Identify/o:baseURL"))
          .isEqualTo("http://localhost:" + web.port() + "/oai");
    }
  }

  @Nested
  class Section3_2_ResponseFormat {

    @Test
    void responseDateIsNowInUtcToTheSecond() throws Exception {
      String date = get("verb=Identify").text("/o:OAI-PMH/o:responseDate");
      assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
      assertThat(Duration.between(Instant.parse(date), Instant.now()).abs())
          .isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void theRequestElementEchoesTheBaseUrlAndEveryArgumentOfAValidRequest() throws Exception {
      OaiResponse r = get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2000-01-01"
          + "&set=collection");
      assertThat(r.text("/o:OAI-PMH/o:request")).isEqualTo(base + "/oai");
      assertThat(r.text("//o:request/@verb")).isEqualTo("ListIdentifiers");
      assertThat(r.text("//o:request/@metadataPrefix")).isEqualTo("oai_dc");
      assertThat(r.text("//o:request/@from")).isEqualTo("2000-01-01");
      assertThat(r.text("//o:request/@set")).isEqualTo("collection");
    }

    @Test
    void badVerbAndBadArgumentEchoOnlyTheBaseUrl() throws Exception {
      for (OaiResponse r : List.of(get("verb=Nonsense&metadataPrefix=oai_dc"),
          get("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday"))) {
        assertThat(r.error()).isIn("badVerb", "badArgument");
        assertThat(r.count("//o:request/@*")).isZero();
        assertThat(r.text("//o:request")).isEqualTo(base + "/oai");
      }
    }

    @Test
    void otherErrorsEchoTheArguments() throws Exception {
      OaiResponse r = get("verb=GetRecord&metadataPrefix=marc21&identifier="
          + enc(oaiId(seedId)));
      assertThat(r.error()).isEqualTo("cannotDisseminateFormat");
      assertThat(r.text("//o:request/@metadataPrefix")).isEqualTo("marc21");
    }

    @Test
    void markupAndControlCharactersInDocumentsAreEscapedOrDropped() throws Exception {
      OaiResponse r = get("verb=GetRecord&metadataPrefix=oai_dc&identifier="
          + enc(oaiId("oai-hostile")));
      assertThat(r.text("//dc:title"))
          .isEqualTo("Letter & \"quotes\" <script>alert('x')</script> end");
      assertThat(r.text("//dc:description")).isEqualTo("<b>bold</b> & ]]>  done");
      assertThat(r.body()).doesNotContain("<script>").doesNotContain("<b>")
          .doesNotContain("\u0001").doesNotContain("\u0007");
    }

    @Test
    void argumentsEchoedFromTheRequestAreEscapedToo() throws Exception {
      OaiResponse r = get("verb=GetRecord&metadataPrefix=oai_dc&identifier="
          + enc("oai:x:\"><script>&"));
      assertThat(r.error()).isEqualTo("idDoesNotExist");
      assertThat(r.text("//o:request/@identifier")).isEqualTo("oai:x:\"><script>&");
    }
  }

  @Nested
  class Section3_3_DatestampsAndGranularity {

    @Test
    void datestampsAreTheSaveTimeInUtcToTheSecond() throws Exception {
      ArchivalRecord seed = archive.catalogue().find(new RecordId(seedId)).orElseThrow();
      OaiResponse r = get("verb=GetRecord&metadataPrefix=oai_dc&identifier="
          + enc(oaiId(seedId)));
      assertThat(r.text("//o:header/o:datestamp"))
          .isEqualTo(seed.updated().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
              .toString());
    }

    @Test
    void fromAndUntilAtSecondsAreInclusiveOfTheWholeSecond() throws Exception {
      ArchivalRecord seed = archive.catalogue().find(new RecordId(seedId)).orElseThrow();
      String stamp = OaiDates.stamp(seed.updated());
      List<String> same = harvestIdentifiers("metadataPrefix=oai_dc&from=" + stamp
          + "&until=" + stamp);
      assertThat(same).contains(oaiId(seedId));
      String before = OaiDates.stamp(Instant.parse(stamp).minusSeconds(1));
      OaiResponse earlier = get("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + before);
      if (earlier.error() == null) {
        assertThat(harvestIdentifiers("metadataPrefix=oai_dc&until=" + before))
            .doesNotContain(oaiId(seedId));
      } else {
        assertThat(earlier.error()).isEqualTo("noRecordsMatch");
      }
      String after = OaiDates.stamp(Instant.parse(stamp).plusSeconds(1));
      assertThat(harvestIdentifiers("metadataPrefix=oai_dc&from=" + stamp))
          .contains(oaiId(seedId));
      List<String> later = visible().stream().filter(x -> !x.updated().isBefore(
          Instant.parse(after))).map(x -> oaiId(x.id().value())).toList();
      if (later.isEmpty()) {
        assertThat(get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + after).error())
            .isEqualTo("noRecordsMatch");
      } else {
        assertThat(harvestIdentifiers("metadataPrefix=oai_dc&from=" + after))
            .containsExactlyInAnyOrderElementsOf(later);
      }
    }

    @Test
    void untilAtDayGranularityTakesTheWholeDay() throws Exception {
      ArchivalRecord seed = archive.catalogue().find(new RecordId(seedId)).orElseThrow();
      LocalDate day = seed.updated().atOffset(ZoneOffset.UTC).toLocalDate();
      assertThat(harvestIdentifiers("metadataPrefix=oai_dc&from=" + day + "&until=" + day))
          .contains(oaiId(seedId));
      assertThat(get("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + day.minusDays(1))
          .error()).isEqualTo("noRecordsMatch");
      assertThat(get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day.plusDays(1))
          .error()).isEqualTo("noRecordsMatch");
    }

    @Test
    void mixedGranularitiesAreABadArgument() throws Exception {
      OaiResponse r = get("verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01"
          + "&until=2026-12-31T00:00:00Z");
      assertThat(r.error()).isEqualTo("badArgument");
      assertThat(r.text("//o:error")).contains("same granularity");
    }

    @Test
    void fromLaterThanUntilIsABadArgument() throws Exception {
      assertThat(get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-02-02"
          + "&until=2026-02-01").error()).isEqualTo("badArgument");
    }

    @Test
    void malformedOrImpossibleDatesAreABadArgument() throws Exception {
      for (String d : List.of("2026-02-30", "2026-1-1", "2026-01-01T10:00:00",
          "2026-01-01T10:00:00.5Z", "2026-01-01T10:00:00+01:00", "yesterday", "2026")) {
        assertThat(get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + enc(d)).error())
            .as(d).isEqualTo("badArgument");
      }
    }
  }

  @Nested
  class Section3_5_FlowControl {

    @Test
    void listRecordsResumesWithTheTokenUntilEveryRecordIsSeenOnce() throws Exception {
      Set<String> expected = new LinkedHashSet<>();
      visible().forEach(r -> expected.add(oaiId(r.id().value())));
      List<String> seen = new ArrayList<>();
      OaiResponse r = get("verb=ListRecords&metadataPrefix=oai_dc");
      int pages = 0;
      long cursor = 0;
      while (true) {
        pages++;
        List<String> ids = r.texts("//o:record/o:header/o:identifier");
        assertThat(ids.size()).isLessThanOrEqualTo(PAGE);
        seen.addAll(ids);
        assertThat(r.text("//o:resumptionToken/@completeListSize"))
            .isEqualTo(Integer.toString(expected.size()));
        assertThat(r.text("//o:resumptionToken/@cursor")).isEqualTo(Long.toString(cursor));
        cursor += ids.size();
        String token = r.text("//o:resumptionToken");
        if (token.isEmpty()) {
          assertThat(r.count("//o:resumptionToken")).as("an empty token ends the list")
              .isEqualTo(1);
          assertThat(r.text("//o:resumptionToken/@expirationDate")).isEmpty();
          break;
        }
        Instant expires = Instant.parse(r.text("//o:resumptionToken/@expirationDate"));
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofHours(23)),
            Instant.now().plus(Duration.ofHours(25)));
        r = get("verb=ListRecords&resumptionToken=" + enc(token));
        assertThat(r.text("//o:request/@resumptionToken")).isEqualTo(token);
      }
      assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
      assertThat(pages).isEqualTo((expected.size() + PAGE - 1) / PAGE);
    }

    @Test
    void aCompleteListInOneResponseHasNoToken() throws Exception {
      OaiResponse r = get("verb=ListIdentifiers&metadataPrefix=oai_dc&set="
          + enc("type:letter"));
      assertThat(r.error()).isNull();
      assertThat(r.count("//o:resumptionToken")).isZero();
    }

    @Test
    void aTokenSurvivesARestartOfTheServer() throws Exception {
      String token = get("verb=ListIdentifiers&metadataPrefix=oai_dc")
          .text("//o:resumptionToken");
      Javalin restarted = Javalin.create(c -> c.showJavalinBanner = false);
      new OaiPmh(archive, PAGE, Duration.ofHours(24), clock).routes(restarted);
      restarted.start("localhost", 0);
      try {
        HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(
            "http://localhost:" + restarted.port() + "/oai?verb=ListIdentifiers&resumptionToken="
                + enc(token))).build(), HttpResponse.BodyHandlers.ofString());
        OaiResponse r = OaiResponse.of(h.statusCode(), "", h.body());
        assertThat(r.error()).isNull();
        assertThat(r.text("//o:resumptionToken/@cursor")).isEqualTo(Integer.toString(PAGE));
      } finally {
        restarted.stop();
      }
    }

    @Test
    void garbledForgedAndExpiredTokensAreBadResumptionTokens() throws Exception {
      String token = get("verb=ListIdentifiers&metadataPrefix=oai_dc")
          .text("//o:resumptionToken");
      assertThat(get("verb=ListIdentifiers&resumptionToken=not-a-token").error())
          .isEqualTo("badResumptionToken");
      // the same fields with a larger cursor, under the old signature
      String[] parts = token.split("\\.");
      String body = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
      String forgedBody = body.replaceFirst("\\|10\\|", "|20|");
      assertThat(forgedBody).isNotEqualTo(body);
      String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
          forgedBody.getBytes(StandardCharsets.UTF_8)) + "." + parts[1];
      assertThat(get("verb=ListIdentifiers&resumptionToken=" + enc(forged)).error())
          .isEqualTo("badResumptionToken");
      clock.move(Duration.ofHours(25));
      try {
        OaiResponse expired = get("verb=ListIdentifiers&resumptionToken=" + enc(token));
        assertThat(expired.error()).isEqualTo("badResumptionToken");
        assertThat(expired.text("//o:error")).contains("expired");
      } finally {
        clock.reset();
      }
      assertThat(get("verb=ListIdentifiers&resumptionToken=" + enc(token)).error()).isNull();
    }

    @Test
    void aResumptionTokenIsExclusive() throws Exception {
      String token = get("verb=ListRecords&metadataPrefix=oai_dc").text("//o:resumptionToken");
      assertThat(get("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=" + enc(token))
          .error()).isEqualTo("badArgument");
    }

    @Test
    void aRecordSavedDuringAHarvestIsNotLost() throws Exception {
      OaiResponse first = get("verb=ListIdentifiers&metadataPrefix=oai_dc");
      List<String> seen = new ArrayList<>(first.texts("//o:header/o:identifier"));
      // a record not sent yet is saved again (withdrawn and published back) mid-harvest
      String moved = visible().stream().map(r -> r.id().value())
          .filter(id -> !seen.contains(oaiId(id)) && !id.equals(withdrawnId)).findFirst()
          .orElseThrow();
      archive.changeState(new RecordId(moved), PublicationState.WITHDRAWN, "test", "mid");
      archive.changeState(new RecordId(moved), PublicationState.PUBLISHED, "test", "back");
      String token = first.text("//o:resumptionToken");
      while (!token.isEmpty()) {
        OaiResponse r = get("verb=ListIdentifiers&resumptionToken=" + enc(token));
        seen.addAll(r.texts("//o:header/o:identifier"));
        token = r.text("//o:resumptionToken");
      }
      assertThat(seen).contains(oaiId(moved));
      Set<String> expected = new LinkedHashSet<>();
      visible().forEach(r -> expected.add(oaiId(r.id().value())));
      assertThat(new LinkedHashSet<>(seen)).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Nested
  class Section3_6_Errors {

    @Test
    void badVerbForAMissingUnknownMiscasedOrRepeatedVerb() throws Exception {
      for (String q : List.of("", "verb=Nonsense", "verb=identify", "verb=Identify&verb=Identify",
          "verb=")) {
        assertThat(get(q).error()).as(q).isEqualTo("badVerb");
      }
      assertThat(post("").error()).isEqualTo("badVerb");
    }

    @Test
    void badArgumentForMissingUnknownRepeatedOrEmptyArguments() throws Exception {
      for (String q : List.of("verb=ListRecords", "verb=GetRecord&metadataPrefix=oai_dc",
          "verb=GetRecord&identifier=" + enc(oaiId(seedId)),
          "verb=Identify&metadataPrefix=oai_dc", "verb=ListSets&from=2000-01-01",
          "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
          "verb=ListRecords&metadataPrefix=", "verb=ListRecords&metadataPrefix=oai_dc&color=red",
          "verb=ListRecords&metadataPrefix=oai_dc&set=" + enc("no spaces allowed"),
          "verb=GetRecord&metadataPrefix=" + enc("oai dc") + "&identifier=x")) {
        OaiResponse r = get(q);
        assertThat(r.error()).as(q).isEqualTo("badArgument");
        assertThat(r.text("//o:error")).as(q).isNotBlank();
      }
    }

    @Test
    void cannotDisseminateFormatForAPrefixWeDoNotOffer() throws Exception {
      assertThat(get("verb=ListRecords&metadataPrefix=marc21").error())
          .isEqualTo("cannotDisseminateFormat");
      assertThat(get("verb=ListIdentifiers&metadataPrefix=mods").error())
          .isEqualTo("cannotDisseminateFormat");
    }

    @Test
    void idDoesNotExistForUnknownDraftMalformedAndForeignIdentifiers() throws Exception {
      for (String id : List.of(oaiId("no-such-record"), oaiId("oai-hidden-draft"),
          "oai:example.org:" + seedId, seedId, "oai:" + ns + ":Bad/Id")) {
        assertThat(get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(id)).error())
            .as(id).isEqualTo("idDoesNotExist");
        assertThat(get("verb=ListMetadataFormats&identifier=" + enc(id)).error())
            .as(id).isEqualTo("idDoesNotExist");
      }
    }

    @Test
    void noRecordsMatchForAnEmptySelection() throws Exception {
      assertThat(get("verb=ListRecords&metadataPrefix=oai_dc&until=1990-01-01").error())
          .isEqualTo("noRecordsMatch");
      assertThat(get("verb=ListRecords&metadataPrefix=oai_dc&set=collection:no-such")
          .error()).isEqualTo("noRecordsMatch");
      assertThat(get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:secret-plan")
          .error()).as("a draft's type is no set").isEqualTo("noRecordsMatch");
    }

    @Test
    void noMetadataFormatsNeverAppliesBecauseEveryVisibleRecordHasOaiDc() throws Exception {
      for (ArchivalRecord rec : visible()) {
        OaiResponse r = get("verb=ListMetadataFormats&identifier="
            + enc(oaiId(rec.id().value())));
        assertThat(r.error()).isNull();
        assertThat(r.texts("//o:metadataPrefix")).containsExactly("oai_dc");
      }
    }

    @Test
    void noSetHierarchyWhenTheArchiveHasNoRecordsYet(@TempDir Path empty) throws Exception {
      try (Archive a = Archive.open(ChanceryConfig.defaults(empty))) {
        Javalin bare = Javalin.create(c -> c.showJavalinBanner = false);
        new OaiPmh(a).routes(bare);
        bare.start("localhost", 0);
        try {
          String at = "http://localhost:" + bare.port() + "/oai?";
          for (String q : List.of("verb=ListSets",
              "verb=ListRecords&metadataPrefix=oai_dc&set=collection")) {
            HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(at + q))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(OaiResponse.of(h.statusCode(), "", h.body()).error()).as(q)
                .isEqualTo("noSetHierarchy");
          }
          HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(at
              + "verb=ListRecords&metadataPrefix=oai_dc")).build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(OaiResponse.of(h.statusCode(), "", h.body()).error())
              .isEqualTo("noRecordsMatch");
        } finally {
          bare.stop();
        }
      }
    }
  }

  @Nested
  class Section4_2_Identify {

    @Test
    void identifyDescribesTheRepository() throws Exception {
      OaiResponse r = get("verb=Identify");
      assertThat(r.text("//o:repositoryName")).isEqualTo("Chancery");
      assertThat(r.text("//o:baseURL")).isEqualTo(base + "/oai");
      assertThat(r.text("//o:protocolVersion")).isEqualTo("2.0");
      assertThat(r.text("//o:adminEmail")).isEqualTo("webmaster@localhost.invalid");
      assertThat(r.text("//o:deletedRecord")).isEqualTo("persistent");
      assertThat(r.text("//o:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
      Instant earliest = visible().get(0).updated();
      assertThat(r.text("//o:earliestDatestamp")).isEqualTo(OaiDates.stamp(earliest));
    }
  }

  @Nested
  class Section4_4_ListMetadataFormats {

    @Test
    void oaiDcIsOfferedWithItsSchemaAndNamespace() throws Exception {
      OaiResponse r = get("verb=ListMetadataFormats");
      assertThat(r.texts("//o:metadataPrefix")).containsExactly("oai_dc");
      assertThat(r.text("//o:schema")).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
      assertThat(r.text("//o:metadataNamespace"))
          .isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
    }
  }

  @Nested
  class Section4_6_ListSets {

    @Test
    void collectionsAndDocumentTypesAreSetsNamedByTheirTitles() throws Exception {
      OaiResponse r = get("verb=ListSets");
      List<String> specs = r.texts("//o:set/o:setSpec");
      assertThat(specs).contains("collection", "type", "type:letter")
          .doesNotHaveDuplicates();
      for (Collection c : archive.catalogue().collections()) {
        if (c.id().equals("secret-drafts")) {
          continue;
        }
        if (!archive.catalogue().changes(ChangeQuery.of(OaiSets.VISIBLE, 1).keys(
            new ChangeQuery.KeyFilter(RecordKey.Kind.COLLECTION, Set.of(c.id())))).isEmpty()) {
          assertThat(r.text("//o:set[o:setSpec='collection:" + c.id() + "']/o:setName"))
              .isEqualTo(c.title());
        }
      }
      assertThat(r.text("//o:set[o:setSpec='type:letter']/o:setName")).isEqualTo("Letter");
    }

    @Test
    void noDraftCollectionOrTypeIsNamed() throws Exception {
      OaiResponse r = get("verb=ListSets");
      assertThat(r.texts("//o:set/o:setSpec")).doesNotContain("collection:secret-drafts",
          "type:secret-plan");
      assertThat(r.body()).doesNotContain("Secret");
    }

    @Test
    void listSetsHasNoResumption() throws Exception {
      assertThat(get("verb=ListSets&resumptionToken=anything").error())
          .isEqualTo("badResumptionToken");
    }
  }

  @Nested
  class Section4_1_GetRecord {

    @Test
    void theSeedCableIsDisseminatedAsDublinCore() throws Exception {
      ArchivalRecord seed = archive.catalogue().find(new RecordId(seedId)).orElseThrow();
      OaiResponse r = get("verb=GetRecord&metadataPrefix=oai_dc&identifier="
          + enc(oaiId(seedId)));
      assertThat(r.text("//o:header/o:identifier")).isEqualTo(oaiId(seedId));
      assertThat(r.count("//o:header/@status")).isZero();
      assertThat(r.text("//dc:title")).isEqualTo(SEED_TITLE);
      assertThat(r.texts("//dc:creator")).containsExactlyElementsOf(
          seed.authors().stream().map(NameRef::name).toList());
      assertThat(r.texts("//dc:contributor")).containsExactlyElementsOf(
          seed.recipients().stream().map(NameRef::name).toList());
      assertThat(r.text("//dc:date")).isEqualTo("1951-10-18");
      assertThat(r.texts("//dc:identifier")).containsExactly(base + "/records/" + seedId);
      assertThat(r.texts("//dc:publisher")).containsExactly("Chancery");
      assertThat(r.texts("//dc:type")).contains("Text");
      assertThat(r.texts("//dc:language")).containsExactlyElementsOf(seed.languages());
      if (seed.rights() != null && seed.rights().uri() != null) {
        assertThat(r.texts("//dc:rights")).contains(seed.rights().uri());
      }
      assertThat(r.texts("//o:header/o:setSpec")).allMatch(s -> s.startsWith("collection:")
          || s.startsWith("type:"));
    }

    @Test
    void uncertainDatesAreWrittenAtTheirPrecisionInW3cdtf() throws Exception {
      OaiResponse r = get("verb=GetRecord&metadataPrefix=oai_dc&identifier="
          + enc(oaiId("oai-hostile")));
      assertThat(r.text("//dc:date")).isEqualTo("1951-10");
    }

    @Test
    void aWithdrawnRecordIsADeletedHeaderWithoutMetadata() throws Exception {
      OaiResponse r = get("verb=GetRecord&metadataPrefix=oai_dc&identifier="
          + enc(oaiId(withdrawnId)));
      assertThat(r.error()).isNull();
      assertThat(r.text("//o:record/o:header/@status")).isEqualTo("deleted");
      assertThat(r.count("//o:record/o:metadata")).isZero();
    }

    @Test
    void aWithdrawnRecordsPageIsGoneFromTheReadingRoom() throws Exception {
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(
          "http://localhost:" + web.port() + "/records/" + withdrawnId)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(404);
    }
  }

  @Nested
  class Section4_3and4_5_ListIdentifiersAndListRecords {

    @Test
    void withdrawnRecordsAreListedAsDeletedAndDraftsNever() throws Exception {
      Map<String, String> status = new HashMap<>();
      OaiResponse r = get("verb=ListRecords&metadataPrefix=oai_dc");
      while (true) {
        int n = r.count("//o:record");
        for (int i = 1; i <= n; i++) {
          status.put(r.text("(//o:record)[" + i + "]/o:header/o:identifier"),
              r.text("(//o:record)[" + i + "]/o:header/@status") + "/"
                  + r.count("(//o:record)[" + i + "]/o:metadata"));
        }
        String token = r.text("//o:resumptionToken");
        if (token.isEmpty()) {
          break;
        }
        r = get("verb=ListRecords&resumptionToken=" + enc(token));
      }
      assertThat(status).containsEntry(oaiId(withdrawnId), "deleted/0")
          .containsEntry(oaiId(seedId), "/1").doesNotContainKey(oaiId("oai-hidden-draft"));
      assertThat(status.values().stream().filter(s -> s.equals("/1")).count())
          .isEqualTo(archive.catalogue().countPublished());
      assertThat(harvestIdentifiers("metadataPrefix=oai_dc")).contains(oaiId(withdrawnId));
    }

    @Test
    void aCollectionSetListsExactlyThatCollectionsRecords() throws Exception {
      Collection c = archive.catalogue().collections().stream()
          .filter(x -> !x.id().equals("secret-drafts")).findFirst().orElseThrow();
      List<String> expected = visible().stream().filter(x -> x.collections().contains(c.id()))
          .map(x -> oaiId(x.id().value())).toList();
      assertThat(expected).isNotEmpty();
      assertThat(harvestIdentifiers("metadataPrefix=oai_dc&set=" + enc("collection:" + c.id())))
          .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aTypeSetListsExactlyThatTypesRecords() throws Exception {
      List<String> expected = visible().stream().filter(x -> "Letter".equals(x.type()))
          .map(x -> oaiId(x.id().value())).toList();
      assertThat(harvestIdentifiers("metadataPrefix=oai_dc&set=type:letter"))
          .containsExactlyInAnyOrderElementsOf(expected).contains(oaiId("oai-hostile"));
      List<String> typed = visible().stream().filter(x -> x.type() != null)
          .map(x -> oaiId(x.id().value())).toList();
      assertThat(harvestIdentifiers("metadataPrefix=oai_dc&set=type"))
          .containsExactlyInAnyOrderElementsOf(typed);
    }
  }
}
