package org.chancery.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SolrCloud in this JVM: {@value #NODES} Solr nodes and a ZooKeeper server
 * (MiniSolrCloudCluster), started before the first test of the class that registers it
 * ({@code @RegisterExtension static}) and shut down after the last; its {@code @Nested}
 * classes share it. It holds no configset
 * and no collection: the code under test uploads the configset and creates its collections
 * of {@value #SHARDS} shards, as it does on a real cluster.
 *
 * <p>Solr's nodes need Jetty 10, not the Jetty 11 of the web server, so tests using this
 * are named {@code Cloud*IT} and run in their own Failsafe execution (pom.xml).
 */
final class MiniCloud implements BeforeAllCallback, AfterAllCallback {

  static final int NODES = 2;
  static final int SHARDS = 2;

  private static final Logger log = LoggerFactory.getLogger(MiniCloud.class);

  private Path base;
  private MiniSolrCloudCluster cluster;
  /** The class that registered the extension; its nested classes share its cluster. */
  private Class<?> owner;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (owner != null) {
      return;
    }
    owner = context.getRequiredTestClass();
    base = Files.createTempDirectory("chancery-solrcloud-");
    long start = System.nanoTime();
    cluster = new MiniSolrCloudCluster.Builder(NODES, base).withMetrics(false).build();
    log.info("SolrCloud of {} nodes started in {} ms, ZooKeeper at {}", NODES,
        (System.nanoTime() - start) / 1_000_000, zkAddress());
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (owner != context.getRequiredTestClass()) {
      return;
    }
    try {
      if (cluster != null) {
        cluster.shutdown();
      }
    } finally {
      deleteRecursively(base);
    }
  }

  /** The ZooKeeper address with the nodes' chroot, {@code 127.0.0.1:port/solr}. */
  String zkAddress() {
    return cluster.getZkServer().getZkAddress();
  }

  MiniSolrCloudCluster cluster() {
    return cluster;
  }

  /** A collection of {@value #SHARDS} shards, one replica each (one per node). */
  CloudCollection collection(String name) {
    return new CloudCollection(zkAddress(), name, SHARDS, 1);
  }

  /** The index on the collection {@code name}, created on first use. */
  SolrSearchIndex open(String name, QueryExpansion expansion) {
    return SolrSearchIndex.cloud(collection(name), expansion);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
