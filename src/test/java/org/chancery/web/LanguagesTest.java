package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void namesTagsInEnglish() {
    assertThat(Languages.name("en")).isEqualTo("English");
    assertThat(Languages.name("ru")).isEqualTo("Russian");
    assertThat(Languages.name("zh-Hant")).isEqualTo("Chinese (Traditional)");
    assertThat(Languages.name("und")).isEqualTo("Unknown language");
  }
}
