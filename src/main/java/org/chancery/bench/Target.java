package org.chancery.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;

/**
 * Where the measured archive keeps its catalogue and index: embedded (H2 and a Solr core in
 * the run's scratch folder, the default) or an external PostgreSQL and/or SolrCloud given
 * as {@code chancery serve} takes them. An external catalogue or collection must be empty:
 * a run measures ingest from nothing and never deletes what it did not create.
 *
 * @param db JDBC URL of the catalogue, or null for embedded H2
 * @param solrZk ZooKeeper address (with chroot) of a SolrCloud, or null for embedded Solr
 * @param collection SolrCloud collection, or null for the default
 * @param shards shards when the collection is created, or null for the default
 * @param replicas replicas per shard when the collection is created, or null
 */
public record Target(String db, String solrZk, String collection, Integer shards,
    Integer replicas) {

  public static final Target EMBEDDED = new Target(null, null, null, null, null);

  public Target {
    if (solrZk == null && (collection != null || shards != null || replicas != null)) {
      throw new IllegalArgumentException("--solr-collection, --solr-shards and --solr-replicas"
          + " apply to SolrCloud: give its address with --solr-zk");
    }
  }

  boolean embeddedIndex() {
    return solrZk == null;
  }

  ChanceryConfig config(Path data) {
    ChanceryConfig c = ChanceryConfig.defaults(data);
    if (db != null) {
      c = c.withDbUrl(db);
    }
    if (solrZk != null) {
      c = c.withSolrCloud(solrZk, collection, shards, replicas);
    }
    return c;
  }

  /** The same flags for the {@code serve} process. */
  List<String> serveFlags() {
    List<String> f = new ArrayList<>();
    add(f, "--db", db);
    add(f, "--solr-zk", solrZk);
    add(f, "--solr-collection", collection);
    add(f, "--solr-shards", shards);
    add(f, "--solr-replicas", replicas);
    return f;
  }

  /** Refuses to measure on a catalogue or index that already holds records. */
  void requireEmpty(Archive archive) {
    long records = archive.catalogue().count();
    long indexed = archive.index().count();
    if (records > 0 || indexed > 0) {
      throw new IllegalStateException("the benchmark ingests into an empty archive, but "
          + describe() + " holds " + records + " catalogue records and " + indexed
          + " indexed documents; give an empty database and collection (one corpus size"
          + " per run when they are external)");
    }
  }

  String describe() {
    return (db == null ? "embedded H2" : "catalogue " + db.replaceAll("[;?].*", ""))
        + (solrZk == null ? ", embedded Solr" : ", SolrCloud " + solrZk);
  }

  private static void add(List<String> f, String flag, Object value) {
    if (value != null) {
      f.add(flag);
      f.add(value.toString());
    }
  }
}
