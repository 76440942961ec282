package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CatalogueTest extends CatalogueContract {

  @TempDir
  Path dir;

  @Override
  protected Catalogue openEmpty() {
    return JdbcCatalogue.open(DatabaseConfig.h2InMemory("t" + UUID.randomUUID()));
  }

  @Test
  void fileDatabaseKeepsRecordsAcrossRestarts() {
    DatabaseConfig config = DatabaseConfig.h2File(dir);
    try (Catalogue c = JdbcCatalogue.open(config)) {
      c.save(List.of(record("c-1", "Cable No. 1", PublicationState.PUBLISHED)), List.of(),
          List.of(), "test", null, true);
    }
    try (Catalogue c = JdbcCatalogue.open(config)) {
      assertThat(c.find(new RecordId("c-1"))).isPresent();
      assertThat(c.history(new RecordId("c-1"))).hasSize(1);
    }
  }

  @Test
  void recordsSavedBeforeSetKeysExistedGetThemFromMigrationSix() throws Exception {
    DatabaseConfig config = DatabaseConfig.h2File(dir);
    try (Catalogue c = JdbcCatalogue.open(config)) {
      c.save(List.of(record("c-1", "Cable No. 1", PublicationState.PUBLISHED)), List.of(),
          List.of(), "test", null, true);
    }
    // the database as an earlier release left it: no set keys, migrations 6 to 8 not yet run
    DataSource ds = DataSources.open(config);
    try (Connection conn = ds.getConnection(); Statement st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM record_key WHERE kind IN ('COLLECTION', 'TYPE')");
      st.executeUpdate("DROP INDEX record_key_by_value");
      st.executeUpdate("DROP INDEX record_id_date");
      st.executeUpdate("DROP INDEX record_id_state");
      st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', "
          + "'8')");
    } finally {
      DataSources.close(ds);
    }
    try (Catalogue c = JdbcCatalogue.open(config)) {
      Set<PublicationState> published = Set.of(PublicationState.PUBLISHED);
      assertThat(c.keyValues(RecordKey.Kind.COLLECTION, published)).containsExactly("demo");
      assertThat(c.keyValues(RecordKey.Kind.TYPE, published)).containsExactly("Cable");
    }
  }
}
