package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chancery.search.CloudCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChanceryConfigTest {

  @TempDir
  Path dir;

  @Test
  void defaultsToEmbeddedStoresInTheDataFolder() {
    ChanceryConfig c = ChanceryConfig.load(dir, null, Map.of());
    assertThat(c.dataDir()).isEqualTo(dir);
    assertThat(c.server().port()).isEqualTo(8080);
    assertThat(c.server().host()).isEqualTo("localhost");
    assertThat(c.database().url()).isNull();
    assertThat(c.catalogueDir()).isEqualTo(dir.resolve("catalogue"));
    assertThat(c.solr().zk()).isNull();
    assertThat(c.solrCloud()).isNull();
    assertThat(c.indexDir()).isEqualTo(dir.resolve("index"));
  }

  @Test
  void solrCloudSettingsComeFromTheFileAndTheEnvironment() throws Exception {
    Path file = dir.resolve("chancery.properties");
    Files.writeString(file, "solr.zk=zk1:2181,zk2:2181/solr\nsolr.collection=archive\n"
        + "solr.shards=4\n");
    ChanceryConfig c = ChanceryConfig.load(dir, file, Map.of("CHANCERY_SOLR_REPLICAS", "2",
        "CHANCERY_SOLR_COLLECTION", "cables"));

    assertThat(c.solrCloud()).isEqualTo(
        new CloudCollection("zk1:2181,zk2:2181/solr", "cables", 4, 2));
    assertThat(c.solrCloud().zkHosts()).containsExactly("zk1:2181", "zk2:2181");
    assertThat(c.solrCloud().zkChroot()).contains("/solr");
  }

  @Test
  void solrCloudDefaultsToOneShardAndOneReplicaOfTheChanceryCollection() {
    ChanceryConfig c = ChanceryConfig.load(dir, null, Map.of("CHANCERY_SOLR_ZK", "zk:2181"));

    assertThat(c.solrCloud()).isEqualTo(new CloudCollection("zk:2181", "chancery", 1, 1));
  }

  @Test
  void flagsOverrideTheSolrCloudSettingsTheyName() {
    ChanceryConfig c = ChanceryConfig.load(dir, null, Map.of("CHANCERY_SOLR_ZK", "zk:2181",
        "CHANCERY_SOLR_SHARDS", "3"));

    ChanceryConfig flagged = c.withSolrCloud("other:2181/chancery", null, null, 2);

    assertThat(flagged.solrCloud())
        .isEqualTo(new CloudCollection("other:2181/chancery", "chancery", 3, 2));
    assertThat(flagged.withPort(9000).solrCloud()).isEqualTo(flagged.solrCloud());
  }

  @Test
  void malformedSolrCloudSettingsAreNamed() {
    assertThatThrownBy(() -> ChanceryConfig.load(dir, null,
        Map.of("CHANCERY_SOLR_ZK", "zk:2181", "CHANCERY_SOLR_SHARDS", "two")))
        .hasMessageContaining("solr.shards").hasMessageContaining("two");
    assertThatThrownBy(() -> ChanceryConfig.load(dir, null,
        Map.of("CHANCERY_SOLR_ZK", "zk:2181", "CHANCERY_SOLR_REPLICAS", "0")))
        .hasMessageContaining("replica");
    assertThatThrownBy(() -> ChanceryConfig.load(dir, null,
        Map.of("CHANCERY_SOLR_ZK", "zk:2181", "CHANCERY_SOLR_COLLECTION", "my archive")))
        .hasMessageContaining("my archive");
    assertThatThrownBy(() -> ChanceryConfig.load(dir, null, Map.of("CHANCERY_SOLR_ZK", "/solr")))
        .hasMessageContaining("/solr");
  }

  @Test
  void environmentOverridesTheFile() throws Exception {
    Path file = dir.resolve("chancery.properties");
    Files.writeString(file, "port=9000\nhost=0.0.0.0\nbase-url=https://archive.example.org/\n");
    ChanceryConfig c = ChanceryConfig.load(dir, file, Map.of("CHANCERY_PORT", "9100"));
    assertThat(c.server().port()).isEqualTo(9100);
    assertThat(c.server().host()).isEqualTo("0.0.0.0");
    assertThat(c.site().baseUrl()).isEqualTo("https://archive.example.org");
  }

  @Test
  void siteAndPoolSettingsComeFromTheFileAndTheEnvironment() throws Exception {
    Path file = dir.resolve("chancery.properties");
    Files.writeString(file, "name=Cold War Cables\nadmin-email=archivist@example.org\n"
        + "db.url=jdbc:postgresql://db/chancery\n");
    ChanceryConfig c = ChanceryConfig.load(dir, file, Map.of("CHANCERY_DB_POOL_SIZE", "24"));
    assertThat(c.site().name()).isEqualTo("Cold War Cables");
    assertThat(c.site().adminEmail()).isEqualTo("archivist@example.org");
    assertThat(c.catalogueDatabase().poolSize()).isEqualTo(24);
    assertThat(c.catalogueDatabase().url()).isEqualTo("jdbc:postgresql://db/chancery");
    assertThat(ChanceryConfig.defaults(dir).site().name()).isEqualTo("Chancery");
    assertThat(ChanceryConfig.defaults(dir).catalogueDatabase().isH2()).isTrue();
  }

  @Test
  void aPasswordIsNeverShown() {
    ChanceryConfig c = ChanceryConfig.load(dir, null, Map.of("CHANCERY_DB_URL",
        "jdbc:postgresql://db/chancery", "CHANCERY_DB_PASSWORD", "hunter2-secret"));
    assertThat(c.toString()).doesNotContain("hunter2-secret");
  }

  @Test
  void malformedSiteAndPoolSettingsAreNamed() {
    assertThatThrownBy(() -> ChanceryConfig.load(dir, null,
        Map.of("CHANCERY_ADMIN_EMAIL", "nobody"))).hasMessageContaining("admin-email");
    assertThatThrownBy(() -> ChanceryConfig.load(dir, null,
        Map.of("CHANCERY_DB_POOL_SIZE", "many"))).hasMessageContaining("db.pool-size");
  }

  @Test
  void theSampleFileLoadsToTheDefaults() {
    ChanceryConfig c = ChanceryConfig.load(dir, Path.of("chancery.sample.properties"), Map.of());
    assertThat(c).isEqualTo(ChanceryConfig.defaults(dir));
  }

  @Test
  void malformedValuesAreNamed() {
    assertThatThrownBy(() -> ChanceryConfig.load(dir, null, Map.of("CHANCERY_PORT", "eighty")))
        .hasMessageContaining("port").hasMessageContaining("eighty");
    assertThatThrownBy(() -> ChanceryConfig.load(dir, dir.resolve("missing.properties"),
        Map.of())).hasMessageContaining("missing.properties");
  }
}
