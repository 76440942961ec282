package org.chancery.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

/**
 * What each facet costs Solr, and whether another facet method would count it faster:
 * every query of the mix sent with one facet field at a time (no rows, no highlighting)
 * under each method, with {@code debug=timing}. The 1M search run showed facets taking most
 * of a search's time; this says which fields and which method, so a change to
 * {@code SolrQueries} is chosen on figures.
 */
final class FacetCost {

  /** docValues (the default), Solr's uninverted field, and one filter per term. */
  static final List<String> METHODS = List.of("fc", "uif", "enum");

  /** A field with more values than this is not tried with enum (one filter per term). */
  private static final int ENUM_MAX_VALUES = 500;
  private static final int REPEATS = 3;

  private FacetCost() {}

  /**
   * Median facet milliseconds per field and method, summed over the queries of the mix,
   * keyed {@code field method}.
   */
  static Map<String, Double> byField(SolrClient solr, String core, List<QueryMix> mix,
      Map<QueryMix, SolrParams> params) throws Exception {
    QueryMix browse = mix.stream().filter(q -> q.text().isBlank() && q.filters().isEmpty())
        .findFirst().orElse(mix.get(0));
    Map<String, Integer> values = valueCounts(solr, core, params.get(browse));
    Map<String, Double> out = new LinkedHashMap<>();
    for (QueryMix q : mix) {
      SolrParams base = params.get(q);
      for (String field : base.getParams("facet.field")) {
        for (String method : METHODS) {
          if (method.equals("enum") && values.getOrDefault(field, 0) > ENUM_MAX_VALUES) {
            continue;
          }
          out.merge(field + " " + method, median(solr, core, oneFacet(base, field, method)),
              Double::sum);
        }
      }
    }
    return out;
  }

  /** How many distinct values each facet field has among the hits of {@code browse}. */
  private static Map<String, Integer> valueCounts(SolrClient solr, String core,
      SolrParams browse) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams(browse);
    p.set("rows", 0);
    p.set("hl", false);
    p.set("facet.limit", ENUM_MAX_VALUES + 1);
    for (String field : browse.getParams("facet.field")) {
      p.remove("f." + field + ".facet.limit");
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (FacetField f : solr.query(core, p).getFacetFields()) {
      counts.put(f.getName(), f.getValueCount());
    }
    return counts;
  }

  private static ModifiableSolrParams oneFacet(SolrParams base, String field, String method) {
    ModifiableSolrParams p = new ModifiableSolrParams(base);
    p.set("facet.field", field);
    p.set("f." + field + ".facet.method", method);
    p.set("rows", 0);
    p.set("hl", false);
    p.set("debug", "timing");
    return p;
  }

  /** The median facet-component time of a few runs after one that warms the caches. */
  private static double median(SolrClient solr, String core, SolrParams p) throws Exception {
    solr.query(core, p);
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      QueryResponse rsp = solr.query(core, p);
      ms.add(SolrTiming.components(rsp).getOrDefault("facet", 0.0));
    }
    return SolrTiming.median(ms);
  }
}
