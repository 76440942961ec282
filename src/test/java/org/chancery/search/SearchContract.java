package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chancery.search.SearchQuery.Sort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Searches over a real Solr index holding {@link Corpus}; read-only tests. The same
 * assertions run on an embedded core ({@link EmbeddedSolrSearchIT}) and on a collection of
 * two shards on a two-node SolrCloud ({@link CloudSolrSearchIT}): what a reader sees must
 * not depend on where the index lives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchContract {

  private SolrSearchIndex index;

  /** A new, empty index named {@code name}, or the existing one of that name. */
  protected abstract SolrSearchIndex open(String name, QueryExpansion expansion);

  @BeforeAll
  void startAndIndexCorpus() {
    index = open("search", QueryExpansion.NONE);
    index.index(Corpus.all());
    index.commit();
  }

  @AfterAll
  void close() {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void browsingWithAnEmptyQueryListsEveryPublishedRecord() {
    SearchResult r = index.search(query("", 1, 100));

    assertThat(r.total()).isEqualTo(Corpus.published().size());
    assertThat(r.notice()).isNull();
    assertThat(index.count()).isEqualTo(Corpus.published().size());
  }

  @Test
  void aQuotedPhraseFindsTheSeedCable() {
    SearchResult r = index.search(SearchQuery.of("\"neutral zone\""));

    assertThat(ids(r)).containsExactlyInAnyOrder(Corpus.SEED, Corpus.DULLES);
    assertThat(r.notice()).isNull();
  }

  @Test
  void aPhraseDoesNotMatchItsWordsApart() {
    assertThat(ids(index.search(SearchQuery.of("\"zone neutral\"")))).isEmpty();
  }

  @Test
  void aWordInsideEditorsSquareBracketsIsSearchable() {
    assertThat(ids(index.search(SearchQuery.of("Hamonten")))).containsExactly(Corpus.SEED);
    assertThat(ids(index.search(SearchQuery.of("[Hamonten]")))).containsExactly(Corpus.SEED);
  }

  @Test
  void aWrittenNameFormFindsTheRecordToo() {
    assertThat(ids(index.search(SearchQuery.of("Filippov")))).containsExactly(Corpus.SEED);
    assertThat(ids(index.search(SearchQuery.of("\"Le Kenong\"")))).containsExactly(Corpus.SEED);
  }

  @Test
  void wordsMayMatchInDifferentFields() {
    // Stalin is a recipient name, neutral zone is in the text
    assertThat(ids(index.search(SearchQuery.of("Stalin \"neutral zone\""))))
        .containsExactly(Corpus.SEED);
  }

  @Test
  void unpublishedRecordsNeverAppearInHits() {
    assertThat(index.search(SearchQuery.of(Corpus.SECRET_WORD)).total()).isZero();
    assertThat(index.search(SearchQuery.of("author:\"" + Corpus.SECRET_AUTHOR + "\"")).total())
        .isZero();
    assertThat(ids(index.search(query("", 1, 100))))
        .doesNotContain(Corpus.DRAFT, Corpus.WITHDRAWN);
  }

  @Test
  void unpublishedRecordsNeverCountInFacets() {
    Map<Facet, List<FacetValue>> facets = index.search(query("", 1, 100)).facets();

    assertThat(values(facets, Facet.AUTHOR)).doesNotContain(Corpus.SECRET_AUTHOR);
    assertThat(values(facets, Facet.SUBJECT)).doesNotContain("Secret subject");
    assertThat(values(facets, Facet.TYPE)).doesNotContain("Secret type");
    // the withdrawn cable was also addressed to Stalin and about the Korean War
    assertThat(count(facets, Facet.RECIPIENT, "Joseph Stalin")).isEqualTo(1);
    assertThat(count(facets, Facet.SUBJECT, "Korean War")).isEqualTo(4);
  }

  @Test
  void everyFacetCountOfABrowseEqualsTheHitsItsFilterReturns() {
    assertFacetCountsMatchFilteredTotals(query("", 1, 20));
  }

  @Test
  void everyFacetCountOfASearchEqualsTheHitsItsFilterReturns() {
    assertFacetCountsMatchFilteredTotals(query("Kaesong OR Panmunjom", 1, 20));
  }

  @Test
  void facetCountsStayExactAfterDrillingDownIntoADecade() {
    SearchQuery fifties = withFilter(query("", 1, 20), Facet.DECADE, "1950s");

    assertFacetCountsMatchFilteredTotals(fifties);
  }

  private void assertFacetCountsMatchFilteredTotals(SearchQuery base) {
    SearchResult r = index.search(base);
    int checked = 0;
    for (Map.Entry<Facet, List<FacetValue>> e : r.facets().entrySet()) {
      for (FacetValue v : e.getValue()) {
        SearchResult narrowed = index.search(withFilter(base, e.getKey(), v.value()));
        assertThat(narrowed.total())
            .as("%s = %s", e.getKey(), v.value())
            .isEqualTo(v.count());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void valuesOfOneFacetAreAndedWhenDrillingDown() {
    SearchQuery both = withFilter(withFilter(query("", 1, 20), Facet.PLACE, "Kaesong"),
        Facet.PLACE, "Panmunjom");

    assertThat(ids(index.search(both))).containsExactly(Corpus.SEED);
  }

  @Test
  void chosenFacetValuesAreMarkedSelected() {
    SearchResult r = index.search(withFilter(query("", 1, 20), Facet.TYPE, "Telegram"));

    assertThat(r.facets().get(Facet.TYPE))
        .containsExactly(new FacetValue("Telegram", r.total(), true));
    assertThat(r.facets().get(Facet.SUBJECT)).noneMatch(FacetValue::selected);
  }

  @Test
  void aFilterValueWithQueryCharactersIsMatchedExactly() {
    String archive = "Archive of the President of the Russian Federation (APRF)";

    SearchResult r = index.search(withFilter(query("", 1, 20), Facet.ARCHIVE, archive));

    assertThat(ids(r)).containsExactly(Corpus.SEED);
  }

  @Test
  void decadesAreListedChronologicallyAndYearsOnlyOnceADecadeIsChosen() {
    SearchResult all = index.search(query("", 1, 20));
    assertThat(values(all.facets(), Facet.DECADE)).containsExactly("1940s", "1950s", "1960s");
    assertThat(all.facets().get(Facet.YEAR)).isEmpty();

    SearchResult fifties = index.search(withFilter(query("", 1, 20), Facet.DECADE, "1950s"));
    assertThat(values(fifties.facets(), Facet.YEAR)).containsExactly("1951", "1953", "1955");
    assertThat(count(fifties.facets(), Facet.YEAR, "1951")).isEqualTo(4);
  }

  @Test
  void aRecordSpanningTwoDecadesFallsInNeitherDecade() {
    SearchResult forties = index.search(withFilter(query("", 1, 20), Facet.DECADE, "1940s"));

    assertThat(ids(forties)).containsExactly(Corpus.TRUMAN);
  }

  @Test
  void aDateRangeFindsRecordsWhoseSpanOverlapsIt() {
    SearchQuery q = new SearchQuery("", Map.of(), LocalDate.of(1951, 10, 15),
        LocalDate.of(1951, 10, 31), Sort.DATE_ASC, 1, 20, null);

    assertThat(ids(index.search(q))).containsExactly(Corpus.UNCERTAIN, Corpus.MUCCIO,
        Corpus.RANGE, Corpus.SEED);
  }

  @Test
  void anOpenEndedDateRangeWorks() {
    SearchQuery since1955 = new SearchQuery("", Map.of(), LocalDate.of(1955, 1, 1), null,
        Sort.DATE_ASC, 1, 20, null);

    assertThat(ids(index.search(since1955))).containsExactly(Corpus.DULLES, Corpus.KENNEDY);
  }

  @Test
  void sortingByDateAscendingPutsUndatedRecordsLast() {
    SearchQuery q = new SearchQuery("", Map.of(), null, null, Sort.DATE_ASC, 1, 20, null);

    assertThat(ids(index.search(q))).containsExactly(Corpus.TRUMAN, Corpus.ACROSS_DECADES,
        Corpus.UNCERTAIN, Corpus.MUCCIO, Corpus.RANGE, Corpus.SEED, Corpus.SCRIPT,
        Corpus.DULLES, Corpus.KENNEDY, Corpus.UNDATED);
  }

  @Test
  void sortingByDateDescendingPutsUndatedRecordsLastToo() {
    SearchQuery q = new SearchQuery("", Map.of(), null, null, Sort.DATE_DESC, 1, 20, null);

    assertThat(ids(index.search(q))).containsExactly(Corpus.KENNEDY, Corpus.DULLES,
        Corpus.SCRIPT, Corpus.SEED, Corpus.MUCCIO, Corpus.RANGE, Corpus.UNCERTAIN,
        Corpus.ACROSS_DECADES, Corpus.TRUMAN, Corpus.UNDATED);
  }

  @Test
  void pagesSliceTheSortedResults() {
    SearchQuery page2 = new SearchQuery("", Map.of(), null, null, Sort.DATE_ASC, 2, 3, null);

    SearchResult r = index.search(page2);

    assertThat(ids(r)).containsExactly(Corpus.MUCCIO, Corpus.RANGE, Corpus.SEED);
    assertThat(r.pages()).isEqualTo(4);
  }

  @Test
  void aPageFarBeyondTheResultWindowIsEmptyButCountsStayExact() {
    SearchResult r = index.search(query("", 1_000_000, 100));

    assertThat(r.hits()).isEmpty();
    assertThat(r.total()).isEqualTo(Corpus.published().size());
  }

  @Test
  void hitsCarryTitleDisplayDateAndType() {
    Hit hit = index.search(SearchQuery.of("Hamonten")).hits().get(0);

    assertThat(hit.id()).isEqualTo(Corpus.SEED);
    assertThat(hit.title()).isEqualTo("Cable No. 25025, Mao Zedong to Filippov [Stalin]");
    assertThat(hit.date()).isEqualTo("19 October 1951");
    assertThat(hit.type()).isEqualTo("Cable");
    assertThat(hit.snippetHtml()).contains("<mark>Hamonten</mark>");
  }

  @Test
  void aFieldedAuthorQuerySearchesAuthorsOnly() {
    assertThat(ids(index.search(SearchQuery.of("author:Muccio")))).containsExactly(Corpus.MUCCIO);
    assertThat(ids(index.search(SearchQuery.of("author:\"Dean Acheson\""))))
        .containsExactlyInAnyOrder(Corpus.UNCERTAIN, Corpus.UNDATED);
    assertThat(ids(index.search(SearchQuery.of("recipient:Acheson"))))
        .containsExactly(Corpus.MUCCIO);
  }

  @Test
  void otherFieldedQueriesMapToTheirFields() {
    assertThat(ids(index.search(SearchQuery.of("place:Cuba")))).containsExactly(Corpus.KENNEDY);
    assertThat(ids(index.search(SearchQuery.of("person:\"Syngman Rhee\""))))
        .containsExactly(Corpus.MUCCIO);
    assertThat(ids(index.search(SearchQuery.of("subject:berlin")))).containsExactly(Corpus.TRUMAN);
    assertThat(ids(index.search(SearchQuery.of("type:letter")))).containsExactly(Corpus.KENNEDY);
    assertThat(ids(index.search(SearchQuery.of("title:Khrushchev"))))
        .containsExactly(Corpus.KENNEDY);
    assertThat(ids(index.search(SearchQuery.of("text:airlift")))).containsExactly(Corpus.TRUMAN);
  }

  @Test
  void internalFieldsCannotBeQueriedByName() {
    SearchResult r = index.search(SearchQuery.of("title_sort:x"));

    assertThat(r.notice()).contains("colon");
    assertThat(r.total()).isZero();
  }

  @Test
  void booleanOperatorsCombineWords() {
    assertThat(ids(index.search(SearchQuery.of("Muccio OR Khrushchev"))))
        .containsExactlyInAnyOrder(Corpus.MUCCIO, Corpus.KENNEDY);
    assertThat(ids(index.search(SearchQuery.of("Kaesong AND incident"))))
        .containsExactly(Corpus.UNCERTAIN);
    assertThat(ids(index.search(SearchQuery.of("Kaesong NOT incident NOT handwritten"))))
        .containsExactly(Corpus.SEED);
    assertThat(ids(index.search(SearchQuery.of("Kaesong -incident -handwritten"))))
        .containsExactly(Corpus.SEED);
  }

  @Test
  void aQueryOfNegationsAloneExcludesFromEverything() {
    long kaesong = index.search(SearchQuery.of("Kaesong")).total();

    assertThat(index.search(SearchQuery.of("NOT Kaesong")).total())
        .isEqualTo(Corpus.published().size() - kaesong);
    assertThat(index.search(SearchQuery.of("-Kaesong")).total())
        .isEqualTo(Corpus.published().size() - kaesong);
  }

  @Test
  void aQueryOfStopwordsAloneFailsQuietly() {
    SearchResult r = index.search(SearchQuery.of("the of"));

    assertThat(r.notice()).isNull();
  }

  @Test
  void severalWordsMustAllMatch() {
    assertThat(ids(index.search(SearchQuery.of("Kaesong incident"))))
        .containsExactly(Corpus.UNCERTAIN);
  }

  @Test
  void aTrailingWildcardMatchesWordBeginnings() {
    assertThat(ids(index.search(SearchQuery.of("Hamon*")))).containsExactly(Corpus.SEED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"neutral zone", "neutral zone (", "neutral zone )",
      "neutral : zone", "neutral zone AND", "OR neutral zone", "neutral zone \\",
      "neutral zone*:", "neutral zone *", "neutral: zone", "neutral zone ()",
      "neutral NOT"})
  void aMalformedQueryGivesResultsForItsWordsWithANotice(String text) {
    SearchResult r = index.search(SearchQuery.of(text));

    assertThat(ids(r)).contains(Corpus.SEED);
    assertThat(r.notice()).startsWith("Your search had ")
        .endsWith("; showing results for the words alone.");
  }

  @Test
  void anUnbalancedQuoteIsExplained() {
    SearchResult r = index.search(SearchQuery.of("\"neutral zone"));

    assertThat(r.notice()).isEqualTo("Your search had an unbalanced quotation mark; "
        + "showing results for the words alone.");
    assertThat(ids(r)).containsExactlyInAnyOrder(Corpus.SEED, Corpus.DULLES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "\\", ":", "(", ")", "\"", "AND", "NOT", "()", "*:*"})
  void aQueryOfSyntaxAloneBrowsesEverythingWithANotice(String text) {
    SearchResult r = index.search(SearchQuery.of(text));

    assertThat(r.total()).isEqualTo(Corpus.published().size());
    assertThat(r.notice()).endsWith("; showing all records.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"who sent Filippov?", "Filippov [Stalin]", "Mao / Stalin",
      "Stalin^3", "Kaesong - Panmunjom", "Mao && Stalin", "Kim-Il-Sung", "{Stalin}",
      "Kaesong!", "Stal~", "Filippov~1", "a~b~c", "-", "+Stalin", "!Stalin Mao",
      "\u201Cneutral zone\u201D", "P'eng Te-huai", "author:Mao:Zedong", "&", "||", "/.*/",
      "title:(Cable AND 25025)", "{!lucene}*:*", "_query_:\"{!lucene}id:*\"", "~", "^"})
  void noQueryEverThrows(String text) {
    assertThatCode(() -> index.search(SearchQuery.of(text))).doesNotThrowAnyException();
  }

  @Test
  void localParamsInTheQueryAreNotObeyed() {
    SearchResult r = index.search(SearchQuery.of("{!lucene}id:draft-zanzibar"));

    assertThat(r.total()).isZero();
  }

  @Test
  void markupInATranscriptIsEscapedInTheSnippet() {
    SearchResult r = index.search(SearchQuery.of("transcriber"));

    String snippet = r.hits().get(0).snippetHtml();
    assertThat(snippet).contains("<mark>transcriber</mark>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script")
        .doesNotContain("& ratified");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
  }

  @Test
  void aMatchInTheSummaryOnlyOrNoMatchFallsBackToTheSummaryThenTheBody() {
    Hit seed = hit(index.search(SearchQuery.of("instructions")), Corpus.SEED);

    assertThat(seed.snippetHtml()).startsWith("Mao forwards to Stalin his <mark>instructions");

    Hit browsed = hit(index.search(query("", 1, 20)), Corpus.SEED);
    assertThat(browsed.snippetHtml()).startsWith("Mao forwards to Stalin").doesNotContain("<mark>");
    Hit noSummary = hit(index.search(query("", 1, 20)), Corpus.TRUMAN);
    assertThat(noSummary.snippetHtml()).startsWith("We stay in Berlin.");
  }

  @Test
  void searchingInsideOneRecordReturnsThatRecordOnly() {
    SearchQuery q = new SearchQuery("Kaesong", Map.of(), null, null, Sort.RELEVANCE, 1, 20,
        Corpus.SEED);

    SearchResult r = index.search(q);

    assertThat(ids(r)).containsExactly(Corpus.SEED);
    assertThat(r.hits().get(0).snippetHtml()).contains("<mark>Kaesong</mark>");
  }

  @Test
  void everyFacetIsReturned() {
    assertThat(index.search(query("", 1, 20)).facets()).containsOnlyKeys(Facet.values());
  }

  @Test
  void facetValuesAreOrderedByCountThenValue() {
    List<FacetValue> places = index.search(query("", 1, 20)).facets().get(Facet.PLACE);

    assertThat(places.subList(0, 4)).containsExactly(new FacetValue("Washington", 4, false),
        new FacetValue("Kaesong", 3, false), new FacetValue("Panmunjom", 2, false),
        new FacetValue("Tokyo", 2, false));
  }

  @Test
  void reindexingARecordDoesNotDuplicateIt() {
    index.index(List.of(Corpus.seed()));
    index.index(List.of(Corpus.seed(), Corpus.seed()));
    index.commit();

    assertThat(index.count()).isEqualTo(Corpus.published().size());
    assertThat(ids(index.search(SearchQuery.of("Hamonten")))).containsExactly(Corpus.SEED);
  }

  private static SearchQuery query(String text, int page, int pageSize) {
    return new SearchQuery(text, Map.of(), null, null, Sort.RELEVANCE, page, pageSize, null);
  }

  static SearchQuery withFilter(SearchQuery q, Facet facet, String value) {
    Map<Facet, List<String>> filters = new java.util.EnumMap<>(Facet.class);
    filters.putAll(q.filters());
    List<String> values = new java.util.ArrayList<>(filters.getOrDefault(facet, List.of()));
    values.add(value);
    filters.put(facet, values);
    return new SearchQuery(q.text(), filters, q.from(), q.to(), q.sort(), 1, q.pageSize(),
        q.inRecord());
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  private static Hit hit(SearchResult r, String id) {
    return r.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> values(Map<Facet, List<FacetValue>> facets, Facet f) {
    return facets.get(f).stream().map(FacetValue::value).toList();
  }

  private static long count(Map<Facet, List<FacetValue>> facets, Facet f, String value) {
    return facets.get(f).stream().filter(v -> v.value().equals(value)).findFirst()
        .map(FacetValue::count).orElse(0L);
  }
}
