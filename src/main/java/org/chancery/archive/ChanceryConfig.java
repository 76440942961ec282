package org.chancery.archive;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.chancery.search.CloudCollection;

/**
 * The whole configuration, as one typed value. Read from defaults, then a properties
 * file, then the environment, then command-line flags — each overriding the one before.
 * {@code chancery.sample.properties} at the project root documents every key.
 * {@code editToken}, when set, lets API clients that send it as a bearer token edit
 * authorities; without it the API is read-only.
 *
 * @param dataDir where the catalogue (H2), the search index and files live
 * @param host the address the web server binds to
 * @param port the web server's port (0 = any free port)
 * @param dbUrl JDBC URL of the catalogue, or null for the embedded H2 file in dataDir
 * @param dbUser database user, or null
 * @param dbPassword database password, or null
 * @param baseUrl the public URL permalinks are built on ({@code https://archive.example.org}),
 *     or null to derive it from each request
 * @param editToken the bearer token API clients must send to edit authorities, or null
 *     (the API is then read-only)
 * @param solrZk the ZooKeeper address of a SolrCloud cluster, with the chroot its nodes use
 *     ({@code zk1:2181,zk2:2181/solr}), or null for the embedded Solr core in dataDir
 * @param solrCollection the SolrCloud collection (default {@code chancery}); its configset
 *     bears the same name
 * @param solrShards shards of the collection when Chancery creates it (default 1)
 * @param solrReplicas replicas of each shard when Chancery creates it (default 1)
 */
public record ChanceryConfig(Path dataDir, String host, int port, String dbUrl, String dbUser,
    String dbPassword, String baseUrl, String editToken, String solrZk, String solrCollection,
    int solrShards, int solrReplicas) {

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_SOLR_COLLECTION = CloudCollection.DEFAULT_NAME;

  public ChanceryConfig {
    if (dataDir == null) {
      throw new IllegalArgumentException("a data folder is needed");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    host = host == null || host.isBlank() ? "localhost" : host;
    dbUrl = blankToNull(dbUrl);
    baseUrl = blankToNull(baseUrl);
    editToken = blankToNull(editToken);
    if (editToken != null && editToken.length() < 16) {
      throw new IllegalArgumentException("edit-token must be at least 16 characters");
    }
    if (baseUrl != null && baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
    solrZk = blankToNull(solrZk);
    solrCollection = solrCollection == null || solrCollection.isBlank()
        ? DEFAULT_SOLR_COLLECTION : solrCollection.strip();
    try {
      new CloudCollection(solrZk == null ? "localhost" : solrZk, solrCollection, solrShards,
          solrReplicas);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("solr settings: " + e.getMessage(), e);
    }
  }

  /** A configuration without SolrCloud: the embedded Solr core in the data folder. */
  public ChanceryConfig(Path dataDir, String host, int port, String dbUrl, String dbUser,
      String dbPassword, String baseUrl, String editToken) {
    this(dataDir, host, port, dbUrl, dbUser, dbPassword, baseUrl, editToken, null, null, 1, 1);
  }

  /** Defaults for a data folder: H2 and embedded Solr inside it, localhost:8080. */
  public static ChanceryConfig defaults(Path dataDir) {
    return new ChanceryConfig(dataDir, "localhost", DEFAULT_PORT, null, null, null, null,
        null);
  }

  /**
   * Applies a properties file (when not null) and then the environment over defaults.
   *
   * @throws IllegalArgumentException naming the key when a value is malformed
   */
  public static ChanceryConfig load(Path defaultDataDir, Path file, Map<String, String> env) {
    Properties p = new Properties();
    if (file != null) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
      }
    }
    String data = pick(p, env, "data", "CHANCERY_DATA");
    String port = pick(p, env, "port", "CHANCERY_PORT");
    String shards = pick(p, env, "solr.shards", "CHANCERY_SOLR_SHARDS");
    String replicas = pick(p, env, "solr.replicas", "CHANCERY_SOLR_REPLICAS");
    return new ChanceryConfig(
        data == null ? defaultDataDir : Path.of(data),
        pick(p, env, "host", "CHANCERY_HOST"),
        port == null ? DEFAULT_PORT : parsePort(port),
        pick(p, env, "db.url", "CHANCERY_DB_URL"),
        pick(p, env, "db.user", "CHANCERY_DB_USER"),
        pick(p, env, "db.password", "CHANCERY_DB_PASSWORD"),
        pick(p, env, "base-url", "CHANCERY_BASE_URL"),
        pick(p, env, "edit-token", "CHANCERY_EDIT_TOKEN"),
        pick(p, env, "solr.zk", "CHANCERY_SOLR_ZK"),
        pick(p, env, "solr.collection", "CHANCERY_SOLR_COLLECTION"),
        shards == null ? 1 : parseCount("solr.shards", shards),
        replicas == null ? 1 : parseCount("solr.replicas", replicas));
  }

  private static String pick(Properties p, Map<String, String> env, String key, String envKey) {
    String v = env.get(envKey);
    if (v == null || v.isBlank()) {
      v = p.getProperty(key);
    }
    return blankToNull(v);
  }

  static int parsePort(String s) {
    return parseCount("port", s);
  }

  static int parseCount(String key, String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, was '" + s + "'", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public ChanceryConfig withDataDir(Path d) {
    return new ChanceryConfig(d, host, port, dbUrl, dbUser, dbPassword, baseUrl, editToken,
        solrZk, solrCollection, solrShards, solrReplicas);
  }

  public ChanceryConfig withPort(int p) {
    return new ChanceryConfig(dataDir, host, p, dbUrl, dbUser, dbPassword, baseUrl, editToken,
        solrZk, solrCollection, solrShards, solrReplicas);
  }

  public ChanceryConfig withHost(String h) {
    return new ChanceryConfig(dataDir, h, port, dbUrl, dbUser, dbPassword, baseUrl, editToken,
        solrZk, solrCollection, solrShards, solrReplicas);
  }

  public ChanceryConfig withDbUrl(String u) {
    return new ChanceryConfig(dataDir, host, port, u, dbUser, dbPassword, baseUrl, editToken,
        solrZk, solrCollection, solrShards, solrReplicas);
  }

  /** The same configuration with API editing allowed to holders of this token. */
  public ChanceryConfig withEditToken(String t) {
    return new ChanceryConfig(dataDir, host, port, dbUrl, dbUser, dbPassword, baseUrl, t,
        solrZk, solrCollection, solrShards, solrReplicas);
  }

  /**
   * The same configuration on SolrCloud; a null argument keeps the current value (a null
   * {@code zk} too: there is no way back to the embedded core but leaving solr.zk unset).
   */
  public ChanceryConfig withSolrCloud(String zk, String collection, Integer shards,
      Integer replicas) {
    return new ChanceryConfig(dataDir, host, port, dbUrl, dbUser, dbPassword, baseUrl,
        editToken, zk == null ? solrZk : zk, collection == null ? solrCollection : collection,
        shards == null ? solrShards : shards, replicas == null ? solrReplicas : replicas);
  }

  /** The SolrCloud collection to use, or null for the embedded core in {@link #indexDir}. */
  public CloudCollection solrCloud() {
    return solrZk == null ? null
        : new CloudCollection(solrZk, solrCollection, solrShards, solrReplicas);
  }

  /** Where the embedded catalogue lives when no dbUrl is given. */
  public Path catalogueDir() {
    return dataDir.resolve("catalogue");
  }

  /** Where the embedded Solr home lives (unused when {@link #solrZk} is set). */
  public Path indexDir() {
    return dataDir.resolve("index");
  }
}
