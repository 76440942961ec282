package org.chancery.search;

import static org.chancery.search.SchemaFields.*;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Builds the Solr request for a {@link SearchQuery}: edismax over the text fields, one
 * filter per chosen facet value, the date overlap filter, sort, paging, facets and
 * highlighting. Every relevance and highlighting parameter lives here, not in
 * solrconfig.xml, so it sits beside the query syntax ({@link QueryText}) it must match
 * and reaches a SolrCloud collection unchanged.
 */
final class SolrQueries {

  /**
   * Results beyond this position are not fetched (the total is still exact): Solr ranks
   * {@code start + rows} documents for a page, so an unbounded page number would let any
   * request make it sort millions. Bulk readers use the export, not search pages.
   */
  static final int MAX_RESULT_WINDOW = SearchQuery.MAX_RESULT_WINDOW;

  /**
   * Every body field (one per analysed language, see {@link LanguageFields}) weighs what
   * {@code body} weighs. A record's English text is in {@code body} and its
   * original-language texts are in the others, which an English-only record leaves empty:
   * English queries rank English records as before.
   */
  static final String QUERY_FIELDS =
      "title^4 summary^2 names^2 " + String.join(" ", LanguageFields.BODIES) + " text^0.5";
  static final String PHRASE_FIELDS = "title^8 " + String.join(" ",
      LanguageFields.BODIES.stream().map(f -> f + "^2").toList());
  static final String HIGHLIGHT_FIELDS =
      String.join(",", LanguageFields.BODIES) + "," + SUMMARY;
  static final String FIELD_LIST = String.join(",", ID, TITLE, DATE_DISPLAY, TYPE);
  static final int NAME_FACET_LIMIT = 100;

  /**
   * Facets whose values are few in any archive (types, decades, years, languages, original
   * archives): counted by intersecting each value's cached document set with the hits
   * ({@code enum}) instead of reading every hit's values ({@code fc}). At 1M documents,
   * over the benchmark's query mix, this took these five fields from 252 ms of facet time
   * to 17 ms ({@code bench run --facet-cost}). Names, subjects and collections (one per
   * FRUS volume) have hundreds to millions of values and stay on {@code fc}, which beat
   * the uninverted field ({@code uif}) on every one of them.
   */
  private static final java.util.Set<Facet> FEW_VALUES = java.util.EnumSet.of(Facet.TYPE,
      Facet.DECADE, Facet.YEAR, Facet.LANGUAGE, Facet.ARCHIVE);

  private SolrQueries() {}

  static SolrQuery build(SearchQuery q, QueryText.Parsed text) {
    return build(q, text, null);
  }

  /**
   * The request for one page: by page number when {@code cursorMark} is null, else the
   * page after that Solr cursor mark (the sort ends on the unique id, as cursors need, and
   * a cursor is not bounded by the result window: it never re-ranks earlier pages).
   */
  static SolrQuery build(SearchQuery q, QueryText.Parsed text, String cursorMark) {
    SolrQuery s = new SolrQuery();
    relevance(s, text);
    filters(s, q);
    sort(s, q.sort());
    long start = cursorMark != null ? 0 : (long) (q.page() - 1) * q.pageSize();
    boolean fetch = start < MAX_RESULT_WINDOW;
    s.setStart(fetch ? (int) start : 0);
    s.setRows(fetch ? (int) Math.min(q.pageSize(), MAX_RESULT_WINDOW - start) : 0);
    if (cursorMark != null) {
      s.set("cursorMark", cursorMark);
    }
    s.setFields(FIELD_LIST);
    facets(s);
    if (fetch) {
      highlighting(s, q.inRecord() != null);
    }
    return s;
  }

