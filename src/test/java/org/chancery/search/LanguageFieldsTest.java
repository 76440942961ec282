package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageFieldsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "en, body", "en-GB, body", "und, body", "EN, body",
      "ru, body_ru", "ru-RU, body_ru", "rus, body_ru",
      "zh, body_zh", "zh-Hans, body_zh", "zh-Hant-TW, body_zh", "zh_TW, body_zh",
      "ko, body_ko", "ko-KP, body_ko",
      "fr, body_other", "ja, body_other", "uk, body_other"})
  void aTextGoesToTheBodyFieldOfItsPrimaryLanguage(String language, String field) {
    assertThat(LanguageFields.body(language)).isEqualTo(field);
  }

  @Test
  void aTextWithoutALanguageIsEnglish() {
    assertThat(LanguageFields.body(null)).isEqualTo("body");
    assertThat(LanguageFields.body(" ")).isEqualTo("body");
  }

  @Test
  void everyBodyFieldIsSearchedBoostedAsAPhraseAndHighlighted() {
    for (String f : LanguageFields.BODIES) {
      assertThat(SolrQueries.QUERY_FIELDS.split(" ")).contains(f);
      assertThat(SolrQueries.PHRASE_FIELDS.split(" ")).contains(f + "^2");
      assertThat(SolrQueries.HIGHLIGHT_FIELDS.split(",")).contains(f);
    }
    assertThat(LanguageFields.BODIES.get(0)).isEqualTo("body");
  }
}
