package org.chancery.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.jdbi.v3.core.Handle;

/**
 * Set-based look-ups for a bulk ingest: one statement per few hundred keys or ids instead
 * of one per key, and plain columns instead of parsing record bodies.
 */
final class RecordLookups {

  private static final int CHUNK = 500;

  private RecordLookups() { }

  static Map<RecordKey, List<RecordId>> keyed(Handle h, Collection<RecordKey> keys) {
    Map<RecordKey, List<RecordId>> out = new LinkedHashMap<>();
    Map<RecordKey.Kind, List<String>> byKind = new LinkedHashMap<>();
    for (RecordKey k : keys) {
      if (out.putIfAbsent(k, new ArrayList<>()) == null) {
        byKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k.value());
      }
    }
    byKind.forEach((kind, values) -> {
      for (int i = 0; i < values.size(); i += CHUNK) {
        List<String> chunk = values.subList(i, Math.min(values.size(), i + CHUNK));
        // A join with a VALUES list, not "key_value IN (...)": H2 uses an index for an IN
        // list only on the index's first column, so IN over the second column of
        // (kind, key_value) scanned every key of the kind, and ingest slowed as the archive
        // grew (FRUS volumes: 500 documents/s at 100k, under 200 past 300k). The join
        // looks each value up on both columns, in H2 and PostgreSQL alike.
        StringBuilder sql = new StringBuilder("SELECT k.key_value, k.record_id FROM (VALUES ");
        for (int j = 0; j < chunk.size(); j++) {
          sql.append(j == 0 ? "" : ", ").append("(:v").append(j).append(')');
        }
        sql.append(") AS v(x) JOIN record_key k ON k.kind = :kind AND k.key_value = v.x"
            + " ORDER BY k.record_id");
        var query = h.createQuery(sql.toString()).bind("kind", kind.name());
        for (int j = 0; j < chunk.size(); j++) {
          query.bind("v" + j, chunk.get(j));
        }
        query.map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
            .forEach(e -> out.get(new RecordKey(kind, e.getKey()))
                .add(new RecordId(e.getValue())));
      }
    });
    return out;
  }

  /** Earliest dates of the records that exist among {@code ids}; null for an undated one. */
  static Map<RecordId, LocalDate> earliest(Handle h, Collection<RecordId> ids) {
    Map<RecordId, LocalDate> out = new HashMap<>();
    List<String> all = ids.stream().map(RecordId::value).distinct().toList();
    for (int i = 0; i < all.size(); i += CHUNK) {
      h.createQuery("SELECT id, date_start FROM record WHERE id IN (<ids>)")
          .bindList("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
          .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
          .forEach(row -> out.put(new RecordId((String) row[0]), (LocalDate) row[1]));
    }
    return out;
  }

  static Map<RecordId, PublicationState> states(Handle h, Collection<RecordId> ids) {
    Map<RecordId, PublicationState> out = new HashMap<>();
    List<String> all = ids.stream().map(RecordId::value).distinct().toList();
    for (int i = 0; i < all.size(); i += CHUNK) {
      h.createQuery("SELECT id, state FROM record WHERE id IN (<ids>)")
          .bindList("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
          .forEach(e -> out.put(new RecordId(e.getKey()),
              PublicationState.valueOf(e.getValue())));
    }
    return out;
  }
}
