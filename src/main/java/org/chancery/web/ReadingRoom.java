package org.chancery.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.archive.Archive;
import org.chancery.cite.Citations;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Collection;
import org.chancery.search.Facet;
import org.chancery.search.FacetValue;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchResult;

/** The HTML pages of the reading room: home, search and record pages. */
final class ReadingRoom {

  private final Archive archive;
  private final Pages pages;
  private final RecordPages recordPages;

  ReadingRoom(Archive archive, Pages pages, Citations citations) {
    this.archive = archive;
    this.pages = pages;
    this.recordPages = new RecordPages(archive.catalogue(), citations);
  }

  void home(Context ctx) {
    SearchResult all = archive.index().search(
        new SearchQuery("", Map.of(), null, null, SearchQuery.Sort.RELEVANCE, 1, 1, null));
    Map<String, Long> perCollection = new java.util.HashMap<>();
    all.facets().getOrDefault(Facet.COLLECTION, List.of())
        .forEach(v -> perCollection.put(v.value(), v.count()));
    List<PageLink> collections = new ArrayList<>();
    for (Collection c : archive.catalogue().collections()) {
      long n = perCollection.getOrDefault(c.id(), 0L);
      if (n > 0) {
        collections.add(new PageLink(c.title(), Links.filtered(Facet.COLLECTION, c.id()), n,
            false, c.description()));
      }
    }
    List<PageLink> recent = archive.catalogue().recentlyPublished(8).stream()
        .map(r -> new PageLink(r.title(), Links.record(r.id().value()), -1, false,
            r.date() == null ? null : r.date().display()))
        .toList();
    List<PageLink> decades = all.facets().getOrDefault(Facet.DECADE, List.of()).stream()
        .map(v -> new PageLink(v.value(), Links.filtered(Facet.DECADE, v.value()), v.count(),
            false, null))
        .toList();
    ctx.html(pages.render("home.jte", new HomePage(all.total(), collections, recent, decades)));
  }

  void search(Context ctx) {
    SearchQuery query = SearchParams.parse(ctx.queryParamMap());
    SearchResult result = Searches.run(archive, query);
    ctx.html(pages.render("search.jte", searchPage(query, result,
        id -> archive.authorities().find(id).map(a -> a.name()).orElse(id))));
  }

  /**
   * The search page model.
   *
   * @param authorityName the name to show for an authority id filter
   */
  static SearchPage searchPage(SearchQuery query, SearchResult result,
      java.util.function.UnaryOperator<String> authorityName) {
    Map<String, List<String>> params = SearchParams.toParams(query);
    List<FacetView> facets = new ArrayList<>();
    for (Facet f : Facet.values()) {
      List<FacetValue> values = result.facets().getOrDefault(f, List.of());
      if (!values.isEmpty()) {
        facets.add(new FacetView(f.label(), f.param(), values.stream()
            .map(v -> new PageLink(f == Facet.LANGUAGE ? Languages.name(v.value()) : v.value(),
                Links.toggle(params, f.param(), v.value()), v.count(), v.selected(), null))
            .toList()));
      }
    }
    List<PageLink> active = new ArrayList<>();
    List<PageLink> keep = new ArrayList<>();
    query.filters().forEach((f, vs) -> vs.forEach(v -> {
      active.add(new PageLink(f == Facet.AUTHORITY ? authorityName.apply(v) : v,
          Links.toggle(params, f.param(), v), -1, true, f.label()));
      keep.add(new PageLink(v, null, -1, false, f.param()));
    }));
    if (query.from() != null) {
      active.add(new PageLink(query.from().toString(), Links.with(params, "from", null), -1, true,
          "From"));
    }
    if (query.to() != null) {
      active.add(new PageLink(query.to().toString(), Links.with(params, "to", null), -1, true,
          "To"));
    }
    String sort = SearchParams.sortParam(query.sort());
    List<PageLink> sorts = List.of(
        new PageLink("Relevance", Links.with(params, "sort", null), -1, sort.equals("relevance"),
            null),
        new PageLink("Oldest first", Links.with(params, "sort", "date"), -1, sort.equals("date"),
            null),
        new PageLink("Newest first", Links.with(params, "sort", "-date"), -1,
            sort.equals("-date"), null));
    return new SearchPage(query.text(), result.total(), result.hits(), result.notice(), facets,
        active, query.from() == null ? "" : query.from().toString(),
        query.to() == null ? "" : query.to().toString(), sort, sorts,
        pagination(params, query.page(), result.pages()),
        (long) (query.page() - 1) * query.pageSize() + 1, keep, result.expanded());
  }

  private static List<PageLink> pagination(Map<String, List<String>> params, int page,
      int pages) {
    List<PageLink> links = new ArrayList<>();
    if (pages <= 1) {
      return links;
    }
    if (page > 1) {
      links.add(new PageLink("Previous", Links.with(params, "page", Integer.toString(page - 1)),
          -1, false, "prev"));
    }
    int first = Math.max(1, page - 3);
    int last = Math.min(pages, page + 3);
    for (int p = first; p <= last; p++) {
      links.add(new PageLink(Integer.toString(p), Links.with(params, "page", Integer.toString(p)),
          -1, p == page, null));
    }
    if (page < pages) {
      links.add(new PageLink("Next", Links.with(params, "page", Integer.toString(page + 1)), -1,
          false, "next"));
    }
    return links;
  }

  void record(Context ctx) {
    String id = ctx.pathParam("id");
    ArchivalRecord r = archive.publicRecord(id)
        .orElseThrow(() -> ClientError.notFound("There is no published record " + id + "."));
    ctx.html(pages.render("record.jte", recordPages.build(r, baseUrl(ctx))));
  }

  String baseUrl(Context ctx) {
    String configured = archive.config().site().baseUrl();
    if (configured != null) {
      return configured;
    }
    String url = ctx.fullUrl();
    return url.substring(0, url.length() - ctx.path().length()
        - (ctx.queryString() == null ? 0 : ctx.queryString().length() + 1));
  }
}
