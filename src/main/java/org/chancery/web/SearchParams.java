package org.chancery.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.search.Facet;
import org.chancery.search.SearchQuery;

/**
 * Reads a search from URL parameters — the same for the page and the API, so a page URL
 * and an API URL with the same parameters give the same results.
 *
 * <p>{@code q} the query; one parameter per facet ({@code author=Mao Zedong}, repeatable);
 * {@code from}/{@code to} as {@code 1951}, {@code 1951-10} or {@code 1951-10-18};
 * {@code sort} {@code relevance}, {@code date} or {@code -date}; {@code page}; {@code size}.
 */
final class SearchParams {

  static final int DEFAULT_PAGE_SIZE = 20;

  private SearchParams() {}

  static SearchQuery parse(Map<String, List<String>> params) {
    Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      List<String> values = params.getOrDefault(f.param(), List.of()).stream()
          .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
      if (!values.isEmpty()) {
        filters.put(f, values);
      }
    }
    String q = first(params, "q");
    String from = first(params, "from");
    String to = first(params, "to");
    return new SearchQuery(q == null ? "" : q, filters,
        from == null ? null : day(from, "from", true),
        to == null ? null : day(to, "to", false),
        sort(first(params, "sort")),
        number(params, "page", 1, 1, 10_000),
        number(params, "size", DEFAULT_PAGE_SIZE, 1, 100),
        null);
  }

  /** The parameters that reproduce a query, in a stable order (for links). */
  static Map<String, List<String>> toParams(SearchQuery q) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    if (!q.text().isBlank()) {
      p.put("q", List.of(q.text()));
    }
    for (Facet f : Facet.values()) {
      List<String> v = q.filters().get(f);
      if (v != null && !v.isEmpty()) {
        p.put(f.param(), new ArrayList<>(v));
      }
    }
    if (q.from() != null) {
      p.put("from", List.of(q.from().toString()));
    }
    if (q.to() != null) {
      p.put("to", List.of(q.to().toString()));
    }
    if (q.sort() != SearchQuery.Sort.RELEVANCE) {
      p.put("sort", List.of(sortParam(q.sort())));
    }
    if (q.pageSize() != DEFAULT_PAGE_SIZE) {
      p.put("size", List.of(Integer.toString(q.pageSize())));
    }
    if (q.page() != 1) {
      p.put("page", List.of(Integer.toString(q.page())));
    }
    return p;
  }

  static String sortParam(SearchQuery.Sort s) {
    return switch (s) {
      case RELEVANCE -> "relevance";
      case DATE_ASC -> "date";
      case DATE_DESC -> "-date";
    };
  }

  private static SearchQuery.Sort sort(String s) {
    if (s == null || s.isBlank() || s.equals("relevance")) {
      return SearchQuery.Sort.RELEVANCE;
    }
    return switch (s.strip()) {
      case "date" -> SearchQuery.Sort.DATE_ASC;
      case "-date" -> SearchQuery.Sort.DATE_DESC;
      default -> throw ClientError.badParameter("sort",
          "sort must be relevance, date (oldest first) or -date (newest first), not '" + s + "'");
    };
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      return null;
    }
    return v.get(0).strip();
  }

  static int number(Map<String, List<String>> params, String name, int dflt, int min,
      int max) {
    String v = first(params, name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ClientError.badParameter(name, name + " must be between " + min + " and " + max
            + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ClientError.badParameter(name, name + " must be a whole number, not '" + v + "'");
    }
  }

  /** A year, month or day; a start takes its first day, an end its last. */
  static LocalDate day(String v, String name, boolean start) {
    try {
      if (v.matches("-?\\d{1,4}")) {
        int y = Integer.parseInt(v);
        return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(v);
        return start ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return LocalDate.parse(v);
    } catch (java.time.DateTimeException e) {
      throw ClientError.badParameter(name, name + " must be a year (1951), a month (1951-10) or a day "
          + "(1951-10-18), not '" + v + "'");
    }
  }
}
