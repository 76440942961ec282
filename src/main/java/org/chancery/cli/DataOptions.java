package org.chancery.cli;

import java.nio.file.Path;
import org.chancery.archive.ChanceryConfig;
import picocli.CommandLine.Option;

/** Options every command that opens the archive shares. */
final class DataOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder (catalogue, index, files). Default: the data folder next to "
          + "the launcher, or $CHANCERY_DATA.")
  Path data;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file; see chancery.sample.properties.")
  Path config;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Catalogue database (default: embedded H2 in the data folder).")
  String db;

  /** Defaults, then the config file, then the environment, then these flags. */
  ChanceryConfig resolve() {
    Path home = Path.of(System.getProperty("chancery.home", "."));
    ChanceryConfig c = ChanceryConfig.load(home.resolve("data"), config, System.getenv());
    if (data != null) {
      c = c.withDataDir(data);
    }
    if (db != null) {
      c = c.withDbUrl(db);
    }
    return c;
  }
}
