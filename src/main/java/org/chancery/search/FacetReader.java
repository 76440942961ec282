package org.chancery.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * Reads the facets of a response. Decades and years come in chronological order, every
 * other facet by count, then value. Years are offered only once they are few enough to
 * help: when a decade or year is chosen, or when the results fall in at most
 * {@value #YEARS_WITHIN_DECADES} decades; otherwise the YEAR list is empty and a reader
 * narrows by decade first.
 */
final class FacetReader {

  static final int YEARS_WITHIN_DECADES = 2;

  private static final Comparator<FacetValue> BY_COUNT =
      Comparator.comparingLong(FacetValue::count).reversed()
          .thenComparing(FacetValue::value);
  private static final Comparator<FacetValue> CHRONOLOGICAL =
      Comparator.comparingLong((FacetValue v) -> number(v.value()))
          .thenComparing(FacetValue::value);

  private FacetReader() {}

  static Map<Facet, List<FacetValue>> read(QueryResponse rsp, SearchQuery q, long total) {
    Map<Facet, List<FacetValue>> out = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      out.put(f, values(rsp.getFacetField(SchemaFields.field(f)), f, q, total));
    }
    boolean narrowed = !q.filters().getOrDefault(Facet.DECADE, List.of()).isEmpty()
        || !q.filters().getOrDefault(Facet.YEAR, List.of()).isEmpty();
    if (!narrowed && out.get(Facet.DECADE).size() > YEARS_WITHIN_DECADES) {
      out.put(Facet.YEAR, List.of());
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<FacetValue> values(FacetField field, Facet f, SearchQuery q,
      long total) {
    Set<String> chosen = SolrQueries.values(q.filters().get(f));
    List<FacetValue> out = new ArrayList<>();
    if (field != null && field.getValues() != null) {
      for (FacetField.Count c : field.getValues()) {
        out.add(new FacetValue(c.getName(), c.getCount(), chosen.contains(c.getName())));
      }
    }
    // every hit carries a chosen value (filters are AND-ed), so its count is the total;
    // listing it even past the limit keeps it visible, and removable, on the page
    for (String value : chosen) {
      if (out.stream().noneMatch(v -> v.value().equals(value))) {
        out.add(new FacetValue(value, total, true));
      }
    }
    boolean time = f == Facet.DECADE || f == Facet.YEAR;
    out.sort(time ? CHRONOLOGICAL : BY_COUNT);
    return List.copyOf(out);
  }

  /** The number a decade ({@code 1950s}) or year starts with, for ordering. */
  private static long number(String value) {
    String digits = value.endsWith("s") ? value.substring(0, value.length() - 1) : value;
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
