package org.chancery.oai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.Progress;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.store.ChangeQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo archive harvested end to end over HTTP by a real OAI-PMH harvester nobody on
 * the team wrote: Perl's HTTP::OAI (Debian's libhttp-oai-perl, installed by
 * scripts/ensure-oai-harvester), driven by src/test/perl/oai-harvest.pl. Pages of 7
 * records, so the 59 demo records take nine resumptions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiHarvestIT {

  static final int PAGE = 7;

  @TempDir
  static Path dir;

  private Archive archive;
  private Javalin app;
  private JsonNode harvest;
  private String withdrawnId;
  private String draftId;

  @BeforeAll
  void harvest() throws Exception {
    archive = Archive.open(ChanceryConfig.defaults(dir.resolve("data")));
    archive.loadDemo(Progress.NONE);
    List<ArchivalRecord> demo = archive.catalogue().changes(
        ChangeQuery.of(OaiSets.VISIBLE, 10_000));
    withdrawnId = demo.get(3).id().value();
    draftId = demo.get(5).id().value();
    archive.changeState(new RecordId(withdrawnId), PublicationState.WITHDRAWN, "test",
        "withdrawn before the harvest");
    archive.changeState(new RecordId(draftId), PublicationState.DRAFT, "test",
        "back to draft: must never be harvested");
    app = Javalin.create(c -> c.showJavalinBanner = false);
    new OaiPmh(archive, PAGE, Duration.ofHours(1), Clock.systemUTC()).routes(app);
    app.start("localhost", 0);
    Process p = new ProcessBuilder("perl", "src/test/perl/oai-harvest.pl",
        "http://localhost:" + app.port() + "/oai").redirectErrorStream(false).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    harvest = new ObjectMapper().readTree(out);
  }

  @AfterAll
  void stop() {
    app.stop();
    archive.close();
  }

  private String oaiId(String id) {
    return "oai:localhost:" + id;
  }

  @Test
  void identifyTellsTheHarvesterWhatTheRepositoryIs() {
    JsonNode id = harvest.get("identify");
    assertThat(id.get("repositoryName").asText()).isEqualTo("Chancery");
    assertThat(id.get("baseURL").asText()).isEqualTo("http://localhost:" + app.port() + "/oai");
    assertThat(id.get("protocolVersion").asText()).isEqualTo("2.0");
    assertThat(id.get("deletedRecord").asText()).isEqualTo("persistent");
    assertThat(id.get("granularity").asText()).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
  }

  @Test
  void listSetsAndListMetadataFormatsSucceed() {
    List<String> specs = new ArrayList<>();
    harvest.get("sets").forEach(s -> specs.add(s.get("spec").asText()));
    assertThat(specs).contains("collection", "type", "type:cable");
    archive.catalogue().collections().forEach(c -> assertThat(specs)
        .contains("collection:" + c.id()));
    assertThat(harvest.get("formats").toString()).isEqualTo("[\"oai_dc\"]");
  }

  @Test
  void everyPublishedRecordArrivesExactlyOnceWithItsTitleAndTheWithdrawnOneAsDeleted() {
    Map<String, Integer> times = new HashMap<>();
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode r : harvest.get("records")) {
      times.merge(r.get("id").asText(), 1, Integer::sum);
      byId.put(r.get("id").asText(), r);
    }
    assertThat(times.values()).allMatch(n -> n == 1);
    List<ArchivalRecord> published = archive.catalogue().changes(
        ChangeQuery.of(java.util.Set.of(PublicationState.PUBLISHED), 10_000));
    assertThat(published).hasSize(57);
    for (ArchivalRecord r : published) {
      JsonNode got = byId.get(oaiId(r.id().value()));
      assertThat(got).as(r.id().value()).isNotNull();
      assertThat(got.get("deleted").asBoolean()).isFalse();
      assertThat(got.get("title").asText()).isEqualTo(r.title());
    }
    assertThat(byId.get(oaiId(withdrawnId)).get("deleted").asBoolean()).isTrue();
    assertThat(byId).doesNotContainKey(oaiId(draftId)).hasSize(published.size() + 1);
  }

  @Test
  void listIdentifiersTakesSeveralPagesAndSeesEveryVisibleRecordOnce() {
    List<String> ids = new ArrayList<>();
    harvest.get("identifiers").forEach(h -> ids.add(h.get("id").asText()));
    assertThat(ids).doesNotHaveDuplicates().hasSize(58).contains(oaiId(withdrawnId))
        .doesNotContain(oaiId(draftId));
    assertThat(harvest.get("identifierPages").asInt()).isEqualTo((58 + PAGE - 1) / PAGE);
  }

  @Test
  void badRequestsGetTheRightErrorCodes() {
    JsonNode e = harvest.get("errors");
    assertThat(e.get("cannotDisseminateFormat").toString())
        .isEqualTo("[\"cannotDisseminateFormat\"]");
    assertThat(e.get("idDoesNotExist").toString()).isEqualTo("[\"idDoesNotExist\"]");
    assertThat(e.get("badArgument").toString()).isEqualTo("[\"badArgument\"]");
    assertThat(e.get("badArgumentMissingPrefix").toString()).isEqualTo("[\"badArgument\"]");
    assertThat(e.get("badResumptionToken").toString()).isEqualTo("[\"badResumptionToken\"]");
    assertThat(e.get("noRecordsMatch").toString()).isEqualTo("[\"noRecordsMatch\"]");
  }
}
