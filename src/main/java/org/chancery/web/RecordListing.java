package org.chancery.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chancery.archive.Archive;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.store.ChangeQuery;

/**
 * {@code GET /api/records}: every published record, in the order the catalogue last saved
 * them (oldest save first), a page at a time. The cursor is a keyset position (save time
 * and id of the last record shown), so paging never skips or repeats a record that is not
 * saved again meanwhile, and a record saved again moves to the end, where a client that
 * keeps following {@code next} (or comes back with {@code since}) meets it again.
 */
final class RecordListing {

  private static final String CURSOR = "records";

  private final Archive archive;
  private final Function<Context, String> baseUrl;

  RecordListing(Archive archive, Function<Context, String> baseUrl) {
    this.archive = archive;
    this.baseUrl = baseUrl;
  }

  void list(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    int limit = PageParams.limit(params);
    String sinceParam = ctx.queryParam("since");
    Instant since = sinceParam == null || sinceParam.isBlank() ? null : since(sinceParam.strip());
    ChangeQuery all = ChangeQuery.of(Set.of(PublicationState.PUBLISHED), limit + 1)
        .from(since);
    ChangeQuery query = all;
    String cursor = PageParams.cursor(params);
    if (cursor != null) {
      List<String> f = Cursors.decode(CURSOR, 2, cursor);
      query = all.after(new ChangeQuery.Position(instant(f.get(0)), f.get(1)));
    }
    List<ArchivalRecord> page = archive.catalogue().changes(query);
    List<ArchivalRecord> shown = page.subList(0, Math.min(limit, page.size()));
    String next = null;
    if (page.size() > limit) {
      ArchivalRecord last = shown.get(shown.size() - 1);
      Map<String, List<String>> again = new LinkedHashMap<>();
      if (since != null) {
        again.put("since", List.of(since.toString()));
      }
      again.put("limit", List.of(Integer.toString(limit)));
      again.put("cursor", List.of(Cursors.encode(CURSOR, last.updated().toString(),
          last.id().value())));
      next = NextLink.set(ctx, baseUrl.apply(ctx), "/api/records", again);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", archive.catalogue().countChanges(all));
    body.put("limit", limit);
    body.put("since", since == null ? null : since.toString());
    body.put("records", shown.stream().map(RecordListing::summary).toList());
    body.put("next", next);
    ApiReads.json(ctx, archive.json().write(body), ApiReads.Freshness.LISTING);
  }

  /** What a listing shows of a record; the whole record is one request away at {@code api}. */
  static Map<String, Object> summary(ArchivalRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id().value());
    m.put("url", Links.record(r.id().value()));
    m.put("api", "/api/records/" + Links.encode(r.id().value()));
    m.put("title", r.title());
    m.put("date", r.date() == null ? null : r.date().text());
    m.put("type", r.type());
    m.put("collections", r.collections());
    m.put("updated", r.updated() == null ? null : r.updated().toString());
    return m;
  }

  /** An ISO-8601 instant ({@code 2026-11-27T03:00:00Z}) or a day (its start, UTC). */
  private static Instant since(String v) {
    try {
      return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ClientError.badParameter("since", "since must be a day (2026-11-27) or an "
          + "instant in UTC (2026-11-27T03:00:00Z), not '" + v + "'");
    }
  }

  private static Instant instant(String v) {
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw Cursors.garbled();
    }
  }
}
