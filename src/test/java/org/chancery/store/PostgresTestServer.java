package org.chancery.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server the build starts for the integration tests
 * ({@code scripts/test-postgres start}, bound to pre-integration-test), and a fresh
 * schema on it per test. When the server is not there the test fails saying so: a
 * PostgreSQL test is never skipped.
 */
public final class PostgresTestServer {

  /** System property naming the connection file, to point the tests at another server. */
  public static final String FILE_PROPERTY = "chancery.test.postgres";

  private PostgresTestServer() {}

  /** The file {@code scripts/test-postgres start} writes (db.url, db.user, db.password). */
  public static Path connectionFile() {
    String file = System.getProperty(FILE_PROPERTY);
    if (file != null && !file.isBlank()) {
      return Path.of(file);
    }
    return Path.of(System.getProperty("basedir", "."), "target", "test-postgres",
        "chancery.properties");
  }

  /** The test server's database, as the tests' user. */
  public static DatabaseConfig server() {
    return server(connectionFile());
  }

  static DatabaseConfig server(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("No PostgreSQL test server: " + file + " is missing. `mvn verify` "
          + "starts one before the integration tests (scripts/test-postgres start, in "
          + "pre-integration-test); to run a PostgreSQL test on its own, run "
          + "`scripts/test-postgres start` first, or set -D" + FILE_PROPERTY + "=FILE "
          + "(db.url, db.user, db.password) for another server.");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
    }
    String url = p.getProperty("db.url");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new AssertionError(file + " names no PostgreSQL db.url (found '" + url + "')");
    }
    return new DatabaseConfig(url, p.getProperty("db.user"), p.getProperty("db.password"));
  }

  /**
   * A new, empty schema on the test server, and the database config whose connections use
   * it (PostgreSQL's {@code currentSchema}), so every test starts from nothing.
   */
  public static DatabaseConfig freshSchema(String prefix) {
    DatabaseConfig server = server();
    String schema = (prefix + "_" + UUID.randomUUID().toString().replace("-", ""))
        .toLowerCase(Locale.ROOT);
    execute(server, "CREATE SCHEMA " + schema);
    String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema="
        + schema;
    return new DatabaseConfig(url, server.user(), server.password());
  }

  /** Drops a schema {@link #freshSchema} made, with everything in it. */
  public static void drop(DatabaseConfig fresh) {
    String schema = fresh.url().replaceAll(".*[?&]currentSchema=([a-z0-9_]+).*", "$1");
    execute(server(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  static void execute(DatabaseConfig db, String sql) {
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError("the PostgreSQL test server at " + db.url() + " (from "
          + connectionFile() + ") did not answer '" + sql + "': " + e.getMessage()
          + ". Is it running? `mvn verify` starts it; by hand: scripts/test-postgres start", e);
    }
  }
}
