package org.chancery.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chancery.archive.Archive;
import org.chancery.archive.AuthorityProfile;
import org.chancery.record.Authority;
import org.chancery.search.Facet;
import org.chancery.search.Hit;
import org.chancery.search.NameCounts;
import org.chancery.search.SearchQuery;

/**
 * Authority pages: the list of authorities and one page per person, organisation, place
 * or subject. An id merged into another answers with a permanent redirect.
 */
final class AuthorityPages {

  static final int PAGE_SIZE = 100;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final Archive archive;
  private final Pages pages;

  AuthorityPages(Archive archive, Pages pages) {
    this.archive = archive;
    this.pages = pages;
  }

  /** The list's parameters as the page and the API take them. */
  record Listing(Authority.Kind kind, String q, int page) {

    static Listing of(Context ctx) {
      String kind = ctx.queryParam("kind");
      String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
      return new Listing(kind == null || kind.isBlank() ? null : AuthorityPages.kind(kind), q,
          SearchParams.number(ctx.queryParamMap(), "page", 1, 1, 100_000));
    }

    List<Authority> shown(List<Authority> all) {
      return all.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList();
    }
  }

  void list(Context ctx) {
    Listing listing = Listing.of(ctx);
    Authority.Kind kind = listing.kind();
    String q = listing.q();
    int page = listing.page();
    List<Authority> all = archive.authorities().matching(kind, q);
    List<PageLink> shown = listing.shown(all).stream()
        .map(a -> new PageLink(a.name(), Links.authority(a.id()), -1, false,
            label(a.kind()) + (a.description() == null ? "" : " — " + a.description())))
        .toList();
    String kindParam = kind == null ? "" : kind.name().toLowerCase(Locale.ROOT);
    String base = "/authorities?" + (kind == null ? "" : "kind=" + kindParam + "&")
        + (q.isEmpty() ? "" : "q=" + Links.encode(q) + "&");
    ctx.html(pages.render("authorities.jte", new AuthorityListPage(all.size(), shown, q,
        kindParam,
        page > 1 ? base + "page=" + (page - 1) : null,
        (long) page * PAGE_SIZE < all.size() ? base + "page=" + (page + 1) : null)));
  }

  void page(Context ctx) {
    String id = ctx.pathParam("id");
    AuthorityProfile p = profileOrRedirect(archive, ctx, id, Links.authority(""));
    if (p == null) {
      return;
    }
    ctx.html(pages.render("authority.jte", build(p)));
  }

  /**
   * The profile of {@code id}; for a merged id, a 301 to {@code prefix + survivor} and
   * null; for an unknown id, a 404.
   */
  static AuthorityProfile profileOrRedirect(Archive archive, Context ctx, String id,
      String prefix) {
    var profile = archive.authorities().profile(id);
    if (profile.isPresent()) {
      return profile.get();
    }
    var to = archive.authorities().redirect(id);
    if (to.isPresent()) {
      String rest = ctx.path().substring(ctx.path().indexOf(id) + id.length());
      ctx.redirect(prefix + Links.encode(to.get()) + rest, HttpStatus.MOVED_PERMANENTLY);
      return null;
    }
    throw ClientError.notFound("There is no authority " + id + ".");
  }

  AuthorityPage build(AuthorityProfile p) {
    Authority a = p.authority();
    NameCounts c = p.counts();
    // subjects are words on records, the others links by id
    Facet facet = a.kind() == Authority.Kind.SUBJECT ? Facet.SUBJECT : Facet.AUTHORITY;
    String value = a.kind() == Authority.Kind.SUBJECT ? a.name() : a.id();
    SearchQuery first = new SearchQuery("", Map.of(facet, List.of(value)), null,
        null, SearchQuery.Sort.DATE_ASC, 1, 10, null);
    List<PageLink> documents = archive.index().search(first).hits().stream()
        .map((Hit h) -> new PageLink(h.title(), Links.record(h.id()), -1, false, h.date()))
        .toList();
    // An ordered map: Map.of's order changes from one JVM to the next, and two web nodes
    // must write the same links.
    Timeline timeline = Timeline.of(a, c.years(), y -> {
      Map<String, List<String>> params = new java.util.LinkedHashMap<>();
      params.put(facet.param(), List.of(value));
      params.put(Facet.YEAR.param(), List.of(y));
      return Links.search(params);
    }).orElse(null);
    List<PageLink> identifiers = a.identifiers().entrySet().stream()
        .map(e -> new PageLink(e.getKey() + " " + e.getValue(),
            ExternalIds.url(e.getKey(), e.getValue()), -1, false, null))
        .toList();
    return new AuthorityPage(a, label(a.kind()), variants(a), identifiers, c.documents(),
        Links.filtered(facet, value), documents, timeline, correspondents(p),
        !c.letters().isEmpty(), !MapPoints.of(p).isEmpty(),
        p.broader() == null ? null : PageLink.of(p.broader().name(),
            Links.authority(p.broader().id())),
        p.narrower().stream().map(n -> PageLink.of(n.name(), Links.authority(n.id())))
            .toList(),
        history(a.id()),
        archive.authorities().sameNames(a.id()).stream().map(s -> new PageLink(
            s.authority().name(), Links.authority(s.authority().id()), -1, false,
            (s.confidence() >= 1 ? "the same name as “" + s.form() + "”"
                : "spelt like “" + s.form() + "” (similarity "
                + String.format(Locale.ROOT, "%.2f", s.confidence()) + ")")
            + (s.authority().source() == null ? "" : "; " + s.authority().source())))
            .toList());
  }

  private static List<AuthorityPage.VariantRow> variants(Authority a) {
    return a.variants().stream().map(v -> new AuthorityPage.VariantRow(v.form(),
        v.kind().label(), v.system(), Timeline.period(v), v.source())).toList();
  }

  private static List<AuthorityPage.Correspondent> correspondents(AuthorityProfile p) {
    Set<String> ids = new LinkedHashSet<>(p.counts().wroteTo().keySet());
    ids.addAll(p.counts().heardFrom().keySet());
    ids.remove(p.authority().id());
    List<AuthorityPage.Correspondent> out = new ArrayList<>();
    for (String id : ids) {
      out.add(new AuthorityPage.Correspondent(PageLink.of(p.name(id),
          p.named(id).isPresent() ? Links.authority(id) : null),
          p.counts().wroteTo().getOrDefault(id, 0L), p.counts().heardFrom().getOrDefault(id,
          0L)));
    }
    out.sort(Comparator.comparingLong((AuthorityPage.Correspondent x) -> -(x.wroteTo()
        + x.heardFrom())).thenComparing(x -> x.who().label()));
    return out;
  }

  private List<AuthorityPage.HistoryRow> history(String id) {
    List<AuthorityPage.HistoryRow> rows = new ArrayList<>();
    archive.authorities().history(id).forEach(v -> rows.add(0, new AuthorityPage.HistoryRow(
        v.version(), WHEN.format(v.saved()), v.actor(), v.action(), v.note())));
    return rows;
  }

  static String label(Authority.Kind kind) {
    String s = kind.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static Authority.Kind kind(String param) {
    try {
      return Authority.Kind.valueOf(param.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ClientError.badParameter("kind", "kind must be one of person, organisation, place, "
          + "subject; not '" + param + "'");
    }
  }
}
