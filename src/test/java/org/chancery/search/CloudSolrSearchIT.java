package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.Progress;
import org.chancery.record.Authority;
import org.chancery.store.DatabaseConfig;
import org.chancery.store.PostgresTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search contracts on SolrCloud: every index a test opens is a collection of two
 * shards, one on each node of a two-node cluster started once for this class
 * ({@link MiniCloud}). The code under test uploads the configset and creates the
 * collections. {@link EmbeddedSolrSearchIT} runs the same contracts on an embedded core;
 * here, searches and the whole demo archive are also compared with an embedded core's.
 *
 * <p>Runs in the {@code solr-cloud-it} Failsafe execution, with Solr's Jetty 10.
 */
class CloudSolrSearchIT {

  @RegisterExtension
  static final MiniCloud CLOUD = new MiniCloud();

  static SolrSearchIndex openCloud(String name, QueryExpansion expansion) {
    return CLOUD.open(name, expansion);
  }

  @Nested
  class Search extends SearchContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openCloud(name, expansion);
    }

    @Test
    void theRecordsAreSpreadOverBothShards() throws Exception {
      long total = 0;
      for (String shard : List.of("shard1", "shard2")) {
        SolrQuery q = new SolrQuery("*:*").setRows(0);
        q.set("shards", shard);
        long found = CLOUD.cluster().getSolrClient().query("search", q).getResults()
            .getNumFound();
        assertThat(found).as(shard).isPositive();
        total += found;
      }
      assertThat(total).isEqualTo(Corpus.published().size());
    }

    /**
     * The strongest form of the contract: an embedded core and a sharded collection,
     * given the same records, give equal results (hits in the same order with the same
     * snippets and explanations, totals, every facet) for searches of every kind. The
     * collection is a new one, not the contract's: replaced (deleted) versions count in
     * relevance statistics until their segments merge, and that collection has some.
     */
    @Test
    void everySearchGivesThePageAnEmbeddedCoreGives(@TempDir Path home) {
      try (SolrSearchIndex embedded = SolrSearchIndex.embedded(home);
          SolrSearchIndex cloud = openCloud("compared", QueryExpansion.NONE)) {
        for (SolrSearchIndex index : List.of(embedded, cloud)) {
          index.index(Corpus.all());
          index.commit();
        }
        for (SearchQuery q : COMPARED) {
          assertThat(cloud.search(q)).as(q.toString()).isEqualTo(embedded.search(q));
        }
      }
    }
  }

  /**
   * The whole archive on SolrCloud, as {@code chancery serve --solr-zk} runs it: the demo
   * loaded into an archive on a two-shard collection must give the pages and authority
   * counts the embedded default gives for the same demo.
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class DemoArchive {

    private Path dir;
    private Archive embedded;
    private Archive cloud;

    private ChanceryConfig cloudConfig(String collection) {
      return ChanceryConfig.defaults(dir.resolve("cloud"))
          .withSolrCloud(CLOUD.zkAddress(), collection, MiniCloud.SHARDS, 1);
    }

    @BeforeAll
    void loadTheDemoIntoBoth(@TempDir Path folder) {
      dir = folder;
      embedded = Archive.open(ChanceryConfig.defaults(dir.resolve("embedded")));
      cloud = Archive.open(cloudConfig("demo"));
      embedded.loadDemo(Progress.NONE);
      cloud.loadDemo(Progress.NONE);
    }

    @AfterAll
    void close() {
      for (Archive a : new Archive[] {embedded, cloud}) {
        if (a != null) {
          a.close();
        }
      }
    }

    @Test
    void theDemoSearchesGiveThePagesOfTheEmbeddedDefault() {
      List<SearchQuery> queries = new ArrayList<>(COMPARED);
      for (String text : List.of("Stalin", "Filippov", "Mao Zedong", "Panmunjom", "Hamonten",
          "armistice", "\"neutral zone\"", "author:Acheson", "Kim Il Sung", "Korea OR Berlin",
          "nuclear", "Pyongyang")) {
        queries.add(SearchQuery.of(text));
      }
      assertThat(cloud.index().count()).isEqualTo(embedded.index().count()).isPositive();
      for (SearchQuery q : queries) {
        assertThat(cloud.index().search(q)).as(q.toString())
            .isEqualTo(embedded.index().search(q));
      }
    }

    @Test
    void everyAuthorityPageCountsWhatTheEmbeddedDefaultCounts() {
      int linked = 0;
      for (Authority a : embedded.catalogue().authorities()) {
        NameCounts there = cloud.authorities().profile(a.id()).orElseThrow().counts();
        NameCounts here = embedded.authorities().profile(a.id()).orElseThrow().counts();
        assertThat(there).as(a.id()).isEqualTo(here);
        linked += here.documents() > 0 ? 1 : 0;
      }
      assertThat(linked).isGreaterThan(20);
    }

    @Test
    void anEmptyCollectionIsRebuiltFromTheCatalogueWhenTheArchiveOpens() {
      long published = cloud.catalogue().countPublished();
      cloud.close();
      try (Archive rebuilt = Archive.open(cloudConfig("demo-rebuilt"))) {
        assertThat(rebuilt.index().count()).isEqualTo(published);
      } finally {
        cloud = Archive.open(cloudConfig("demo"));
      }
      assertThat(cloud.index().count()).isEqualTo(published);
    }

    /**
     * What the issue asks of a deployment: {@code chancery serve --db <postgres> --solr-zk
     * <zk>} serves the demo with the same pages and counts as the embedded default.
     */
    @Test
    void servingFromPostgresAndSolrCloudGivesThePagesOfTheEmbeddedDefault() throws Exception {
      DatabaseConfig db = PostgresTestServer.freshSchema("serve");
      try (ServedArchive plain = ServedArchive.start(dir.resolve("serve-embedded"), Map.of());
          ServedArchive scaled = ServedArchive.start(dir.resolve("serve-scaled"),
              Map.of("CHANCERY_DB_USER", db.user(), "CHANCERY_DB_PASSWORD", db.password()),
              "--db", db.url(), "--solr-zk", CLOUD.zkAddress(), "--solr-collection", "served",
              "--solr-shards", "2")) {
        assertThat(scaled.output()).contains("Demo collection loaded");
        for (String path : List.of("/", "/search", "/search?q=Stalin",
            "/search?q=Kaesong&sort=date", "/search?q=%22neutral+zone%22&page=2",
            "/records/seed", "/authorities", "/authorities/stalin",
            "/authorities/zhou-enlai", "/api/search?q=Zhou+Enlai",
            "/api/search?q=&type=Telegram", "/api/authorities/stalin/network")) {
          assertThat(unstamped(scaled.get(path))).as(path)
              .isEqualTo(unstamped(plain.get(path)));
        }
      } finally {
        PostgresTestServer.drop(db);
      }
    }

    /**
     * Save times and the servers' ports differ between the two; nothing else may. (The MLA
     * citation on a record page writes its URL without the scheme: {@code localhost:PORT/}.)
     */
    private static String unstamped(String page) {
      return page.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
          .replaceAll("\\d{1,2} \\p{L}+ \\d{4}, \\d\\d:\\d\\d UTC", "<time>")
          .replaceAll("localhost:\\d+/", "localhost/");
    }

    /**
     * The application as the launcher runs it ({@code java -jar target/chancery.jar}), in a
     * JVM of its own: its classpath has the web server's Jetty 11, under the SolrJ client
     * that talks to this cluster's Jetty 10 nodes.
     */
    @Test
    void theCommandLineOnTheApplicationsOwnClasspathIndexesIntoSolrCloud() throws Exception {
      Path jar = Path.of("target", "chancery.jar");
      assertThat(jar).as("built by mvn package before the integration tests").isRegularFile();
      Path seed = dir.resolve("seed.txt");
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/seed.txt")) {
        Files.write(seed, in.readAllBytes());
      }
      String[] cloudFlags = {"--data", dir.resolve("cli").toString(), "--solr-zk",
          CLOUD.zkAddress(), "--solr-collection", "cli", "--solr-shards", "2"};

      String ingest = runApplication(jar, "ingest", cloudFlags, seed.toString());

      assertThat(ingest).contains("seed.txt: 1 records (1 new");
      try (SolrSearchIndex index = CLOUD.open("cli", QueryExpansion.NONE)) {
        assertThat(SearchContract.ids(index.search(SearchQuery.of("Hamonten"))))
            .containsExactly("seed");
      }
      assertThat(collectionShards("cli")).isEqualTo(2);
    }

    private int collectionShards(String name) throws Exception {
      ZkStateReader reader = CLOUD.cluster().getZkStateReader();
      reader.forceUpdateCollection(name);
      return reader.getClusterState().getCollection(name).getSlices().size();
    }

    private String runApplication(Path jar, String command, String[] flags, String... args)
        throws Exception {
      List<String> line = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-jar", jar.toString(), command));
      line.addAll(List.of(flags));
      line.addAll(List.of(args));
      Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("chancery %s finished", command).isTrue();
      assertThat(p.exitValue()).as("chancery %s: %s", command, out).isZero();
      return out;
    }
  }

  /** Relevance-ranked words, phrases and fields; filters; date orders; pages; facets. */
  static final List<SearchQuery> COMPARED = List.of(
      SearchQuery.of(""), SearchQuery.of("Kaesong"), SearchQuery.of("neutral zone"),
      SearchQuery.of("\"neutral zone\""), SearchQuery.of("Stalin"), SearchQuery.of("Korean"),
      SearchQuery.of("armistice talks"), SearchQuery.of("Kaesong OR Panmunjom OR Berlin"),
      SearchQuery.of("telegram OR cable OR letter"), SearchQuery.of("author:Acheson"),
      SearchQuery.of("Hamon*"), SearchQuery.of("-Kaesong"), SearchQuery.of("neutral zone ("),
      SearchContract.withFilter(SearchQuery.of(""), Facet.DECADE, "1950s"),
      SearchContract.withFilter(SearchQuery.of("Kaesong"), Facet.PLACE, "Kaesong"),
      new SearchQuery("", Map.of(), null, null, SearchQuery.Sort.DATE_ASC, 2, 3, null),
      new SearchQuery("", Map.of(), null, null, SearchQuery.Sort.DATE_DESC, 1, 20, null),
      new SearchQuery("Kaesong OR zone", Map.of(), null, null, SearchQuery.Sort.RELEVANCE, 2,
          2, null),
      new SearchQuery("", Map.of(), LocalDate.of(1951, 10, 15), LocalDate.of(1951, 10, 31),
          SearchQuery.Sort.RELEVANCE, 1, 20, null),
      new SearchQuery("Kaesong", Map.of(), null, null, SearchQuery.Sort.RELEVANCE, 1, 20,
          Corpus.SEED),
      new SearchQuery("", Map.of(), null, null, SearchQuery.Sort.RELEVANCE, 1_000_000, 20,
          null));

  @Nested
  class CursorPaging extends CursorSearchContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openCloud(name, expansion);
    }
  }

  @Nested
  class NameExpansion extends QueryExpansionContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openCloud(name, expansion);
    }
  }

  @Nested
  class Multilingual extends MultilingualSearchContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openCloud(name, expansion);
    }
  }

  @Nested
  class AuthorityCounts extends NameCountsContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openCloud(name, expansion);
    }
  }

  @Nested
  class Lifecycle extends IndexLifecycleContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openCloud(name, expansion);
    }

    @Test
    void theFirstOpenUploadsTheConfigsetAndCreatesACollectionOfTwoShardsOnTwoNodes()
        throws Exception {
      String name = freshName();
      open(name, QueryExpansion.NONE).close();

      SolrZkClient zk = CLOUD.cluster().getZkClient();
      for (String file : Configset.FILES) {
        assertThat(zk.getData("/configs/" + name + "/" + file, null, null, true))
            .as(file).isEqualTo(Configset.file(file));
      }
      DocCollection c = collection(name);
      assertThat(c.getConfigName()).isEqualTo(name);
      assertThat(c.getSlices()).hasSize(2);
      assertThat(c.getReplicas()).hasSize(2).allMatch(r -> r.getState() == Replica.State.ACTIVE);
      Set<String> nodes = c.getReplicas().stream().map(Replica::getNodeName)
          .collect(Collectors.toSet());
      assertThat(nodes).hasSize(2);
    }

    @Test
    void aConfigsetAlreadyInZooKeeperIsUsedAsItIs() throws Exception {
      String name = freshName();
      SolrZkClient zk = CLOUD.cluster().getZkClient();
      byte[] edited = (new String(Configset.file("stopwords.txt"), StandardCharsets.UTF_8)
          + "# edited by the cluster's administrator\n").getBytes(StandardCharsets.UTF_8);
      for (String file : Configset.FILES) {
        zk.makePath("/configs/" + name + "/" + file,
            file.equals("stopwords.txt") ? edited : Configset.file(file), true);
      }

      try (SolrSearchIndex index = open(name, QueryExpansion.NONE)) {
        index.index(Corpus.all());
        index.commit();
        assertThat(index.count()).isEqualTo(Corpus.published().size());
      }

      assertThat(zk.getData("/configs/" + name + "/stopwords.txt", null, null, true))
          .isEqualTo(edited);
    }

    @Test
    void anExistingCollectionKeepsItsShardsWhateverTheConfigurationSays() throws Exception {
      String name = freshName();
      open(name, QueryExpansion.NONE).close();

      try (SolrSearchIndex index = SolrSearchIndex.cloud(
          new CloudCollection(CLOUD.zkAddress(), name, 1, 1), QueryExpansion.NONE)) {
        index.index(Corpus.all());
        index.commit();
        assertThat(index.count()).isEqualTo(Corpus.published().size());
      }
      assertThat(collection(name).getSlices()).hasSize(2);
    }

    @Test
    void twoWebNodesStartingAtOnceOnANewCollectionShareIt() throws Exception {
      String name = freshName();
      CompletableFuture<SolrSearchIndex> first =
          CompletableFuture.supplyAsync(() -> open(name, QueryExpansion.NONE));
      CompletableFuture<SolrSearchIndex> second =
          CompletableFuture.supplyAsync(() -> open(name, QueryExpansion.NONE));

      try (SolrSearchIndex a = first.get(3, TimeUnit.MINUTES);
          SolrSearchIndex b = second.get(3, TimeUnit.MINUTES)) {
        a.index(Corpus.all());
        a.commit();
        assertThat(b.count()).isEqualTo(Corpus.published().size());
      }
      assertThat(collection(name).getSlices()).hasSize(2);
    }

    @Test
    void aZooKeeperPathWithoutSolrFailsWithASearchExceptionNamingIt() {
      String address = CLOUD.zkAddress().replaceFirst("/solr$", "/no-solr-here");

      assertThatThrownBy(() -> SolrSearchIndex.cloud(
          CloudCollection.of(address, freshName()), QueryExpansion.NONE))
          .isInstanceOf(SearchException.class)
          .hasMessageContaining(address);
    }

    private DocCollection collection(String name) throws Exception {
      ZkStateReader reader = CLOUD.cluster().getZkStateReader();
      reader.forceUpdateCollection(name);
      return reader.getClusterState().getCollection(name);
    }
  }
}