  private static void relevance(SolrQuery s, QueryText.Parsed text) {
    s.set("defType", "edismax");
    if (text.matchesAll()) {
      s.set("q.alt", "*:*");
    } else {
      s.setQuery(text.query());
    }
    s.set("qf", QUERY_FIELDS);
    s.set("pf", PHRASE_FIELDS);
    s.set("tie", "0.1");
    s.set("q.op", "AND");
    // term-centric: each word may match in a different field (a name in names, a phrase
    // in body); with sow=false edismax would require all words in one field
    s.set("sow", true);
    s.set("uf", String.join(" ", USER_FIELDS));
    USER_FIELD_ALIASES.forEach((alias, field) -> s.set("f." + alias + ".qf", field));
  }

  private static void filters(SolrQuery s, SearchQuery q) {
    for (Map.Entry<Facet, List<String>> e : q.filters().entrySet()) {
      for (String value : values(e.getValue())) {
        // one filter per value: values of one facet are AND-ed (drill-down), so a facet
        // count always equals the hits its link leads to
        s.addFilterQuery(term(field(e.getKey()), value));
      }
    }
    LocalDate from = q.from();
    LocalDate to = q.to();
    if (from != null && to != null && from.isAfter(to)) {
      from = q.to();
      to = q.from();
    }
    // overlap: the record's span [date_start, date_end] meets [from, to]
    if (to != null) {
      s.addFilterQuery(DATE_START + ":[* TO " + instant(to) + "]");
    }
    if (from != null) {
      s.addFilterQuery(DATE_END + ":[" + instant(from) + " TO *]");
    }
    if (q.inRecord() != null && !q.inRecord().isBlank()) {
      s.addFilterQuery(term(ID, q.inRecord().strip()));
    }
  }

  /** Distinct non-blank values, stripped. */
  static Set<String> values(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    if (raw != null) {
      for (String v : raw) {
        if (v != null && !v.isBlank()) {
          out.add(v.strip());
        }
      }
    }
    return out;
  }

  /** An exact-value filter; the term parser takes the value verbatim, so nothing to escape. */
  static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  static String instant(LocalDate day) {
    return RecordDocuments.day(day).toInstant().toString();
  }

  private static void sort(SolrQuery s, SearchQuery.Sort sort) {
    switch (sort) {
      case RELEVANCE -> {
        s.addSort("score", SolrQuery.ORDER.desc);
        s.addSort(DATE_START, SolrQuery.ORDER.asc);
      }
      case DATE_ASC -> s.addSort(DATE_START, SolrQuery.ORDER.asc);
      case DATE_DESC -> s.addSort(DATE_START, SolrQuery.ORDER.desc);
    }
    // undated records sort last either way: the date fields are sortMissingLast
    s.addSort(ID, SolrQuery.ORDER.asc);
  }

  private static void facets(SolrQuery s) {
    s.setFacet(true);
    s.setFacetMinCount(1);
    for (Facet f : Facet.values()) {
      if (!f.listed()) {
        continue;
      }
      String field = field(f);
      s.addFacetField(field);
      boolean time = f == Facet.DECADE || f == Facet.YEAR;
      s.set("f." + field + ".facet.limit", time ? -1 : NAME_FACET_LIMIT);
      s.set("f." + field + ".facet.sort", time ? "index" : "count");
      if (FEW_VALUES.contains(f)) {
        s.set("f." + field + ".facet.method", "enum");
      }
    }
  }

  private static void highlighting(SolrQuery s, boolean insideOneRecord) {
    s.setHighlight(true);
    s.set("hl.method", "unified");
    s.set("hl.fl", HIGHLIGHT_FIELDS);
    // the encoder escapes the document's own text, so <mark> is the only markup
    s.set("hl.encoder", "html");
    s.set("hl.tag.pre", "<mark>");
    s.set("hl.tag.post", "</mark>");
    // nothing matched in a field: its opening passage, for the summary fallback
    s.set("hl.defaultSummary", true);
    s.set("hl.snippets", insideOneRecord ? 5 : 1);
    s.set("hl.fragsize", insideOneRecord ? 300 : 200);
    if (insideOneRecord) {
      s.set("hl.maxAnalyzedChars", 1_000_000);
    }
  }
}
