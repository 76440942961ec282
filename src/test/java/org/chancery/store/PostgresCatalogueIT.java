package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole catalogue contract on a real PostgreSQL server (the one the build starts, see
 * {@link PostgresTestServer}), each test in a schema of its own; plus what only the
 * PostgreSQL catalogue has: its own migrations and the connection pool.
 */
class PostgresCatalogueIT extends CatalogueContract {

  private final List<DatabaseConfig> schemas = new ArrayList<>();

  private DatabaseConfig freshSchema() {
    DatabaseConfig db = PostgresTestServer.freshSchema("catalogue");
    schemas.add(db);
    return db;
  }

  @Override
  protected Catalogue openEmpty() {
    return JdbcCatalogue.open(freshSchema());
  }

  @Override
  @AfterEach
  void close() {
    if (catalogue != null) { // null when the server was not there: that failure stands
      super.close();
    }
    schemas.forEach(PostgresTestServer::drop);
  }

  @Test
  void catalogueKeepsRecordsAcrossReopeningWithoutMigratingAgain() {
    DatabaseConfig db = freshSchema();
    try (Catalogue c = JdbcCatalogue.open(db)) {
      c.save(List.of(record("c-1", "Cable No. 1", PublicationState.PUBLISHED)), List.of(),
          List.of(), "test", null, true);
    }
    try (Catalogue c = JdbcCatalogue.open(db)) {
      assertThat(c.find(new RecordId("c-1"))).isPresent();
      assertThat(c.history(new RecordId("c-1"))).hasSize(1);
    }
    assertThat(query(db, "SELECT string_agg(version, ',' ORDER BY installed_rank) "
        + "FROM flyway_schema_history WHERE success")).isEqualTo("1,2,3,4,5,6,7,8");
  }

  @Test
  void recentlyPublishedReadsThePartialIndexInsteadOfSortingTheLastSave() {
    // One save, so every record shares one updated_at: the case the index is for.
    List<ArchivalRecord> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      many.add(record(String.format("r-%05d", i), "Record " + i,
          i % 3 == 0 ? PublicationState.PUBLISHED : PublicationState.DRAFT));
    }
    catalogue.save(many, List.of(), List.of(), "test", null, true);
    DatabaseConfig db = schemas.get(0);
    PostgresTestServer.execute(db, "ANALYZE record");

    String plan = query(db, "EXPLAIN SELECT body FROM record WHERE state = 'PUBLISHED' "
        + "ORDER BY updated_at DESC, id LIMIT 8");

    assertThat(plan).contains("record_published_recent").doesNotContain("Sort");
    assertThat(catalogue.recentlyPublished(3)).extracting(r -> r.id().value())
        .containsExactly("r-00000", "r-00003", "r-00006");
  }

  @Test
  void poolIsHikariSizedFromTheConfigAndClosedWithTheCatalogue() {
    DatabaseConfig db = PostgresTestServer.server();
    DataSource byDefault = DataSources.open(db);
    DataSource sized = DataSources.open(db.withPoolSize(3));
    try {
      assertThat(byDefault).isInstanceOfSatisfying(HikariDataSource.class, h -> {
        assertThat(h.getMaximumPoolSize()).isEqualTo(DatabaseConfig.DEFAULT_POOL_SIZE);
        assertThat(h.getConnectionTimeout())
            .isEqualTo(DataSources.CONNECTION_TIMEOUT.toMillis());
      });
      assertThat(((HikariDataSource) sized).getMaximumPoolSize()).isEqualTo(3);
    } finally {
      DataSources.close(byDefault);
      DataSources.close(sized);
    }
    assertThat(((HikariDataSource) byDefault).isClosed()).isTrue();
    assertThat(((HikariDataSource) sized).isClosed()).isTrue();
  }

  private static String query(DatabaseConfig db, String sql) {
    try (Connection c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      StringBuilder out = new StringBuilder();
      while (rs.next()) {
        out.append(out.length() == 0 ? "" : "\n").append(rs.getString(1));
      }
      return out.toString();
    } catch (java.sql.SQLException e) {
      throw new AssertionError(sql + ": " + e.getMessage(), e);
    }
  }
}
