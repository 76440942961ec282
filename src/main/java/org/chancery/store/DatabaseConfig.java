package org.chancery.store;

import java.nio.file.Path;

/**
 * Where the catalogue lives.
 *
 * @param url JDBC URL ({@code jdbc:h2:file:...} or {@code jdbc:postgresql://...})
 * @param user user name, or null
 * @param password password, or null
 * @param poolSize the most connections a PostgreSQL catalogue holds open at once (HikariCP's
 *     maximum pool size); 0 takes {@link #DEFAULT_POOL_SIZE}. H2 ignores it.
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {

  /**
   * Ten connections: the web server's requests each need one only for a few milliseconds,
   * and a PostgreSQL server serves best with few busy connections per core.
   */
  public static final int DEFAULT_POOL_SIZE = 10;

  // PostgreSQL mode keeps one set of migrations for both engines; lower-case names and
  // NULLs sorting last make H2 behave as PostgreSQL does.
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  public DatabaseConfig {
    if (url == null || !url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("a database URL starts with jdbc:, was '" + url + "'");
    }
    if (poolSize < 0) {
      throw new IllegalArgumentException("the pool size must be positive, was " + poolSize);
    }
    poolSize = poolSize == 0 ? DEFAULT_POOL_SIZE : poolSize;
  }

  /** A database with the default pool size. */
  public DatabaseConfig(String url, String user, String password) {
    this(url, user, password, 0);
  }

  /** The same database with another pool size (0 for the default). */
  public DatabaseConfig withPoolSize(int size) {
    return new DatabaseConfig(url, user, password, size);
  }

  /**
   * An H2 database file inside {@code dir}, created when missing. Commits are written
   * through at once (WRITE_DELAY=0): a kill -9 loses no acknowledged save.
   */
  public static DatabaseConfig h2File(Path dir) {
    return new DatabaseConfig("jdbc:h2:file:" + dir.toAbsolutePath().resolve("chancery")
        + H2_OPTIONS + ";WRITE_DELAY=0", "sa", "");
  }

  /** A private in-memory H2 database that lives as long as the catalogue is open. */
  public static DatabaseConfig h2InMemory(String name) {
    return new DatabaseConfig("jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "sa",
        "");
  }

  /** Never shows the password (the configuration may be logged). */
  @Override
  public String toString() {
    return "DatabaseConfig[url=" + url + ", user=" + user + ", password="
        + (password == null ? null : "***") + ", poolSize=" + poolSize + "]";
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }
}
