package org.chancery.store;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.record.Authority;
import org.chancery.record.RecordJson;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of authorities: current rows, their versions and the redirects of merged ids.
 * Every method runs inside the caller's transaction.
 */
final class AuthorityTable {

  private final RecordJson json;

  AuthorityTable(RecordJson json) {
    this.json = json;
  }

  private record Row(int version, boolean edited, String body) {}

  /**
   * Saves authorities an input brought. A new one is created; one nobody edited is
   * replaced when the input says something else; one an editor changed, or whose id was
   * merged away, is left as it is — the editor's word wins over a re-ingest.
   */
  void ingest(Handle h, List<Authority> incoming, String actor, String note,
      OffsetDateTime now) {
    if (incoming.isEmpty()) {
      return;
    }
    Map<String, Authority> byId = new java.util.LinkedHashMap<>();
    incoming.forEach(a -> byId.put(a.id(), a));
    Map<String, Row> rows = rows(h, List.copyOf(byId.keySet()));
    Map<String, String> redirects = redirects(h);
    for (Authority a : byId.values()) {
      Row row = rows.get(a.id());
      if (redirects.containsKey(a.id()) || (row != null && row.edited())) {
        continue;
      }
      String body = json.write(a);
      if (row != null && row.body().equals(body)) {
        continue;
      }
      write(h, a, body, row, false, actor, row == null ? "create" : "update", note, now);
    }
  }

  /** Saves an editor's version of an authority, marking it edited. */
  void edit(Handle h, Authority a, String actor, String action, String note,
      OffsetDateTime now) {
    Row row = rows(h, List.of(a.id())).get(a.id());
    write(h, a, json.write(a), row, true, actor, action, note, now);
  }

  private void write(Handle h, Authority a, String body, Row row, boolean edited, String actor,
      String action, String note, OffsetDateTime now) {
    int version = row == null ? lastVersion(h, a.id()) + 1 : row.version() + 1;
    if (row == null) {
      h.createUpdate("INSERT INTO authority (id, kind, name, body, version, edited) "
              + "VALUES (:id, :kind, :name, :body, :version, :edited)")
          .bind("id", a.id()).bind("kind", a.kind().name()).bind("name", cut(a.name(), 4000))
          .bind("body", body).bind("version", version).bind("edited", edited).execute();
    } else {
      int n = h.createUpdate("UPDATE authority SET kind = :kind, name = :name, body = :body, "
              + "version = :version, edited = :edited WHERE id = :id AND version = :previous")
          .bind("id", a.id()).bind("kind", a.kind().name()).bind("name", cut(a.name(), 4000))
          .bind("body", body).bind("version", version).bind("previous", row.version())
          .bind("edited", edited || row.edited()).execute();
      if (n == 0) {
        throw new IllegalStateException("another writer changed authority " + a.id()
            + " at the same time; nothing was saved, try again");
      }
    }
    version(h, a.id(), version, actor, action, note, body, now);
  }

  /** Removes an authority, keeping a last history entry without a body. */
  void remove(Handle h, String id, String actor, String action, String note,
      OffsetDateTime now) {
    Row row = rows(h, List.of(id)).get(id);
    if (row == null) {
      return;
    }
    h.createUpdate("DELETE FROM authority WHERE id = :id").bind("id", id).execute();
    version(h, id, row.version() + 1, actor, action, note, null, now);
  }

  /** Points {@code oldId} at {@code newId}, and every redirect that led to oldId too. */
  void redirect(Handle h, String oldId, String newId, OffsetDateTime now) {
    h.createUpdate("UPDATE authority_redirect SET new_id = :new WHERE new_id = :old")
        .bind("old", oldId).bind("new", newId).execute();
    h.createUpdate("DELETE FROM authority_redirect WHERE old_id = :old OR old_id = :new")
        .bind("old", oldId).bind("new", newId).execute();
    h.createUpdate("INSERT INTO authority_redirect (old_id, new_id, saved_at) "
            + "VALUES (:old, :new, :at)")
        .bind("old", oldId).bind("new", newId).bind("at", now).execute();
  }

  Map<String, String> redirects(Handle h) {
    Map<String, String> m = new HashMap<>();
    h.createQuery("SELECT old_id, new_id FROM authority_redirect")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  List<AuthorityVersion> history(Handle h, String id) {
    return h.createQuery("SELECT version, saved_at, actor, action, note, body "
            + "FROM authority_version WHERE authority_id = :id ORDER BY version")
        .bind("id", id)
        .map((rs, ctx) -> new AuthorityVersion(rs.getInt(1),
            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
            rs.getString(4), rs.getString(5),
            rs.getString(6) == null ? null : json.read(rs.getString(6), Authority.class)))
        .list();
  }

  private Map<String, Row> rows(Handle h, List<String> ids) {
    Map<String, Row> rows = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 500) {
      h.createQuery("SELECT id, version, edited, body FROM authority WHERE id IN (<ids>)")
          .bindList("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
          .map((rs, ctx) -> Map.entry(rs.getString(1),
              new Row(rs.getInt(2), rs.getBoolean(3), rs.getString(4))))
          .forEach(e -> rows.put(e.getKey(), e.getValue()));
    }
    return rows;
  }

  private static int lastVersion(Handle h, String id) {
    return h.createQuery("SELECT COALESCE(MAX(version), 0) FROM authority_version "
            + "WHERE authority_id = :id").bind("id", id).mapTo(Integer.class).one();
  }

  private static void version(Handle h, String id, int version, String actor, String action,
      String note, String body, OffsetDateTime now) {
    h.createUpdate("INSERT INTO authority_version (authority_id, version, saved_at, actor, "
            + "action, note, body) VALUES (:id, :version, :at, :actor, :action, :note, :body)")
        .bind("id", id).bind("version", version).bind("at", now).bind("actor", cut(actor, 200))
        .bind("action", cut(action, 32)).bind("note", cut(note, 4000)).bind("body", body)
        .execute();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
