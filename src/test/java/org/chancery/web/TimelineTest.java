package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.record.Authority;
import org.chancery.record.Variant;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final Authority STALIN = new Authority("stalin", Authority.Kind.PERSON,
      "Joseph Stalin", List.of(new Variant("Filippov", Variant.Kind.COVER_NAME, null, "1949",
          "1953", null), new Variant("Kuznetsov", Variant.Kind.COVER_NAME, null, "1947",
          "1948", null), Variant.of("Stalin")), null, null);

  @Test
  void coverNamePeriodsAreBandsOnTheSameAxisAsTheDocuments() {
    Map<String, Long> years = new LinkedHashMap<>();
    years.put("1950", 1L);
    years.put("1951", 4L);
    Timeline t = Timeline.of(STALIN, years, y -> "/y/" + y).orElseThrow();

    assertThat(t.ticks()).extracting(Timeline.Tick::label)
        .containsExactly("1947", "1948", "1949", "1950", "1951", "1952", "1953");
    assertThat(t.bands()).extracting(Timeline.Band::label).containsExactly(
        "Filippov (cover name, 1949–1953)", "Kuznetsov (cover name, 1947–1948)");
    Timeline.Band filippov = t.bands().get(0);
    Timeline.Band kuznetsov = t.bands().get(1);
    assertThat(kuznetsov.x()).isLessThan(filippov.x());
    assertThat(filippov.w()).isGreaterThan(kuznetsov.w());
    Timeline.Bar y1950 = t.bars().get(0);
    Timeline.Bar y1951 = t.bars().get(1);
    assertThat(y1951.h()).isEqualTo(4 * y1950.h());
    assertThat(y1951.x()).isGreaterThan(y1950.x());
    assertThat(y1951.href()).isEqualTo("/y/1951");
    assertThat(t.summary()).contains("1951: 4").contains("Filippov (cover name, 1949–1953)");
  }

  @Test
  void nothingDatedDrawsNoTimeline() {
    Authority plain = Authority.of("x", Authority.Kind.PERSON, "X", List.of("Y"), null, null);
    assertThat(Timeline.of(plain, Map.of(), y -> y)).isEmpty();
  }

  @Test
  void openEndedPeriodsReadAsWords() {
    assertThat(Timeline.period(new Variant("A", Variant.Kind.PSEUDONYM, null, "1920", null,
        null))).isEqualTo("from 1920");
    assertThat(Timeline.period(new Variant("A", Variant.Kind.PSEUDONYM, null, null, "1930",
        null))).isEqualTo("until 1930");
    assertThat(Timeline.period(Variant.of("A"))).isNull();
  }
}
