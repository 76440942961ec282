package org.chancery.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.chancery.store.ChangeQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumptionTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final byte[] KEY = new byte[32];

  private static ResumptionTokens at(Instant now, byte[] key) {
    return new ResumptionTokens(key, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(24));
  }

  private static ResumptionToken sample(ResumptionTokens tokens) {
    return tokens.next("oai_dc", "collection:frus1951v07p2",
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-11-28T00:00:00Z"),
        new ChangeQuery.Position(Instant.parse("2026-11-27T09:59:59.123Z"), "frus-d12"), 100);
  }

  @Test
  void aTokenReadsBackWithEveryFieldAndExpiresADayLater() {
    ResumptionTokens tokens = at(NOW, KEY);
    ResumptionToken t = sample(tokens);
    String text = tokens.write(t);
    assertThat(text).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    assertThat(tokens.read(text)).isEqualTo(t);
    assertThat(t.expires()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    ResumptionToken open = tokens.next("oai_dc", null, null, null,
        new ChangeQuery.Position(NOW, "a"), 7);
    assertThat(tokens.read(tokens.write(open))).isEqualTo(open);
  }

  @Test
  void anExpiredTokenIsRefusedWithWhenItExpired() {
    String text = at(NOW, KEY).write(sample(at(NOW, KEY)));
    assertThatThrownBy(() -> at(NOW.plus(Duration.ofHours(24)), KEY).read(text))
        .isInstanceOf(OaiError.class).hasMessageContaining("expired at 2026-11-28T10:00:00Z")
        .extracting(e -> ((OaiError) e).code()).isEqualTo(OaiError.Code.BAD_RESUMPTION_TOKEN);
  }

  @Test
  void aTokenSignedWithAnotherKeyOrAlteredOrGarbledIsRefused() {
    String text = at(NOW, KEY).write(sample(at(NOW, KEY)));
    byte[] other = new byte[32];
    other[0] = 1;
    char last = text.charAt(3);
    String altered = text.substring(0, 3) + (last == 'A' ? 'B' : 'A') + text.substring(4);
    for (String bad : new String[] {altered, "nodot", ".x", "a.b.c", "!!!.???", text + "x"}) {
      assertThatThrownBy(() -> at(NOW, KEY).read(bad)).as(bad).isInstanceOf(OaiError.class)
          .extracting(e -> ((OaiError) e).code()).isEqualTo(OaiError.Code.BAD_RESUMPTION_TOKEN);
    }
    assertThatThrownBy(() -> at(NOW, other).read(text)).isInstanceOf(OaiError.class);
  }

  @Test
  void theKeyIsMadeOnceAndKeptInTheDataFolder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data/oai-token.key");
    byte[] first = ResumptionTokens.loadOrCreateKey(file);
    assertThat(first).hasSize(32);
    assertThat(ResumptionTokens.loadOrCreateKey(file)).isEqualTo(first);
    assertThat(Files.list(file.getParent())).containsExactly(file);
  }
}
