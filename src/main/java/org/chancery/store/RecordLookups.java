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
    java.util.Set<String> values = new java.util.LinkedHashSet<>();
    for (RecordKey k : keys) {
      if (out.putIfAbsent(k, new ArrayList<>()) == null) {
        values.add(k.value());
      }
    }
    List<String> all = List.copyOf(values);
    for (int i = 0; i < all.size(); i += CHUNK) {
      // By value alone, on the (key_value, kind) index, and the kinds sorted out here: H2
      // uses an index for an IN list only on the index's first column, so "kind = ? AND
      // key_value IN (...)" on the (kind, key_value) index read every key of the kind, and
      // ingest slowed as the archive grew (FRUS volumes: 500 documents/s at 100k, under
      // 100 past 500k documents). A value rarely has keys of other kinds.
      h.createQuery("SELECT kind, key_value, record_id FROM record_key"
              + " WHERE key_value IN (<values>) ORDER BY record_id")
          .bindList("values", all.subList(i, Math.min(all.size(), i + CHUNK)))
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
          .forEach(row -> {
            List<RecordId> ids = out.get(key(row[0], row[1]));
            if (ids != null) {
              ids.add(new RecordId(row[2]));
            }
          });
    }
    return out;
  }

  /** The key of a row, or null for a kind this version does not know. */
  private static RecordKey key(String kind, String value) {
    try {
      return new RecordKey(RecordKey.Kind.valueOf(kind), value);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
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
