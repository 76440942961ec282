package org.chancery.cli;

import java.nio.file.Path;
import org.chancery.archive.ChanceryConfig;
import picocli.CommandLine.Option;

/** Options every command that opens the archive shares. */
final class DataOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder (catalogue, index, files). Default: the data folder next to "
          + "the launcher, or $CHANCERY_DATA.")
  Path data;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file; see chancery.sample.properties.")
  Path config;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Catalogue database (default: embedded H2 in the data folder).")
  String db;

  @Option(names = "--solr-zk", paramLabel = "HOST:PORT[,...]/CHROOT",
      description = "Search index on SolrCloud: ZooKeeper hosts and the Solr nodes' chroot "
          + "(default: embedded Solr in the data folder).")
  String solrZk;

  @Option(names = "--solr-collection", paramLabel = "NAME",
      description = "SolrCloud collection (default: chancery); created when missing.")
  String solrCollection;

  @Option(names = "--solr-shards", paramLabel = "N",
      description = "Shards of the SolrCloud collection when it is created (default: 1).")
  Integer solrShards;

  @Option(names = "--solr-replicas", paramLabel = "N",
      description = "Replicas of each shard when the collection is created (default: 1).")
  Integer solrReplicas;

  /** Defaults, then the config file, then the environment, then these flags. */
  ChanceryConfig resolve() {
    Path home = Path.of(System.getProperty("chancery.home", "."));
    ChanceryConfig c = ChanceryConfig.load(home.resolve("data"), config, System.getenv());
    if (data != null) {
      c = c.withDataDir(data);
    }
    if (db != null) {
      c = c.withDbUrl(db);
    }
    if (solrZk != null || solrCollection != null || solrShards != null
        || solrReplicas != null) {
      c = c.withSolrCloud(solrZk, solrCollection, solrShards, solrReplicas);
      if (c.solr().zk() == null) {
        throw new IllegalArgumentException("--solr-collection, --solr-shards and "
            + "--solr-replicas apply to SolrCloud: give its address with --solr-zk "
            + "(or solr.zk in the configuration)");
      }
    }
    return c;
  }
}
