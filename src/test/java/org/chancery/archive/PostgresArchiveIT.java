package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.RecordId;
import org.chancery.record.Variant;
import org.chancery.search.Facet;
import org.chancery.search.SearchQuery;
import org.chancery.store.AuthorityVersion;
import org.chancery.store.DatabaseConfig;
import org.chancery.store.PostgresTestServer;
import org.chancery.store.RecordKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive on PostgreSQL (the server the build starts) does what it does on the
 * embedded H2 file: the demo loaded into both, side by side in one test, gives the same
 * records, counts, searches, record pages and authority edits.
 */
class PostgresArchiveIT {

  private static final String FRUS_CHOU = "frus1955-57v03-p-ce1";

  private static final List<String> QUERIES = List.of("Stalin", "Filippov", "\"neutral zone\"",
      "armistice AND prisoners", "Panmunjom", "Zhou Enlai", "author:\"Mao Zedong\"", "");

  @TempDir
  Path dir;

  private DatabaseConfig schema;
  private final List<Archive> open = new ArrayList<>();

  @BeforeEach
  void freshSchema() {
    schema = PostgresTestServer.freshSchema("archive");
  }

  @AfterEach
  void closeAndDrop() {
    open.forEach(Archive::close);
    PostgresTestServer.drop(schema);
  }

  /** Opens an archive on the test server the way a deployment does: a config file. */
  private Archive onPostgres() throws IOException {
    Path file = dir.resolve("chancery.properties");
    Files.writeString(file, "db.url=" + schema.url() + "\ndb.user=" + schema.user()
        + "\ndb.password=" + schema.password() + "\n", StandardCharsets.UTF_8);
    ChanceryConfig config = ChanceryConfig.load(dir.resolve("pg"), file, Map.of());
    assertThat(config.database().url()).startsWith("jdbc:postgresql:");
    return opened(Archive.open(config));
  }

  private Archive onH2() {
    return opened(Archive.open(ChanceryConfig.defaults(dir.resolve("h2"))));
  }

  private Archive opened(Archive a) {
    open.add(a);
    return a;
  }

  @Test
  void demoOnPostgresHasTheSameRecordsCountsAndSearchesAsOnH2() throws IOException {
    Archive h2 = onH2();
    Archive pg = onPostgres();
    List<IngestReport> h2Reports = h2.loadDemo(Progress.NONE);
    List<IngestReport> pgReports = pg.loadDemo(Progress.NONE);

    assertThat(pgReports).noneMatch(IngestReport::refused);
    assertThat(pgReports).extracting(IngestReport::saved)
        .isEqualTo(h2Reports.stream().map(IngestReport::saved).toList());
    assertThat(pg.catalogue().count()).isEqualTo(h2.catalogue().count()).isGreaterThan(50);
    assertThat(pg.catalogue().countPublished()).isEqualTo(h2.catalogue().countPublished());
    assertThat(pg.index().count()).isEqualTo(h2.index().count())
        .isEqualTo(pg.catalogue().countPublished());
    assertThat(exportOf(pg)).isEqualTo(exportOf(h2));
    assertThat(pg.catalogue().collections()).isEqualTo(h2.catalogue().collections());
    assertThat(pg.catalogue().authorities()).isEqualTo(h2.catalogue().authorities());
    for (String q : QUERIES) {
      assertThat(pg.index().search(SearchQuery.of(q))).as(q)
          .isEqualTo(h2.index().search(SearchQuery.of(q)));
    }
    assertThat(pg.index().search(SearchQuery.of("Stalin")).total()).isPositive();
  }

  @Test
  void recordPagesReadTheSameDataFromPostgres() throws IOException {
    Archive h2 = onH2();
    Archive pg = onPostgres();
    h2.loadDemo(Progress.NONE);
    pg.loadDemo(Progress.NONE);

    List<String> ids = new ArrayList<>();
    h2.catalogue().forEach(r -> ids.add(r.id().value()));
    List<String> pgIds = new ArrayList<>();
    pg.catalogue().forEach(r -> pgIds.add(r.id().value()));
    assertThat(pgIds).isEqualTo(ids);
    for (String id : ids) {
      // what a record page shows: the public record, its collections, the records that
      // refer to it, its history
      assertThat(pg.publicRecord(id).map(PostgresArchiveIT::unstamped)).as(id)
          .isEqualTo(h2.publicRecord(id).map(PostgresArchiveIT::unstamped));
      RecordKey referredBy = new RecordKey(RecordKey.Kind.REFERS_TO, id);
      assertThat(pg.catalogue().find(referredBy)).as(id).isEqualTo(h2.catalogue().find(referredBy));
      assertThat(pg.catalogue().history(new RecordId(id))).as(id).hasSameSizeAs(
          h2.catalogue().history(new RecordId(id)));
    }
    Function<Archive, List<String>> recent = a -> a.catalogue().recentlyPublished(8).stream()
        .map(r -> r.id().value()).toList();
    assertThat(recent.apply(pg)).hasSize(8).isEqualTo(recent.apply(h2));
  }

