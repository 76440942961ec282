package org.chancery.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A SolrCloud for benchmarks on a machine without one: the same MiniSolrCloudCluster the
 * {@code Cloud*IT} tests use (real Solr nodes and a real ZooKeeper, in one JVM), kept
 * running until the process is stopped. Started by {@code scripts/local-solrcloud}, which
 * gives it Solr's Jetty 10 class path; {@code chancery bench run --solr-zk} then measures
 * against it. Not a production cluster: one JVM, one disk, no replicas on other machines.
 *
 * <p>Arguments: the number of nodes and a folder; the ZooKeeper address is written to
 * {@code FOLDER/zk-address} once the cluster is up.
 */
public final class LocalSolrCloud {

  private LocalSolrCloud() {}

  public static void main(String[] args) throws Exception {
    int nodes = Integer.parseInt(args[0]);
    Path base = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(base);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base.resolve("nodes"))
        .withMetrics(false).build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.shutdown();
      } catch (Exception e) {
        System.err.println("local-solrcloud: shutdown: " + e.getMessage());
      }
    }));
    String zk = cluster.getZkServer().getZkAddress();
    Files.writeString(base.resolve("zk-address"), zk + "\n", StandardCharsets.UTF_8);
    System.out.println("SolrCloud of " + nodes + " nodes up; ZooKeeper at " + zk);
    Thread.currentThread().join();
  }
}
