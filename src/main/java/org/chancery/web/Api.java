package org.chancery.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.Archive;
import org.chancery.record.ArchivalRecord;
import org.chancery.search.Facet;
import org.chancery.search.FacetValue;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchResult;

/**
 * The JSON API. {@code /api/search} takes exactly the parameters of the search page and
 * returns the same hits and facets; {@code /api/records/{id}} returns a published record
 * in its one JSON form (the form the JSON Lines export writes).
 */
final class Api {

  private final Archive archive;

  Api(Archive archive) {
    this.archive = archive;
  }

  void health(Context ctx) {
    ctx.json(Map.of("status", "ready", "records", archive.catalogue().countPublished()));
  }

  void record(Context ctx) {
    String id = ctx.pathParam("id");
    ArchivalRecord r = archive.publicRecord(id)
        .orElseThrow(() -> ClientError.notFound("There is no published record " + id + "."));
    ctx.contentType("application/json").result(archive.json().write(r));
  }

  void search(Context ctx) {
    SearchQuery query = SearchParams.parse(ctx.queryParamMap());
    SearchResult result = Searches.run(archive, query);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query.text());
    body.put("total", result.total());
    body.put("page", query.page());
    body.put("pageSize", query.pageSize());
    body.put("pages", result.pages());
    body.put("notice", result.notice());
    body.put("expanded", result.expanded());
    body.put("hits", result.hits().stream().map(h -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.id());
      m.put("url", Links.record(h.id()));
      m.put("title", h.title());
      m.put("date", h.date());
      m.put("type", h.type());
      m.put("snippet", h.snippetHtml());
      m.put("why", h.why());
      return m;
    }).toList());
    Map<String, Object> facets = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      if (!f.listed()) {
        continue;
      }
      List<FacetValue> values = result.facets().getOrDefault(f, List.of());
      facets.put(f.param(), values);
    }
    body.put("facets", facets);
    ctx.contentType("application/json").result(archive.json().write(body));
  }
}
