package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Cursor paging and unbounded value counts over {@link Corpus}, on an embedded core and on
 * SolrCloud alike: a cursor walk meets every hit once, in the order page numbers give.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CursorSearchContract {

  private SolrSearchIndex index;

  protected abstract SolrSearchIndex open(String name, QueryExpansion expansion);

  @BeforeAll
  void startAndIndexCorpus() {
    index = open("cursor", QueryExpansion.NONE);
    index.index(Corpus.all());
    index.commit();
  }

  @AfterAll
  void close() {
    if (index != null) {
      index.close();
    }
  }

  private static SearchQuery query(String text, SearchQuery.Sort sort, int page, int size) {
    return new SearchQuery(text, Map.of(), null, null, sort, page, size, null);
  }

  @Test
  void aCursorWalkMeetsEveryHitOnceInTheOrderOfPageNumbers() {
    for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
      for (String text : new String[] {"", "1951"}) {
        List<String> byPage = new ArrayList<>();
        long total = index.search(query(text, sort, 1, 2)).total();
        for (int page = 1; byPage.size() < total; page++) {
          byPage.addAll(SearchContract.ids(index.search(query(text, sort, page, 2))));
        }
        List<String> byCursor = new ArrayList<>();
        String mark = CursorPage.FIRST;
        for (int pages = 0; pages < 100; pages++) {
          CursorPage p = index.search(query(text, sort, 1, 2), mark);
          assertThat(p.result().total()).isEqualTo(total);
          byCursor.addAll(SearchContract.ids(p.result()));
          if (p.nextMark().equals(mark)) {
            break;
          }
          mark = p.nextMark();
        }
        assertThat(total).as(sort + " '" + text + "'").isGreaterThan(2);
        assertThat(byCursor).as(sort + " '" + text + "'").containsExactlyElementsOf(byPage);
      }
    }
  }

  @Test
  void aCursorPageCarriesTheFacetsOfTheWholeSearch() {
    SearchResult byPage = index.search(query("", SearchQuery.Sort.RELEVANCE, 1, 2));
    CursorPage byCursor = index.search(query("", SearchQuery.Sort.RELEVANCE, 1, 2),
        CursorPage.FIRST);
    assertThat(byCursor.result().facets()).isEqualTo(byPage.facets());
  }

  @Test
  void aMarkTheIndexDidNotHandOutIsRejected() {
    SearchQuery q = query("", SearchQuery.Sort.DATE_ASC, 1, 2);
    assertThatThrownBy(() -> index.search(q, "not base64!")).isInstanceOf(CursorRejected.class);
    assertThatThrownBy(() -> index.search(q, "AoEhYQ==")).isInstanceOf(CursorRejected.class);
    // a relevance mark has one more sort value than a date mark
    String relevanceMark = index.search(query("", SearchQuery.Sort.RELEVANCE, 1, 2),
        CursorPage.FIRST).nextMark();
    assertThatThrownBy(() -> index.search(q, relevanceMark))
        .isInstanceOf(CursorRejected.class);
  }

  @Test
  void valueCountsListEveryValueWithTheCountItsFilterGives() {
    Map<String, Long> counts = index.valueCounts(Facet.TYPE);
    Map<String, Long> fromFacets = new LinkedHashMap<>();
    index.search(query("", SearchQuery.Sort.RELEVANCE, 1, 1)).facets().get(Facet.TYPE)
        .forEach(v -> fromFacets.put(v.value(), v.count()));
    assertThat(counts).isNotEmpty().isEqualTo(fromFacets);
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
        .isLessThanOrEqualTo(Corpus.published().size());
  }
}
