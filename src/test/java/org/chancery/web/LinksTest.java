package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void toggleAddsAValueAndReturnsToPageOne() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of("neutral zone"));
    p.put("page", List.of("3"));
    assertThat(Links.toggle(p, "author", "Mao Zedong"))
        .isEqualTo("/search?q=neutral%20zone&author=Mao%20Zedong");
  }

  @Test
  void toggleRemovesAValueAlreadyChosen() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("type", List.of("Cable"));
    assertThat(Links.toggle(p, "type", "Cable")).isEqualTo("/search");
  }

  @Test
  void encodesValuesThatWouldBreakAUrl() {
    assertThat(Links.filtered(org.chancery.search.Facet.PERSON, "A&B=C #1"))
        .isEqualTo("/search?person=A%26B%3DC%20%231");
  }
}
