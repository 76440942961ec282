package org.chancery.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Makes the connection source for a database and closes it.
 *
 * <p>H2 is embedded: its own small pool hands out in-process connections. PostgreSQL is a
 * server: HikariCP keeps a bounded set of open connections (a TCP connection and a server
 * process each), checks them before use, replaces broken ones, and makes a request wait at
 * most {@link #CONNECTION_TIMEOUT} for one rather than queue forever when the server is
 * down or the pool exhausted.
 */
final class DataSources {

  /** How long a caller waits for a connection before the request fails. */
  static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

  private DataSources() {}

  static DataSource open(DatabaseConfig c) {
    if (c.isH2()) {
      return JdbcConnectionPool.create(c.url(), nz(c.user()), nz(c.password()));
    }
    if (c.isPostgres()) {
      return hikari(c);
    }
    throw new IllegalArgumentException("unsupported catalogue database (H2 and PostgreSQL are): "
        + c.url());
  }

  private static HikariDataSource hikari(DatabaseConfig c) {
    HikariConfig h = new HikariConfig();
    h.setPoolName("chancery-catalogue");
    h.setJdbcUrl(c.url());
    h.setDriverClassName("org.postgresql.Driver");
    if (c.user() != null) {
      h.setUsername(c.user());
    }
    if (c.password() != null) {
      h.setPassword(c.password());
    }
    h.setMaximumPoolSize(c.poolSize());
    // Idle connections are closed down to two; a busy server grows back to poolSize.
    h.setMinimumIdle(Math.min(2, c.poolSize()));
    h.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    // Fail at open, with the server's own message, when the server cannot be reached or
    // refuses the credentials, instead of at the first query.
    h.setInitializationFailTimeout(CONNECTION_TIMEOUT.toMillis());
    return new HikariDataSource(h);
  }

  static void close(DataSource ds) {
    if (ds instanceof JdbcConnectionPool pool) {
      pool.dispose();
    } else if (ds instanceof HikariDataSource pool) {
      pool.close();
    }
  }

  /** True when H2 refused the file because another process holds it. */
  static boolean isLockedByAnotherProcess(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getErrorCode() == 90020) {
        return true;
      }
    }
    return false;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
