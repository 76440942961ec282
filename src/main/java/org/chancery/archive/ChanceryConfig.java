package org.chancery.archive;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The whole configuration, as one typed value. Read from defaults, then a properties
 * file, then the environment, then command-line flags — each overriding the one before.
 * {@code chancery.sample.properties} at the project root documents every key.
 *
 * @param dataDir where the catalogue (H2), the search index and files live
 * @param host the address the web server binds to
 * @param port the web server's port (0 = any free port)
 * @param dbUrl JDBC URL of the catalogue, or null for the embedded H2 file in dataDir
 * @param dbUser database user, or null
 * @param dbPassword database password, or null
 * @param baseUrl the public URL permalinks are built on ({@code https://archive.example.org}),
 *     or null to derive it from each request
 */
public record ChanceryConfig(Path dataDir, String host, int port, String dbUrl, String dbUser,
    String dbPassword, String baseUrl) {

  public static final int DEFAULT_PORT = 8080;

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
    if (baseUrl != null && baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
  }

  /** Defaults for a data folder: H2 and embedded Solr inside it, localhost:8080. */
  public static ChanceryConfig defaults(Path dataDir) {
    return new ChanceryConfig(dataDir, "localhost", DEFAULT_PORT, null, null, null, null);
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
    return new ChanceryConfig(
        data == null ? defaultDataDir : Path.of(data),
        pick(p, env, "host", "CHANCERY_HOST"),
        port == null ? DEFAULT_PORT : parsePort(port),
        pick(p, env, "db.url", "CHANCERY_DB_URL"),
        pick(p, env, "db.user", "CHANCERY_DB_USER"),
        pick(p, env, "db.password", "CHANCERY_DB_PASSWORD"),
        pick(p, env, "base-url", "CHANCERY_BASE_URL"));
  }

  private static String pick(Properties p, Map<String, String> env, String key, String envKey) {
    String v = env.get(envKey);
    if (v == null || v.isBlank()) {
      v = p.getProperty(key);
    }
    return blankToNull(v);
  }

  static int parsePort(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number, was '" + s + "'", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public ChanceryConfig withDataDir(Path d) {
    return new ChanceryConfig(d, host, port, dbUrl, dbUser, dbPassword, baseUrl);
  }

  public ChanceryConfig withPort(int p) {
    return new ChanceryConfig(dataDir, host, p, dbUrl, dbUser, dbPassword, baseUrl);
  }

  public ChanceryConfig withHost(String h) {
    return new ChanceryConfig(dataDir, h, port, dbUrl, dbUser, dbPassword, baseUrl);
  }

  public ChanceryConfig withDbUrl(String u) {
    return new ChanceryConfig(dataDir, host, port, u, dbUser, dbPassword, baseUrl);
  }

  /** Where the embedded catalogue lives when no dbUrl is given. */
  public Path catalogueDir() {
    return dataDir.resolve("catalogue");
  }

  /** Where the embedded Solr home lives. */
  public Path indexDir() {
    return dataDir.resolve("index");
  }
}
