package org.chancery.web;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chancery.archive.Archive;
import org.chancery.record.ArchivalRecord;
import org.chancery.search.CursorPage;
import org.chancery.search.Facet;
import org.chancery.search.FacetValue;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchResult;

/**
 * The JSON API's health, record and search answers. {@code /api/search} takes exactly the
 * parameters of the search page and returns the same hits and facets, paged by cursor
 * ({@code limit}, {@code cursor}, {@code next}) unless a {@code page} number is asked
 * for; {@code /api/records/{id}} returns a published record in its one JSON form (the
 * form the JSON Lines export writes). Every read carries an ETag (see {@link ApiReads}).
 */
final class Api {

  private static final String SEARCH_CURSOR = "search";

  private final Archive archive;
  private final Function<Context, String> baseUrl;

  Api(Archive archive, Function<Context, String> baseUrl) {
    this.archive = archive;
    this.baseUrl = baseUrl;
  }

  void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ready");
    body.put("records", archive.catalogue().countPublished());
    // "loading" while searches expand only the shipped authorities' names (a large archive
    // serves before the names of all its authorities are in)
    body.put("names", archive.namesLoaded() ? "ready" : "loading");
    ApiReads.json(ctx, archive.json().write(body), ApiReads.Freshness.LIVE);
  }

  void record(Context ctx) {
    String id = ctx.pathParam("id");
    ArchivalRecord r = archive.publicRecord(id)
        .orElseThrow(() -> ClientError.notFound("There is no published record " + id + "."));
    ApiReads.json(ctx, archive.json().write(r), ApiReads.Freshness.DOCUMENT);
  }

  void search(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    String cursor = PageParams.cursor(params);
    boolean byPage = params.containsKey("page");
    if (byPage && cursor != null) {
      throw ClientError.badParameter("cursor", "give either page (a page number) or cursor "
          + "(from a previous answer's next link), not both");
    }
    SearchQuery parsed = SearchParams.parse(params);
    SearchQuery query = new SearchQuery(parsed.text(), parsed.filters(), parsed.from(),
        parsed.to(), parsed.sort(), parsed.page(), PageParams.limit(params), null);
    Map<String, List<String>> again = SearchParams.toParams(query);
    again.remove("page");
    again.remove("size");
    again.put("limit", List.of(Integer.toString(query.pageSize())));
    SearchResult result;
    String next = null;
    if (byPage) {
      result = Searches.run(archive, query);
      if (query.page() < result.pages()) {
        again.put("page", List.of(Integer.toString(query.page() + 1)));
        next = NextLink.set(ctx, baseUrl.apply(ctx), "/api/search", again);
      }
    } else {
      String fingerprint = fingerprint(query);
      long seen = 0;
      String mark = CursorPage.FIRST;
      if (cursor != null) {
        List<String> f = Cursors.decode(SEARCH_CURSOR, 3, cursor);
        if (!f.get(0).equals(fingerprint)) {
          throw ClientError.badParameter("cursor", "this cursor belongs to a different "
              + "search (other words, filters, dates or sort); start again without it");
        }
        seen = seen(f.get(1));
        mark = f.get(2);
      }
      CursorPage page = archive.index().search(query, mark);
      result = page.result();
      long shown = seen + result.hits().size();
      if (shown < result.total() && !result.hits().isEmpty()
          && !page.nextMark().equals(mark)) {
        again.put("cursor", List.of(Cursors.encode(SEARCH_CURSOR, fingerprint,
            Long.toString(shown), page.nextMark())));
        next = NextLink.set(ctx, baseUrl.apply(ctx), "/api/search", again);
      }
    }
    ApiReads.json(ctx, archive.json().write(body(query, result, byPage, next)),
        ApiReads.Freshness.LISTING);
  }

  private static Map<String, Object> body(SearchQuery query, SearchResult result,
      boolean byPage, String next) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query.text());
    body.put("total", result.total());
    body.put("limit", query.pageSize());
    body.put("page", byPage ? query.page() : null);
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
    body.put("next", next);
    return body;
  }

  /** Which search a cursor was made for: its words, filters, dates and sort, not its limit. */
  private static String fingerprint(SearchQuery q) {
    Map<String, List<String>> p = SearchParams.toParams(new SearchQuery(q.text(), q.filters(),
        q.from(), q.to(), q.sort(), 1, SearchParams.DEFAULT_PAGE_SIZE, null));
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(
          p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static long seen(String v) {
    try {
      long n = Long.parseLong(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw Cursors.garbled();
  }
}
