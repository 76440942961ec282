package org.chancery.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.chancery.record.RecordJson;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 6: gives records saved before OAI-PMH sets existed their
 * {@link RecordKey.Kind#COLLECTION} and {@link RecordKey.Kind#TYPE} keys, computed from
 * their stored bodies, so a harvest by set finds them. Java for the same reason as
 * {@link AuthorityKeysMigration}: the keys come from the record's JSON.
 */
final class SetKeysMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("6");
  }

  @Override
  public String getDescription() {
    return "collection and type keys of existing records";
  }

  @Override
  public Integer getChecksum() {
    return 6;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    RecordJson json = new RecordJson();
    Connection c = context.getConnection();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, body FROM record");
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO record_key (record_id, kind, key_value) VALUES (?, ?, ?)")) {
      int pending = 0;
      while (rs.next()) {
        for (RecordKey k : RecordKey.setKeys(json.read(rs.getString(2)))) {
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
