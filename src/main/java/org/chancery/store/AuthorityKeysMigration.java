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
 * Version 4: gives records saved before authorities could be merged their
 * {@link RecordKey.Kind#AUTHORITY} keys, computed from their stored bodies, so a merge
 * finds every record that links the merged authority. Java, because the keys come from
 * the record's JSON, which portable SQL cannot read.
 */
final class AuthorityKeysMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("4");
  }

  @Override
  public String getDescription() {
    return "authority keys of existing records";
  }

  @Override
  public Integer getChecksum() {
    return 4;
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
        for (RecordKey k : RecordKey.of(json.read(rs.getString(2)))) {
          if (k.kind() == RecordKey.Kind.AUTHORITY) {
            insert.setString(1, rs.getString(1));
            insert.setString(2, k.kind().name());
            insert.setString(3, k.value());
            insert.addBatch();
            pending++;
          }
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
