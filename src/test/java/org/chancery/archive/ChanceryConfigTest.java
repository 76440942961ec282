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
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.host()).isEqualTo("localhost");
    assertThat(c.dbUrl()).isNull();
    assertThat(c.catalogueDir()).isEqualTo(dir.resolve("catalogue"));
    assertThat(c.solrZk()).isNull();
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
    assertThat(c.port()).isEqualTo(9100);
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.baseUrl()).isEqualTo("https://archive.example.org");
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
