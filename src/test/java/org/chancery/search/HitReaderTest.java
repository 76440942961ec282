package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HitReaderTest {

  @Test
  void aMatchInTheBodyIsPreferred() {
    assertThat(HitReader.snippet(Map.of("body", List.of("a <mark>b</mark>", "c <mark>d</mark>"),
        "summary", List.of("s <mark>b</mark>"))))
        .isEqualTo("a <mark>b</mark> … c <mark>d</mark>");
  }

  @Test
  void aMatchInTheSummaryComesNext() {
    assertThat(HitReader.snippet(Map.of("body", List.of("opening"),
        "summary", List.of("s <mark>b</mark>")))).isEqualTo("s <mark>b</mark>");
  }

  @Test
  void withoutAMatchTheSummaryOpeningThenTheBodyOpeningIsShown() {
    assertThat(HitReader.snippet(Map.of("body", List.of("body start"),
        "summary", List.of("summary start")))).isEqualTo("summary start");
    assertThat(HitReader.snippet(Map.of("body", List.of("body start"))))
        .isEqualTo("body start");
  }

  @Test
  void aMatchInAnOriginalLanguageTextIsShownWhenTheEnglishTextHasNone() {
    assertThat(HitReader.snippet(Map.of("body", List.of("english opening"),
        "body_ru", List.of("<mark>телеграмму</mark> Филиппова"),
        "summary", List.of("summary start")))).isEqualTo("<mark>телеграмму</mark> Филиппова");
    assertThat(HitReader.snippet(Map.of("body_zh", List.of("彭德怀同志")))).isEqualTo("彭德怀同志");
  }

  @Test
  void withNothingToShowTheSnippetIsNull() {
    assertThat(HitReader.snippet(Map.of())).isNull();
    assertThat(HitReader.snippet(Map.of("body", List.of(" ")))).isNull();
  }
}
