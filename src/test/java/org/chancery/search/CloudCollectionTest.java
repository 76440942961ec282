package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudCollectionTest {

  @Test
  void readsHostsAndChrootFromTheAddress() {
    CloudCollection c = CloudCollection.of(" zk1:2181, zk2:2181,zk3:2181/solr/chancery ", null);

    assertThat(c.zkHosts()).containsExactly("zk1:2181", "zk2:2181", "zk3:2181");
    assertThat(c.zkChroot()).contains("/solr/chancery");
    assertThat(c.collection()).isEqualTo("chancery");
    assertThat(c.configset()).isEqualTo("chancery");
  }

  @Test
  void anAddressWithoutChrootUsesZooKeepersRoot() {
    assertThat(CloudCollection.of("zk:2181", "c").zkChroot()).isEmpty();
    assertThat(CloudCollection.of("zk:2181/", "c").zkChroot()).isEmpty();
    assertThat(CloudCollection.of("zk:2181/solr/", "c").zkChroot()).contains("/solr");
  }

  @Test
  void theConfigsetBearsTheCollectionsName() {
    assertThat(new CloudCollection("zk:2181", "cables-2026", 2, 2).configset())
        .isEqualTo("cables-2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "/solr", "zk1:2181,,zk2:2181", "zk 1:2181", ",zk:2181"})
  void anAddressWithoutHostsIsRefused(String address) {
    assertThatThrownBy(() -> CloudCollection.of(address, "c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZooKeeper address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-chancery", "my archive", "a/b", "chancery:1"})
  void aNameSolrRefusesIsRefused(String name) {
    assertThatThrownBy(() -> CloudCollection.of("zk:2181", name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }

  @Test
  void aCollectionNeedsAShardAndAReplica() {
    assertThatThrownBy(() -> new CloudCollection("zk:2181", "c", 0, 1))
        .hasMessageContaining("0 shards");
    assertThatThrownBy(() -> new CloudCollection("zk:2181", "c", 1, 0))
        .hasMessageContaining("0 replicas");
  }
}
