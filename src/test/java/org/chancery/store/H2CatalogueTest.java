package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
}
