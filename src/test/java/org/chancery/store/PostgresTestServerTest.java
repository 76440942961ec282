package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresTestServerTest {

  @TempDir
  Path dir;

  @Test
  void missingServerFailsTheTestSayingHowToStartOne() {
    assertThatThrownBy(() -> PostgresTestServer.server(dir.resolve("chancery.properties")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No PostgreSQL test server")
        .hasMessageContaining("scripts/test-postgres start");
  }

  @Test
  void connectionFileIsReadAsTheChanceryConfigFileKeys() throws Exception {
    Path file = Files.writeString(dir.resolve("chancery.properties"),
        "db.url=jdbc:postgresql://127.0.0.1:5999/chancery_test\ndb.user=chancery\n"
        + "db.password=secret\n");
    DatabaseConfig db = PostgresTestServer.server(file);
    assertThat(db.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5999/chancery_test");
    assertThat(db.user()).isEqualTo("chancery");
    assertThat(db.password()).isEqualTo("secret");
    assertThat(db.toString()).doesNotContain("secret");
  }
}
