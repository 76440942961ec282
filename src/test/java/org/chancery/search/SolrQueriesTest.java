package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.chancery.search.SearchQuery.Sort;
import org.junit.jupiter.api.Test;

class SolrQueriesTest {

  private static SolrQuery build(SearchQuery q) {
    return SolrQueries.build(q, QueryText.parse(q.text()));
  }

  @Test
  void eachChosenValueIsItsOwnExactFilter() {
    SearchQuery q = new SearchQuery("", Map.of(Facet.AUTHOR,
        List.of("Mao Zedong", "Kim Il Sung", " Mao Zedong ", ""),
        Facet.ARCHIVE, List.of("Archive (APRF) \"x\" {!y}")), null, null, Sort.RELEVANCE, 1,
        20, null);

    assertThat(build(q).getFilterQueries()).containsExactlyInAnyOrder(
        "{!term f=author}Mao Zedong", "{!term f=author}Kim Il Sung",
        "{!term f=archive}Archive (APRF) \"x\" {!y}");
  }

  @Test
  void facetsWithFewValuesCountFromCachedFiltersAndNamesFromDocValues() {
    SolrQuery s = build(SearchQuery.of(""));

    for (String few : List.of("type", "decade", "year", "language", "archive")) {
      assertThat(s.get("f." + few + ".facet.method")).as(few).isEqualTo("enum");
    }
    // a million persons, or a collection per volume: one cached filter each would not do
    for (String many : List.of("author", "recipient", "person", "place", "subject",
        "collection")) {
      assertThat(s.get("f." + many + ".facet.method")).as(many).isNull();
    }
  }

  @Test
  void aDateRangeFiltersOnOverlapAndAReversedRangeIsTurnedRound() {
    SearchQuery q = new SearchQuery("", Map.of(), LocalDate.of(1951, 12, 31),
        LocalDate.of(1951, 1, 1), Sort.RELEVANCE, 1, 20, null);

    assertThat(build(q).getFilterQueries()).containsExactlyInAnyOrder(
        "date_start:[* TO 1951-12-31T00:00:00Z]", "date_end:[1951-01-01T00:00:00Z TO *]");
  }

  @Test
  void searchingInsideARecordFiltersOnItsIdAndAsksForMorePassages() {
    SolrQuery s = build(new SearchQuery("Kaesong", Map.of(), null, null, Sort.RELEVANCE, 1,
        20, "cable-25025"));

    assertThat(s.getFilterQueries()).containsExactly("{!term f=id}cable-25025");
    assertThat(s.get("hl.snippets")).isEqualTo("5");
  }

  @Test
  void usersMayQueryTheirFieldsOnlyAndAliasesPointAtSearchFields() {
    SolrQuery s = build(SearchQuery.of("author:Mao"));

    assertThat(s.get("uf")).isEqualTo("title author recipient person place subject type text");
    assertThat(s.get("f.author.qf")).isEqualTo("author_t");
    assertThat(s.get("defType")).isEqualTo("edismax");
  }

  @Test
  void anEmptyQueryMatchesEverything() {
    SolrQuery s = build(SearchQuery.of(""));

    assertThat(s.getQuery()).isNull();
    assertThat(s.get("q.alt")).isEqualTo("*:*");
  }

  @Test
  void snippetsEscapeTheDocumentAndMarkMatches() {
    SolrQuery s = build(SearchQuery.of("x"));

    assertThat(s.get("hl.encoder")).isEqualTo("html");
    assertThat(s.get("hl.tag.pre")).isEqualTo("<mark>");
    assertThat(s.get("hl.method")).isEqualTo("unified");
  }

  @Test
  void sortsBreakTiesByDateThenId() {
    assertThat(build(SearchQuery.of("x")).getSortField())
        .isEqualTo("score desc,date_start asc,id asc");
    SearchQuery desc = new SearchQuery("", Map.of(), null, null, Sort.DATE_DESC, 1, 20, null);
    assertThat(build(desc).getSortField()).isEqualTo("date_start desc,id asc");
  }

  @Test
  void pagesBeyondTheResultWindowFetchNoRows() {
    SolrQuery near = build(new SearchQuery("", Map.of(), null, null, Sort.RELEVANCE, 100, 100,
        null));
    SolrQuery beyond = build(new SearchQuery("", Map.of(), null, null, Sort.RELEVANCE, 101,
        100, null));

    assertThat(near.getStart()).isEqualTo(9_900);
    assertThat(near.getRows()).isEqualTo(100);
    assertThat(beyond.getRows()).isZero();
    assertThat(beyond.getHighlight()).isFalse();
  }
}
