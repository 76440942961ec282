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
 */
public record ChanceryConfig(Path dataDir, String host, int port, String dbUrl, String dbUser,
    String dbPassword, String baseUrl, String editToken) {

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
    editToken = blankToNull(editToken);
    if (editToken != null && editToken.length() < 16) {
      throw new IllegalArgumentException("edit-token must be at least 16 characters");
    }
    if (baseUrl != null && baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
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
    return new ChanceryConfig(
        data == null ? defaultDataDir : Path.of(data),
        pick(p, env, "host", "CHANCERY_HOST"),
        port == null ? DEFAULT_PORT : parsePort(port),
        pick(p, env, "db.url", "CHANCERY_DB_URL"),
        pick(p, env, "db.user", "CHANCERY_DB_USER"),
        pick(p, env, "db.password", "CHANCERY_DB_PASSWORD"),
        pick(p, env, "base-url", "CHANCERY_BASE_URL"),
        pick(p, env, "edit-token", "CHANCERY_EDIT_TOKEN"));
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
    return new ChanceryConfig(d, host, port, dbUrl, dbUser, dbPassword, baseUrl, editToken);
  }

  public ChanceryConfig withPort(int p) {
    return new ChanceryConfig(dataDir, host, p, dbUrl, dbUser, dbPassword, baseUrl, editToken);
  }

  public ChanceryConfig withHost(String h) {
    return new ChanceryConfig(dataDir, h, port, dbUrl, dbUser, dbPassword, baseUrl, editToken);
  }

  public ChanceryConfig withDbUrl(String u) {
    return new ChanceryConfig(dataDir, host, port, u, dbUser, dbPassword, baseUrl, editToken);
  }

  /** The same configuration with API editing allowed to holders of this token. */
  public ChanceryConfig withEditToken(String t) {
    return new ChanceryConfig(dataDir, host, port, dbUrl, dbUser, dbPassword, baseUrl, t);
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
