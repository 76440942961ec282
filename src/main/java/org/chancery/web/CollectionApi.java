package org.chancery.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.Archive;
import org.chancery.record.Collection;
import org.chancery.search.Facet;

/**
 * {@code GET /api/collections} and {@code /api/collections/{id}}: the collections that hold
 * published records, each with how many, counted by the index (which holds published
 * records only). A collection whose records are all unpublished is not shown: its
 * existence would tell of documents not yet public.
 */
final class CollectionApi {

  private final Archive archive;

  CollectionApi(Archive archive) {
    this.archive = archive;
  }

  void list(Context ctx) {
    Map<String, Long> counts = archive.index().valueCounts(Facet.COLLECTION);
    List<Map<String, Object>> shown = archive.catalogue().collections().stream()
        .filter(c -> counts.getOrDefault(c.id(), 0L) > 0)
        .map(c -> json(c, counts.get(c.id())))
        .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", shown.size());
    body.put("collections", shown);
    ApiReads.json(ctx, archive.json().write(body), ApiReads.Freshness.LISTING);
  }

  void one(Context ctx) {
    String id = ctx.pathParam("id");
    long n = archive.index().valueCounts(Facet.COLLECTION).getOrDefault(id, 0L);
    Collection c = archive.catalogue().collection(id).filter(x -> n > 0)
        .orElseThrow(() -> ClientError.notFound("There is no collection " + id
            + " with published records."));
    ApiReads.json(ctx, archive.json().write(json(c, n)), ApiReads.Freshness.DOCUMENT);
  }

  private static Map<String, Object> json(Collection c, long records) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("title", c.title());
    m.put("description", c.description());
    m.put("records", records);
    m.put("url", "/api/collections/" + Links.encode(c.id()));
    m.put("search", "/api/search?collection=" + Links.encode(c.id()));
    return m;
  }
}
