package org.chancery.store;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordJson;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The catalogue's change feed in SQL: records in save order after a keyset position,
 * filtered by state, save-time window and set keys ({@link ChangeQuery}); what OAI-PMH,
 * the record listing of the API and their counts read.
 */
final class ChangeFeed {

  private final RecordJson json;

  ChangeFeed(RecordJson json) {
    this.json = json;
  }

  List<ArchivalRecord> changes(Handle h, ChangeQuery q) {
    StringBuilder sql = new StringBuilder("SELECT body FROM record WHERE ");
    appendFilter(sql, q);
    if (q.after() != null) {
      sql.append(" AND (updated_at > :afterAt OR (updated_at = :afterAt AND id > :afterId))");
    }
    sql.append(" ORDER BY updated_at, id LIMIT :n");
    Query query = h.createQuery(sql.toString()).bind("n", q.limit());
    bindFilter(query, q);
    if (q.after() != null) {
      query.bind("afterAt", q.after().updated().atOffset(ZoneOffset.UTC))
          .bind("afterId", q.after().id());
    }
    return query.mapTo(String.class).list().stream().map(json::read).toList();
  }

  long count(Handle h, ChangeQuery q) {
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM record WHERE ");
    appendFilter(sql, q);
    Query query = h.createQuery(sql.toString());
    bindFilter(query, q);
    return query.mapTo(Long.class).one();
  }

  List<String> keyValues(Handle h, RecordKey.Kind kind, Set<PublicationState> states) {
    return h.createQuery("SELECT DISTINCT k.key_value FROM record_key k "
            + "JOIN record r ON r.id = k.record_id WHERE k.kind = :kind AND r.state IN "
            + "(<states>) ORDER BY k.key_value")
        .bind("kind", kind.name())
        .bindList("states", states.stream().map(Enum::name).sorted().toList())
        .mapTo(String.class).list();
  }

  // Bounds are appended only when present: a null bound parameter has no SQL type on
  // PostgreSQL ("could not determine data type").
  private static void appendFilter(StringBuilder sql, ChangeQuery q) {
    sql.append("state IN (<states>)");
    if (q.from() != null) {
      sql.append(" AND updated_at >= :from");
    }
    if (q.before() != null) {
      sql.append(" AND updated_at < :before");
    }
    if (q.keys() != null) {
      // EXISTS over the key table's primary key (record_id, kind, key_value): no scan of
      // record bodies, and a record with two matching keys is listed once.
      sql.append(" AND EXISTS (SELECT 1 FROM record_key k WHERE k.record_id = record.id"
          + " AND k.kind = :keyKind");
      if (!q.keys().values().isEmpty()) {
        sql.append(" AND k.key_value IN (<keyValues>)");
      }
      sql.append(")");
    }
  }

  private static void bindFilter(Query query, ChangeQuery q) {
    query.bindList("states", q.states().stream().map(Enum::name).sorted().toList());
    if (q.from() != null) {
      query.bind("from", q.from().atOffset(ZoneOffset.UTC));
    }
    if (q.before() != null) {
      query.bind("before", q.before().atOffset(ZoneOffset.UTC));
    }
    if (q.keys() != null) {
      query.bind("keyKind", q.keys().kind().name());
      if (!q.keys().values().isEmpty()) {
        query.bindList("keyValues", q.keys().values().stream().sorted().toList());
      }
    }
  }
}
