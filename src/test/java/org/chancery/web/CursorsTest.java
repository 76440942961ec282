package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorsTest {

  @Test
  void aCursorReadsBackIntoItsFieldsAndIsSafeInAUrl() {
    String c = Cursors.encode("records", "2026-11-27T03:14:17.588Z", "frus1955-57v03-d1");
    assertThat(c).matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.decode("records", 2, c))
        .containsExactly("2026-11-27T03:14:17.588Z", "frus1955-57v03-d1");
  }

  @Test
  void aGarbledCutOrForeignCursorIsABadCursorParameter() {
    String c = Cursors.encode("records", "2026-11-27T03:14:17.588Z", "seed");
    String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(c), StandardCharsets.UTF_8)
            .replace("seed", "sees").getBytes(StandardCharsets.UTF_8));
    for (String bad : new String[] {"%%%", c.substring(0, c.length() - 6), edited,
        Cursors.encode("search", "a", "b"), Cursors.encode("records", "only-one")}) {
      assertThatThrownBy(() -> Cursors.decode("records", 2, bad))
          .isInstanceOfSatisfying(ClientError.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.parameter()).isEqualTo("cursor");
          });
    }
  }
}