  @Test
  void authorityEditsOnPostgresRelinkAndRedirectAsOnH2() throws IOException {
    Archive h2 = onH2();
    Archive pg = onPostgres();
    h2.loadDemo(Progress.NONE);
    pg.loadDemo(Progress.NONE);
    Set<RecordId> chou = Set.copyOf(linking(pg, FRUS_CHOU));
    assertThat(chou).isNotEmpty();

    for (Archive a : List.of(h2, pg)) {
      a.authorities().merge(FRUS_CHOU, "zhou-enlai", "historian", "same person");
      a.authorities().split("stalin", "filippov-cover", "Filippov",
          List.of("Filippov", "Fillipov"), "historian", "cover name");
    }

    assertThat(linking(pg, FRUS_CHOU)).isEmpty();
    assertThat(linking(pg, "zhou-enlai")).containsAll(chou)
        .isEqualTo(linking(h2, "zhou-enlai"));
    assertThat(linking(pg, "filippov-cover")).isNotEmpty()
        .isEqualTo(linking(h2, "filippov-cover"));
    assertThat(pg.authorities().redirect(FRUS_CHOU)).contains("zhou-enlai");
    assertThat(pg.catalogue().authorityRedirects()).isEqualTo(h2.catalogue().authorityRedirects());
    for (String id : List.of("zhou-enlai", "stalin", "filippov-cover", FRUS_CHOU)) {
      assertThat(pg.authorities().find(id)).as(id).isEqualTo(h2.authorities().find(id));
      assertThat(pg.authorities().history(id)).as(id).extracting(AuthorityVersion::version,
          AuthorityVersion::actor, AuthorityVersion::action, AuthorityVersion::authority)
          .isEqualTo(h2.authorities().history(id).stream().map(v -> org.assertj.core.groups
              .Tuple.tuple(v.version(), v.actor(), v.action(), v.authority())).toList());
      SearchQuery documents = new SearchQuery("", Map.of(Facet.AUTHORITY, List.of(id)), null,
          null, null, 1, 100, null);
      assertThat(pg.index().search(documents)).as(id).isEqualTo(h2.index().search(documents));
    }
    assertThat(pg.authorities().profile("zhou-enlai"))
        .isEqualTo(h2.authorities().profile("zhou-enlai"));
    assertThat(exportOf(pg)).isEqualTo(exportOf(h2));
  }

  @Test
  void aNodeLearnsOfAnotherNodesAuthorityEditFromTheSharedCatalogue() throws IOException {
    Archive node1 = onPostgres();
    Archive node2 = opened(Archive.open(ChanceryConfig.load(dir.resolve("pg2"),
        dir.resolve("chancery.properties"), Map.of())));
    node1.loadDemo(Progress.NONE);
    node2.loadDemo(Progress.NONE); // its own index; the catalogue has every record already
    SearchQuery nickname = SearchQuery.of("Uncle Joe");
    assertThat(node2.refreshNamesIfChanged()).isFalse();
    assertThat(node2.index().search(nickname).total()).isZero();

    node1.authorities().addVariant("stalin", new Variant("Uncle Joe", Variant.Kind.PSEUDONYM, null,
        null, null, "wartime nickname"), "historian", "nickname");

    assertThat(node1.index().search(nickname).total()).isPositive();
    assertThat(node2.refreshNamesIfChanged()).isTrue();
    assertThat(node2.index().search(nickname)).isEqualTo(node1.index().search(nickname));
    assertThat(node2.refreshNamesIfChanged()).isFalse();
  }

  private static List<RecordId> linking(Archive a, String id) {
    return a.catalogue().find(new RecordKey(RecordKey.Kind.AUTHORITY, id));
  }

  private static ArchivalRecord unstamped(ArchivalRecord r) {
    return r.toBuilder().updated(null).build();
  }

  /** Every record as exported, without the save times that differ between two loads. */
  private static String exportOf(Archive a) {
    StringWriter out = new StringWriter();
    a.export(out, false, Progress.NONE);
    return out.toString().replaceAll("\"updated\":\"[^\"]*\"", "\"updated\":null");
  }
}
