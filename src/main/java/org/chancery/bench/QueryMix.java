package org.chancery.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.search.Facet;
import org.chancery.search.SearchQuery;

/**
 * The fixed query mix: each query as the reader's API call, as the {@link SearchQuery} the
 * archive builds from it (for the straight-Solr baseline) and as PostgreSQL conditions.
 *
 * @param kind term, phrase, facet-browse, facet-drill, date-range, name, deep-page
 * @param text the query text as typed, blank to browse
 * @param filters facet filters (one value each)
 * @param from date range start or null
 * @param to date range end or null
 * @param page 1-based page of 20 hits
 */
record QueryMix(String kind, String text, Map<Facet, String> filters, LocalDate from,
    LocalDate to, int page) {

  static final int PAGE_SIZE = 20;

  /** The mix, with facet values taken from the corpus itself (its most frequent ones). */
  static List<QueryMix> standard(String topAuthor, String topPlace, String topType) {
    List<QueryMix> m = new ArrayList<>();
    m.add(new QueryMix("term", "Formosa", Map.of(), null, null, 1));
    m.add(new QueryMix("term", "embargo", Map.of(), null, null, 1));
    m.add(new QueryMix("phrase", "\"Joint Chiefs of Staff\"", Map.of(), null, null, 1));
    m.add(new QueryMix("phrase", "\"neutral zone\"", Map.of(), null, null, 1));
    m.add(new QueryMix("facet-browse", "", Map.of(), null, null, 1));
    m.add(new QueryMix("facet-drill", "", Map.of(Facet.AUTHOR, topAuthor), null, null, 1));
    m.add(new QueryMix("facet-drill", "", Map.of(Facet.TYPE, topType, Facet.PLACE, topPlace),
        null, null, 1));
    m.add(new QueryMix("date-range", "Korea", Map.of(), LocalDate.of(1950, 6, 25),
        LocalDate.of(1953, 7, 27), 1));
    m.add(new QueryMix("name", "Stalin", Map.of(), null, null, 1));
    m.add(new QueryMix("name", "Peng Teh-huai", Map.of(), null, null, 1));
    m.add(new QueryMix("deep-page", "Department", Map.of(), null, null, 400));
    return m;
  }

  String apiPath() {
    StringBuilder b = new StringBuilder("/api/search?size=" + PAGE_SIZE + "&page=" + page);
    if (!text.isBlank()) {
      b.append("&q=").append(enc(text));
    }
    filters.forEach((f, v) -> b.append('&').append(f.param()).append('=').append(enc(v)));
    if (from != null) {
      b.append("&from=").append(from);
    }
    if (to != null) {
      b.append("&to=").append(to);
    }
    return b.toString();
  }

  SearchQuery searchQuery() {
    Map<Facet, List<String>> f = new java.util.EnumMap<>(Facet.class);
    filters.forEach((k, v) -> f.put(k, List.of(v)));
    return new SearchQuery(text, f, from, to, SearchQuery.Sort.RELEVANCE, page, PAGE_SIZE, null);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
