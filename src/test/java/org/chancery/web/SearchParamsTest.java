package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chancery.search.Facet;
import org.chancery.search.SearchQuery;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

  @Test
  void readsQueryFacetsDatesSortAndPage() {
    SearchQuery q = SearchParams.parse(Map.of(
        "q", List.of("neutral zone"),
        "author", List.of("Mao Zedong", "Mao Zedong", " "),
        "type", List.of("Cable"),
        "from", List.of("1951"),
        "to", List.of("1951-10"),
        "sort", List.of("-date"),
        "page", List.of("2")));
    assertThat(q.text()).isEqualTo("neutral zone");
    assertThat(q.filters()).containsEntry(Facet.AUTHOR, List.of("Mao Zedong"))
        .containsEntry(Facet.TYPE, List.of("Cable"));
    assertThat(q.from()).isEqualTo(LocalDate.of(1951, 1, 1));
    assertThat(q.to()).isEqualTo(LocalDate.of(1951, 10, 31));
    assertThat(q.sort()).isEqualTo(SearchQuery.Sort.DATE_DESC);
    assertThat(q.page()).isEqualTo(2);
  }

  @Test
  void writesBackTheParametersThatReproduceTheQuery() {
    Map<String, List<String>> in = Map.of("q", List.of("Kaesong"), "place", List.of("Seoul"),
        "from", List.of("1951-10-18"), "sort", List.of("date"));
    SearchQuery q = SearchParams.parse(in);
    assertThat(SearchParams.parse(SearchParams.toParams(q))).isEqualTo(q);
  }

  @Test
  void refusesMalformedNumbersAndDatesWithAMessageNamingTheParameter() {
    assertThatThrownBy(() -> SearchParams.parse(Map.of("page", List.of("two"))))
        .isInstanceOf(ClientError.class).hasMessageContaining("page");
    assertThatThrownBy(() -> SearchParams.parse(Map.of("page", List.of("0"))))
        .isInstanceOf(ClientError.class);
    assertThatThrownBy(() -> SearchParams.parse(Map.of("from", List.of("October 1951"))))
        .isInstanceOf(ClientError.class).hasMessageContaining("from");
    assertThatThrownBy(() -> SearchParams.parse(Map.of("to", List.of("1951-02-30"))))
        .isInstanceOf(ClientError.class);
    assertThatThrownBy(() -> SearchParams.parse(Map.of("sort", List.of("title"))))
        .isInstanceOf(ClientError.class).hasMessageContaining("sort");
  }
}
