package org.chancery.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded catalogue's file and the space it holds but no longer uses. H2 appends
 * every commit to its file and reuses freed space only in part while it writes, so a
 * long ingest leaves a file several times its live data (343 MB holding 84 MB after 10,000
 * bench documents; 57.6 GB at 1M). Compaction rewrites the live data into a new file,
 * offline. PostgreSQL needs no such step: autovacuum reclaims its space.
 */
public final class CatalogueFile {

  private static final String PREFIX = "jdbc:h2:file:";

  /** File sizes in bytes before and after a compaction. */
  public record Compaction(Path file, long before, long after) {}

  private CatalogueFile() {}

  /**
   * Rewrites the catalogue's file without the space it no longer uses. It needs the
   * archive closed (no {@code chancery serve} on it) and free disk space for the live
   * data, which H2 copies to a new file before it replaces the old one.
   *
   * @throws IllegalArgumentException when the catalogue is not an H2 file or is missing
   * @throws IllegalStateException when another process has it open or H2 fails
   */
  public static Compaction compact(DatabaseConfig config) {
    if (!config.url().startsWith(PREFIX)) {
      throw new IllegalArgumentException("only the embedded H2 catalogue is compacted; a"
          + " PostgreSQL catalogue reclaims its space by (auto)vacuum");
    }
    Path file = file(config);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("there is no catalogue at " + file);
    }
    long before = size(file);
    // IFEXISTS: a file removed meanwhile must not become a new, empty catalogue
    try (Connection c = DriverManager.getConnection(config.url() + ";IFEXISTS=TRUE",
        config.user(), config.password()); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      if (DataSources.isLockedByAnotherProcess(e)) {
        throw new IllegalStateException("the catalogue " + file + " is in use by another"
            + " Chancery process (is 'chancery serve' running?); stop it first", e);
      }
      throw new IllegalStateException("cannot compact " + file + ": " + e.getMessage(), e);
    }
    return new Compaction(file, before, size(file));
  }

  /** The H2 file behind a {@code jdbc:h2:file:} URL. */
  static Path file(DatabaseConfig config) {
    String path = config.url().substring(PREFIX.length()).replaceAll(";.*", "");
    return Path.of(path + ".mv.db");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
