package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChanceryConfigTest {

  @TempDir
  Path dir;

  @Test
  void defaultsToEmbeddedStoresInTheDataFolder() {
    ChanceryConfig c = ChanceryConfig.load(dir, null, Map.of());
    assertThat(c.dataDir()).isEqualTo(dir);
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.host()).isEqualTo("localhost");
    assertThat(c.dbUrl()).isNull();
    assertThat(c.catalogueDir()).isEqualTo(dir.resolve("catalogue"));
  }

  @Test
  void environmentOverridesTheFile() throws Exception {
    Path file = dir.resolve("chancery.properties");
    Files.writeString(file, "port=9000\nhost=0.0.0.0\nbase-url=https://archive.example.org/\n");
    ChanceryConfig c = ChanceryConfig.load(dir, file, Map.of("CHANCERY_PORT", "9100"));
    assertThat(c.port()).isEqualTo(9100);
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.baseUrl()).isEqualTo("https://archive.example.org");
  }

  @Test
  void theSampleFileLoadsToTheDefaults() {
    ChanceryConfig c = ChanceryConfig.load(dir, Path.of("chancery.sample.properties"), Map.of());
    assertThat(c).isEqualTo(ChanceryConfig.defaults(dir));
  }

  @Test
  void malformedValuesAreNamed() {
    assertThatThrownBy(() -> ChanceryConfig.load(dir, null, Map.of("CHANCERY_PORT", "eighty")))
        .hasMessageContaining("port").hasMessageContaining("eighty");
    assertThatThrownBy(() -> ChanceryConfig.load(dir, dir.resolve("missing.properties"),
        Map.of())).hasMessageContaining("missing.properties");
  }
}
