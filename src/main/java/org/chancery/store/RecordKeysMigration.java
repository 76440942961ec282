package org.chancery.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.RecordJson;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that gives records saved before a kind of {@link RecordKey} existed their keys
 * of that kind, computed from their stored bodies. Java, because the keys come from the
 * record's JSON, which portable SQL cannot read. A new key kind adds one subclass naming its
 * version, description and keys.
 */
abstract class RecordKeysMigration implements JavaMigration {

  private final int version;
  private final String description;
  private final Function<ArchivalRecord, List<RecordKey>> keys;

  RecordKeysMigration(int version, String description,
      Function<ArchivalRecord, List<RecordKey>> keys) {
    this.version = version;
    this.description = description;
    this.keys = keys;
  }

  @Override
  public final MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(Integer.toString(version));
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final Integer getChecksum() {
    return version; // the code never changes once released; Flyway keeps it stable
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public final void migrate(Context context) throws Exception {
    RecordJson json = new RecordJson();
    Connection c = context.getConnection();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, body FROM record");
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO record_key (record_id, kind, key_value) VALUES (?, ?, ?)")) {
      int pending = 0;
      while (rs.next()) {
        for (RecordKey k : keys.apply(json.read(rs.getString(2)))) {
          insert.setString(1, rs.getString(1));
          insert.setString(2, k.kind().name());
          insert.setString(3, k.value());
          insert.addBatch();
          pending++;
        }
        if (pending >= 1000) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }
}
