package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Query-time name expansion on a real Solr index: a small corpus where each record
 * writes one form of Stalin, and an expansion that knows his forms. Runs on an embedded
 * core and on a sharded SolrCloud collection (see {@link SearchContract}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueryExpansionContract {

  private SolrSearchIndex index;

  /** A new, empty index named {@code name}, or the existing one of that name. */
  protected abstract SolrSearchIndex open(String name, QueryExpansion expansion);

  /** Knows Stalin's forms, as the archive's authority expansion would. */
  static final QueryExpansion STALIN = text -> {
    List<String> forms = List.of("Joseph Stalin", "Stalin", "Filippov", "Feng Xi");
    List<NameMatch> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String f : forms) {
      int at = lower.indexOf(f.toLowerCase(Locale.ROOT));
      if (at >= 0 && out.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
        out.add(new NameMatch(text.substring(at, at + f.length()), at, at + f.length(), forms,
            "Joseph Stalin", Map.of("Filippov", "cover name of Joseph Stalin",
                "Feng Xi", "cover name of Joseph Stalin")));
      }
    }
    return out;
  };

  @BeforeAll
  void start() {
    index = open("expansion", STALIN);
    index.index(List.of(
        rec("says-stalin", "Report on the leadership", "Stalin received the delegation.",
            null, PublicationState.PUBLISHED),
        rec("says-filippov", "Cable to Beijing", "Filippov replies to the proposal.", null,
            PublicationState.PUBLISHED),
        rec("says-feng-xi", "Cable to Pyongyang", "Feng Xi agrees with the plan.", null,
            PublicationState.PUBLISHED),
        rec("names-filippov", "Cable about talks", "The talks resume.",
            new NameRef("Joseph Stalin", "Filippov", null), PublicationState.PUBLISHED),
        rec("draft-filippov", "Draft cable", "Filippov in a draft.", null,
            PublicationState.DRAFT),
        rec("unrelated", "Weather report", "Rain over Kaesong.", null,
            PublicationState.PUBLISHED)));
    index.commit();
  }

  @AfterAll
  void close() {
    if (index != null) {
      index.close();
    }
  }

  private static ArchivalRecord rec(String id, String title, String body, NameRef recipient,
      PublicationState state) {
    ArchivalRecord.Builder b = ArchivalRecord.builder(new RecordId(id)).title(title)
        .state(state).date(EdtfDate.parse("1951-10-19")).type("Cable")
        .text(new Text(Text.Kind.ORIGINAL, "en", body, null, null));
    if (recipient != null) {
      b.recipient(recipient);
    }
    return b.build();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void anyFormFindsEveryFormAndRanksTheTypedFormFirst() {
    SearchResult r = index.search(SearchQuery.of("Stalin"));
    assertThat(ids(r)).containsExactlyInAnyOrder("says-stalin", "says-filippov",
        "says-feng-xi", "names-filippov");
    assertThat(r.total()).isEqualTo(4);
    // names-filippov holds "Joseph Stalin" as its recipient's preferred name: typed form too
    assertThat(ids(r).subList(0, 2)).containsExactlyInAnyOrder("says-stalin", "names-filippov");
    assertThat(r.expanded()).singleElement().asString()
        .startsWith("Also searched: Joseph Stalin, Filippov, Feng Xi")
        .endsWith("(forms of Joseph Stalin)");

    SearchResult f = index.search(SearchQuery.of("filippov"));
    assertThat(ids(f).get(0)).isIn("says-filippov", "names-filippov");
    assertThat(ids(f).indexOf("says-stalin")).isGreaterThan(ids(f).indexOf("says-filippov"));
    assertThat(f.total()).isEqualTo(4);
  }

  @Test
  void eachHitSaysWhichFormItHolds() {
    SearchResult r = index.search(SearchQuery.of("Stalin"));
    Map<String, List<String>> why = new java.util.HashMap<>();
    r.hits().forEach(h -> why.put(h.id(), h.why()));
    assertThat(why.get("says-filippov"))
        .containsExactly("matched Filippov — cover name of Joseph Stalin");
    assertThat(why.get("says-feng-xi"))
        .containsExactly("matched Feng Xi — cover name of Joseph Stalin");
    assertThat(why.get("says-stalin")).isEmpty();
    assertThat(why.get("names-filippov"))
        .containsExactly("matched Filippov — cover name of Joseph Stalin");
  }

  @Test
  void fieldedClausesExpandAndQuotedPhrasesStayExact() {
    assertThat(ids(index.search(SearchQuery.of("recipient:Stalin"))))
        .containsExactly("names-filippov");
    assertThat(ids(index.search(SearchQuery.of("recipient:Filippov"))))
        .containsExactly("names-filippov");
    assertThat(ids(index.search(SearchQuery.of("\"Stalin received\""))))
        .containsExactly("says-stalin");
    assertThat(ids(index.search(SearchQuery.of("Stalin -delegation"))))
        .doesNotContain("says-stalin").contains("says-filippov");
    assertThat(ids(index.search(SearchQuery.of("-Stalin")))).containsExactly("unrelated");
    assertThat(ids(index.search(SearchQuery.of("Filippov AND proposal"))))
        .containsExactly("says-filippov");
  }

  @Test
  void facetCountsEqualTheResultsAndDraftsNeverShow() {
    SearchResult r = index.search(SearchQuery.of("Feng Xi"));
    assertThat(ids(r)).doesNotContain("draft-filippov");
    FacetValue cable = r.facets().get(Facet.TYPE).get(0);
    assertThat(cable.count()).isEqualTo(r.total());
    SearchResult drilled = index.search(new SearchQuery("Feng Xi",
        Map.of(Facet.TYPE, List.of("Cable")), null, null, null, 1, 20, null));
    assertThat(drilled.total()).isEqualTo(cable.count());
  }

  @Test
  void malformedQueriesStillExpand() {
    SearchResult r = index.search(SearchQuery.of("Filippov AND"));
    assertThat(r.notice()).isNotNull();
    assertThat(ids(r)).contains("says-stalin", "says-filippov");
  }
}
