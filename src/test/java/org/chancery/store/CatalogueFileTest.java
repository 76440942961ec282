package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueFileTest {

  @TempDir
  Path dir;

  @Test
  void compactingGivesBackTheSpaceOfRewrittenRecordsAndKeepsEveryVersion() {
    DatabaseConfig config = DatabaseConfig.h2File(dir);
    try (Catalogue c = JdbcCatalogue.open(config)) {
      // each save commits on its own, as an ingest batch does: H2 appends every commit
      for (int round = 1; round <= 4; round++) {
        for (int i = 0; i < 60; i++) {
          List<ArchivalRecord> one = new ArrayList<>();
          one.add(CatalogueContract.record("c-" + i, "Cable No. " + i + " round " + round,
              PublicationState.PUBLISHED));
          c.save(one, List.of(), List.of(), "test", null, true);
        }
      }
    }

    CatalogueFile.Compaction done = CatalogueFile.compact(config);

    assertThat(done.file()).isEqualTo(dir.resolve("chancery.mv.db"));
    assertThat(done.after()).isPositive().isLessThan(done.before());
    try (Catalogue c = JdbcCatalogue.open(config)) {
      assertThat(c.count()).isEqualTo(60);
      assertThat(c.find(new RecordId("c-59")).orElseThrow().title())
          .isEqualTo("Cable No. 59 round 4");
      assertThat(c.history(new RecordId("c-59"))).hasSize(4);
    }
  }

  @Test
  void aMissingCatalogueIsNotCreatedByCompacting() {
    DatabaseConfig config = DatabaseConfig.h2File(dir.resolve("none"));

    assertThatThrownBy(() -> CatalogueFile.compact(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("there is no catalogue at");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void aPostgresCatalogueIsLeftToVacuum() {
    DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://localhost/chancery", "u",
        "p");

    assertThatThrownBy(() -> CatalogueFile.compact(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vacuum");
  }
}
