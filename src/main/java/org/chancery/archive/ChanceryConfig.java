package org.chancery.archive;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.chancery.search.CloudCollection;
import org.chancery.store.DatabaseConfig;

/**
 * The whole configuration, as one typed value in a few parts. Read from defaults, then a
 * properties file, then the environment, then command-line flags — each overriding the one
 * before. {@code chancery.sample.properties} at the project root documents every key.
 *
 * @param dataDir where the catalogue (H2), the search index and files live
 * @param server where the web server listens
 * @param database the catalogue database
 * @param solr the search index
 * @param site how the archive presents itself to readers and harvesters
 * @param editToken the bearer token API clients must send to edit authorities, or null
 *     (the API is then read-only)
 */
public record ChanceryConfig(Path dataDir, Server server, Database database, Solr solr,
    Site site, String editToken) {

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_SOLR_COLLECTION = CloudCollection.DEFAULT_NAME;
  public static final String DEFAULT_NAME = "Chancery";

  /**
   * Where the web server listens.
   *
   * @param host the address the web server binds to
   * @param port the web server's port (0 = any free port)
   */
  public record Server(String host, int port) {
    public Server {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      host = host == null || host.isBlank() ? "localhost" : host.strip();
    }
  }

  /**
   * The catalogue database.
   *
   * @param url JDBC URL, or null for the embedded H2 file in the data folder
   * @param user database user, or null
   * @param password database password, or null
   * @param poolSize the most connections a PostgreSQL catalogue holds open (0 = default)
   */
  public record Database(String url, String user, String password, int poolSize) {
    public Database {
      url = blankToNull(url);
      if (poolSize < 0) {
        throw new IllegalArgumentException("db.pool-size must be positive, was " + poolSize);
      }
    }

    /** Never shows the password (the configuration may be logged). */
    @Override
    public String toString() {
      return "Database[url=" + url + ", user=" + user + ", password="
          + (password == null ? null : "***") + ", poolSize=" + poolSize + "]";
    }
  }

  /**
   * The search index.
   *
   * @param zk the ZooKeeper address of a SolrCloud cluster, with the chroot its nodes use
   *     ({@code zk1:2181,zk2:2181/solr}), or null for the embedded Solr core in the data folder
   * @param collection the SolrCloud collection (default {@code chancery}); its configset
   *     bears the same name
   * @param shards shards of the collection when Chancery creates it (default 1)
   * @param replicas replicas of each shard when Chancery creates it (default 1)
   */
  public record Solr(String zk, String collection, int shards, int replicas) {
    public Solr {
      zk = blankToNull(zk);
      collection = collection == null || collection.isBlank()
          ? DEFAULT_SOLR_COLLECTION : collection.strip();
      try {
        new CloudCollection(zk == null ? "localhost" : zk, collection, shards, replicas);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("solr settings: " + e.getMessage(), e);
      }
    }

    static Solr embedded() {
      return new Solr(null, null, 1, 1);
    }
  }

  /**
   * How the archive presents itself: in page titles, citations (as the publisher of the
   * digital copies) and to OAI-PMH harvesters.
   *
   * @param name the archive's name (default "Chancery")
   * @param baseUrl the public URL permalinks are built on ({@code https://archive.example.org}),
   *     or null to derive it from each request
   * @param adminEmail who harvesters write to about the archive, or null
   */
  public record Site(String name, String baseUrl, String adminEmail) {
    public Site {
      name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
      baseUrl = blankToNull(baseUrl);
      if (baseUrl != null && baseUrl.endsWith("/")) {
        baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
      }
      adminEmail = blankToNull(adminEmail);
      if (adminEmail != null && !adminEmail.matches("[^@\\s]+@[^@\\s]+")) {
        throw new IllegalArgumentException("admin-email is not an e-mail address: '"
            + adminEmail + "'");
      }
    }
  }

  public ChanceryConfig {
    if (dataDir == null) {
      throw new IllegalArgumentException("a data folder is needed");
    }
    server = server == null ? new Server(null, DEFAULT_PORT) : server;
    database = database == null ? new Database(null, null, null, 0) : database;
    solr = solr == null ? Solr.embedded() : solr;
    site = site == null ? new Site(null, null, null) : site;
    editToken = blankToNull(editToken);
    if (editToken != null && editToken.length() < 16) {
      throw new IllegalArgumentException("edit-token must be at least 16 characters");
    }
  }

  /** Defaults for a data folder: H2 and embedded Solr inside it, localhost:8080. */
  public static ChanceryConfig defaults(Path dataDir) {
    return new ChanceryConfig(dataDir, null, null, null, null, null);
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
        throw new IllegalArgumentException("cannot read config file " + file + ": "
            + e.getMessage(), e);
      }
    }
    Keys k = new Keys(p, env);
    String data = k.get("data");
    return new ChanceryConfig(
        data == null ? defaultDataDir : Path.of(data),
        new Server(k.get("host"), k.count("port", DEFAULT_PORT)),
        new Database(k.get("db.url"), k.get("db.user"), k.get("db.password"),
            k.count("db.pool-size", 0)),
        new Solr(k.get("solr.zk"), k.get("solr.collection"), k.count("solr.shards", 1),
            k.count("solr.replicas", 1)),
        new Site(k.get("name"), k.get("base-url"), k.get("admin-email")),
        k.get("edit-token"));
  }

  /** A key read from the environment ({@code CHANCERY_} + upper case, dots and dashes as
   * underscores) or else the properties file. */
  private record Keys(Properties file, Map<String, String> env) {
    String get(String key) {
      String v = env.get("CHANCERY_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_')
          .replace('-', '_'));
      if (v == null || v.isBlank()) {
        v = file.getProperty(key);
      }
      return blankToNull(v);
    }

    int count(String key, int otherwise) {
      String v = get(key);
      return v == null ? otherwise : parseCount(key, v);
    }
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
    return new ChanceryConfig(d, server, database, solr, site, editToken);
  }

  public ChanceryConfig withServer(String host, int port) {
    return new ChanceryConfig(dataDir, new Server(host, port), database, solr, site, editToken);
  }

  public ChanceryConfig withPort(int p) {
    return withServer(server.host(), p);
  }

  public ChanceryConfig withHost(String h) {
    return withServer(h, server.port());
  }

  public ChanceryConfig withDbUrl(String u) {
    return new ChanceryConfig(dataDir, server, new Database(u, database.user(),
        database.password(), database.poolSize()), solr, site, editToken);
  }

  public ChanceryConfig withSite(Site s) {
    return new ChanceryConfig(dataDir, server, database, solr, s, editToken);
  }

  /** The same configuration with API editing allowed to holders of this token. */
  public ChanceryConfig withEditToken(String t) {
    return new ChanceryConfig(dataDir, server, database, solr, site, t);
  }

  /**
   * The same configuration on SolrCloud; a null argument keeps the current value (a null
   * {@code zk} too: there is no way back to the embedded core but leaving solr.zk unset).
   */
  public ChanceryConfig withSolrCloud(String zk, String collection, Integer shards,
      Integer replicas) {
    return new ChanceryConfig(dataDir, server, database, new Solr(zk == null ? solr.zk() : zk,
        collection == null ? solr.collection() : collection,
        shards == null ? solr.shards() : shards, replicas == null ? solr.replicas() : replicas),
        site, editToken);
  }

  /** The catalogue's connection: the configured database, or H2 in {@link #catalogueDir}. */
  public DatabaseConfig catalogueDatabase() {
    DatabaseConfig db = database.url() == null ? DatabaseConfig.h2File(catalogueDir())
        : new DatabaseConfig(database.url(), database.user(), database.password());
    return db.withPoolSize(database.poolSize());
  }

  /** The SolrCloud collection to use, or null for the embedded core in {@link #indexDir}. */
  public CloudCollection solrCloud() {
    return solr.zk() == null ? null
        : new CloudCollection(solr.zk(), solr.collection(), solr.shards(), solr.replicas());
  }

  /** Where the embedded catalogue lives when no database URL is given. */
  public Path catalogueDir() {
    return dataDir.resolve("catalogue");
  }

  /** Where the embedded Solr home lives (unused when a SolrCloud is configured). */
  public Path indexDir() {
    return dataDir.resolve("index");
  }
}
