package org.chancery.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * Where Solr spends a search: each query of the mix sent alone with {@code debug=timing},
 * which reports the time of each search component (query, facet, highlight, ...). The
 * answer to "why is this query slow" without a profiler, and repeatable in every run.
 */
final class SolrTiming {

  private static final int REPEATS = 5;
  private static final java.util.Set<String> MAIN = java.util.Set.of("query", "facet",
      "highlight");

  private SolrTiming() {}

  /**
   * Median milliseconds per component, summed over the queries of each kind, keyed
   * {@code kind: component}. Query, facet and highlight are always reported (0 is a
   * finding too); other components only when they took a measurable time.
   */
  static Map<String, Double> byComponent(SolrClient solr, String core, List<QueryMix> mix,
      Map<QueryMix, SolrParams> params) throws Exception {
    Map<String, Double> out = new LinkedHashMap<>();
    for (QueryMix q : mix) {
      ModifiableSolrParams p = new ModifiableSolrParams(params.get(q));
      p.set("debug", "timing");
      Map<String, List<Double>> runs = new LinkedHashMap<>();
      for (int i = 0; i < REPEATS; i++) {
        QueryResponse rsp = solr.query(core, p);
        components(rsp).forEach((c, ms) -> runs.computeIfAbsent(c, k -> new ArrayList<>())
            .add(ms));
      }
      runs.forEach((c, ms) -> {
        double median = median(ms);
        if (median > 0 || MAIN.contains(c)) {
          out.merge(q.kind() + ": " + c, median, Double::sum);
        }
      });
    }
    return out;
  }

  /** The middle value (the upper of the two middle ones for an even count). */
  static double median(List<Double> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  /** The "process" part of the timing section: component name to milliseconds. */
  static Map<String, Double> components(QueryResponse rsp) {
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Object> debug = rsp.getDebugMap();
    Object timing = debug == null ? null : debug.get("timing");
    if (!(timing instanceof NamedList<?> t) || !(t.get("process") instanceof NamedList<?> p)) {
      return out;
    }
    for (Map.Entry<String, ?> e : p) {
      if (e.getValue() instanceof NamedList<?> c && c.get("time") instanceof Number n) {
        out.put(e.getKey(), n.doubleValue());
      }
    }
    return out;
  }
}
