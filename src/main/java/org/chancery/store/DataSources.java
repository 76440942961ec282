package org.chancery.store;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Makes the connection source for a database and closes it. The one place to change
 * when a production pool (HikariCP) comes with the PostgreSQL deployment.
 */
final class DataSources {

  private DataSources() {}

  static DataSource open(DatabaseConfig c) {
    if (c.isH2()) {
      return JdbcConnectionPool.create(c.url(), nz(c.user()), nz(c.password()));
    }
    if (c.isPostgres()) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(c.url());
      if (c.user() != null) {
        ds.setUser(c.user());
      }
      if (c.password() != null) {
        ds.setPassword(c.password());
      }
      return ds;
    }
    throw new IllegalArgumentException("unsupported catalogue database (H2 and PostgreSQL are): "
        + c.url());
  }

  static void close(DataSource ds) {
    if (ds instanceof JdbcConnectionPool pool) {
      pool.dispose();
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
