package org.chancery.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OaiDatesTest {

  @Test
  void dayBoundsTakeWholeDaysAndSecondBoundsWholeSeconds() {
    assertThat(OaiDates.window("2026-11-01", "2026-11-27")).isEqualTo(new OaiDates.Window(
        Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-28T00:00:00Z")));
    assertThat(OaiDates.window("2026-11-27T10:15:30Z", "2026-11-27T10:15:30Z"))
        .isEqualTo(new OaiDates.Window(Instant.parse("2026-11-27T10:15:30Z"),
            Instant.parse("2026-11-27T10:15:31Z")));
    assertThat(OaiDates.window(null, null)).isEqualTo(new OaiDates.Window(null, null));
  }

  @Test
  void datestampsDropMilliseconds() {
    assertThat(OaiDates.stamp(Instant.parse("2026-11-27T10:15:30.999Z")))
        .isEqualTo("2026-11-27T10:15:30Z");
  }

  @Test
  void mixedReversedAndMalformedBoundsAreBadArguments() {
    for (String[] w : new String[][] {{"2026-11-01", "2026-11-27T00:00:00Z"},
        {"2026-11-28", "2026-11-27"}, {"2026-02-29", null}, {null, "27/11/2026"},
        {"2026-11-27T25:00:00Z", null}}) {
      assertThatThrownBy(() -> OaiDates.window(w[0], w[1])).isInstanceOf(OaiError.class)
          .extracting(e -> ((OaiError) e).code()).isEqualTo(OaiError.Code.BAD_ARGUMENT);
    }
  }
}
