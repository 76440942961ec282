package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chancery.search.Facet;
import org.chancery.search.FacetValue;
import org.chancery.search.Hit;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, "search that finds every form": the demo archive searched by one form of a
 * name finds the documents that write another, and each hit says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameSearchIT {

  @TempDir
  static Path dir;

  private Archive archive;
  private String seed;

  @BeforeAll
  void loadDemo() {
    archive = Archive.open(ChanceryConfig.defaults(dir.resolve("demo")));
    archive.loadDemo(Progress.NONE);
    seed = archive.index().search(SearchQuery.of("\"Cable No. 25025\"")).hits().get(0).id();
  }

  @AfterAll
  void close() {
    if (archive != null) {
      archive.close();
    }
  }

  private SearchResult search(String q) {
    return archive.index().search(new SearchQuery(q, Map.of(), null, null, null, 1, 100, null));
  }

  private Hit seedHit(String q) {
    return search(q).hits().stream().filter(h -> h.id().equals(seed)).findFirst()
        .orElseThrow(() -> new AssertionError("'" + q + "' does not find the seed"));
  }

  @Test
  void stalinFindsTheSeedThatSaysFilippovAndSaysWhy() {
    assertThat(seedHit("Stalin").why())
        .contains("matched Filippov — cover name of Joseph Stalin, 1949–1953");
    assertThat(search("Stalin").expanded()).singleElement().asString()
        .contains("Filippov").endsWith("(forms of Joseph Stalin)");
    seedHit("Filippov");
    seedHit("person:Stalin");
  }

  @Test
  void liKenongAndItsMisspellingFindTheSeed() {
    seedHit("Li Kenong");
    seedHit("Le Kenong");
  }

  @Test
  void koreanPlacesFindTheJapaneseReadingsTheSeedWrites() {
    assertThat(seedHit("Panmunjom").why())
        .contains("matched Hamonten — Japanese reading of Panmunjom");
    assertThat(seedHit("Munsan").why()).contains("matched Bunsan — Japanese reading of Munsan");
    seedHit("Hamonten");
  }

  @Test
  void pinyinFindsWadeGilesAndBack() {
    SearchResult wadeGiles = search("\"Chou En-lai\"");
    assertThat(wadeGiles.total()).isPositive();
    SearchResult pinyin = search("Zhou Enlai");
    assertThat(pinyin.hits().stream().map(Hit::id).toList())
        .containsAll(wadeGiles.hits().stream().map(Hit::id).toList());
    assertThat(pinyin.hits()).anySatisfy(h ->
        assertThat(h.why()).contains("matched Chou En-lai — Wade-Giles form of Zhou Enlai"));
    assertThat(search("Chou En-lai").total()).isGreaterThanOrEqualTo(pinyin.total());

    assertThat(seedHit("Peng Teh-huai").why()).contains(
        "matched Peng Dehuai — preferred name of Peng Dehuai");
    seedHit("P'eng Te-huai");
  }

  @Test
  void facetCountsStillEqualTheResultsTheyLeadTo() {
    SearchResult r = search("Stalin");
    for (Facet f : List.of(Facet.TYPE, Facet.PERSON)) {
      for (FacetValue v : r.facets().get(f)) {
        SearchResult drilled = archive.index().search(new SearchQuery("Stalin",
            Map.of(f, List.of(v.value())), null, null, null, 1, 20, null));
        assertThat(drilled.total()).as("%s=%s", f, v.value()).isEqualTo(v.count());
      }
    }
  }
}
