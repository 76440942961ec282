package org.chancery.search;

import static org.chancery.search.SchemaFields.AUTHOR_ID;
import static org.chancery.search.SchemaFields.NAME_ID;
import static org.chancery.search.SchemaFields.PLACE_ID;
import static org.chancery.search.SchemaFields.RECIPIENT_ID;
import static org.chancery.search.SchemaFields.YEAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * The facet queries behind {@link NameCounts}: three small counting requests (no documents
 * fetched), so an authority page costs the same with ten documents or a hundred thousand.
 */
final class NameCountQueries {

  /** Enough correspondents and places for a page; the long tail is in the search. */
  static final int LIMIT = 60;

  private NameCountQueries() {}

  /**
   * @param field the field naming the authority: {@code name_id} with its id, or
   *     {@code subject} with a subject's name
   */
  static NameCounts run(String field, String value, Function<SolrQuery, QueryResponse> solr) {
    SolrQuery all = counting(field, value);
    all.addFacetField(YEAR, PLACE_ID);
    all.set("f." + YEAR + ".facet.limit", -1);
    all.set("f." + YEAR + ".facet.sort", "index");
    all.addFacetPivotField(AUTHOR_ID + "," + RECIPIENT_ID);
    all.set("facet.pivot.mincount", 1);
    QueryResponse named = solr.apply(all);

    List<NameCounts.Letters> letters = new ArrayList<>();
    List<PivotField> pivots = named.getFacetPivot() == null ? null
        : named.getFacetPivot().get(AUTHOR_ID + "," + RECIPIENT_ID);
    if (pivots != null) {
      for (PivotField author : pivots) {
        if (author.getPivot() != null) {
          for (PivotField recipient : author.getPivot()) {
            letters.add(new NameCounts.Letters(String.valueOf(author.getValue()),
                String.valueOf(recipient.getValue()), recipient.getCount()));
          }
        }
      }
    }
    letters.sort((a, b) -> Long.compare(b.documents(), a.documents()));
    // only persons and organisations write and receive: a subject's name is never an author
    Map<String, Long> wroteTo = Map.of();
    Map<String, Long> heardFrom = Map.of();
    if (field.equals(NAME_ID)) {
      SolrQuery wrote = counting(AUTHOR_ID, value);
      wrote.addFacetField(RECIPIENT_ID);
      SolrQuery heard = counting(RECIPIENT_ID, value);
      heard.addFacetField(AUTHOR_ID);
      wroteTo = counts(solr.apply(wrote), RECIPIENT_ID);
      heardFrom = counts(solr.apply(heard), AUTHOR_ID);
    }
    return new NameCounts(named.getResults().getNumFound(), counts(named, YEAR), wroteTo,
        heardFrom, counts(named, PLACE_ID), letters);
  }

  private static SolrQuery counting(String field, String id) {
    SolrQuery q = new SolrQuery("*:*");
    q.setRows(0);
    q.addFilterQuery(SolrQueries.term(field, id));
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.setFacetLimit(LIMIT);
    q.set("facet.pivot.limit", LIMIT);
    return q;
  }

  private static Map<String, Long> counts(QueryResponse rsp, String field) {
    Map<String, Long> out = new LinkedHashMap<>();
    FacetField f = rsp.getFacetField(field);
    if (f != null && f.getValues() != null) {
      f.getValues().forEach(c -> out.put(c.getName(), c.getCount()));
    }
    return out;
  }
}
