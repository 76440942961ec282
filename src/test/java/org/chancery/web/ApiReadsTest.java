package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiReadsTest {

  @Test
  void theSameBodyGetsTheSameWeakTagAndAnotherBodyAnother() {
    String tag = ApiReads.etag("{\"id\":\"seed\"}");
    assertThat(tag).matches("W/\"[A-Za-z0-9_-]{27}\"")
        .isEqualTo(ApiReads.etag("{\"id\":\"seed\"}"))
        .isNotEqualTo(ApiReads.etag("{\"id\":\"seed2\"}"));
  }

  @Test
  void ifNoneMatchComparesWeaklyAndAcceptsListsAndTheWildcard() {
    String tag = ApiReads.etag("body");
    String strong = tag.substring(2);
    assertThat(ApiReads.matches(tag, tag)).isTrue();
    assertThat(ApiReads.matches(strong, tag)).as("weak comparison ignores W/").isTrue();
    assertThat(ApiReads.matches("\"other\", " + tag, tag)).isTrue();
    assertThat(ApiReads.matches("*", tag)).isTrue();
    assertThat(ApiReads.matches("\"other\"", tag)).isFalse();
    assertThat(ApiReads.matches(null, tag)).isFalse();
    assertThat(ApiReads.matches(" ", tag)).isFalse();
  }
}
