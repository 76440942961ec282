package org.chancery.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.RecordId;
import org.chancery.store.Catalogue;
import org.chancery.store.RecordKey;

/**
 * What the {@link ReferenceLinker} looks records up in while a group of files is saved in
 * one transaction: the catalogue as committed, with the saves the group has made so far
 * laid over it — so each file links exactly as if every file before it had been committed
 * on its own.
 *
 * <p>Nothing is committed while a group is prepared, so what the catalogue answers is
 * cached: {@link #prefetch} asks for every key a group will need in a few statements, and
 * anything else (a referrer's own references) is asked once, when first needed.
 */
final class LinkView {

  private final Catalogue catalogue;
  private final Map<RecordKey, List<String>> committed = new HashMap<>();
  private final Map<String, LocalDate> committedDates = new HashMap<>();
  private final Set<String> knownUndated = new HashSet<>();
  private final Map<String, ArchivalRecord> pending = new HashMap<>();
  private final Map<RecordKey, Set<String>> pendingKeys = new HashMap<>();
  private final Map<RecordKey, ByDate> byDate = new HashMap<>();
  private final Map<RecordKey, Set<String>> committedSets = new HashMap<>();

  LinkView(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Asks the catalogue for these keys (and the dates of the records they find) at once. */
  void prefetch(Set<RecordKey> keys) {
    Set<RecordKey> missing = new HashSet<>(keys);
    missing.removeAll(committed.keySet());
    if (missing.isEmpty()) {
      return;
    }
    Set<RecordId> found = new HashSet<>();
    catalogue.find(missing).forEach((k, ids) -> {
      committed.put(k, ids.stream().map(RecordId::value).toList());
      found.addAll(ids);
    });
    found.removeIf(id -> committedDates.containsKey(id.value())
        || knownUndated.contains(id.value()));
    if (!found.isEmpty()) {
      catalogue.earliestDates(found).forEach(this::rememberDate);
    }
  }

  /** The records carrying {@code key}: committed ones the group has not saved again, and
   * the group's saves that carry it. */
  Set<String> ids(RecordKey key) {
    List<String> old = committed(key);
    Set<String> out = new LinkedHashSet<>();
    for (String id : old) {
      if (!pending.containsKey(id)) {
        out.add(id);
      }
    }
    out.addAll(pendingKeys.getOrDefault(key, Set.of()));
    return out;
  }

  /**
   * Up to {@code limit} of the records {@link #ids} lists for {@code key} that are dated
   * from {@code earliest} to {@code latest} (inclusive) or undated, leaving out those
   * {@code skip} accepts. The committed ones are kept sorted by date per key, so a key
   * that names thousands of records costs a binary search, not a pass over all of them.
   */
  Set<String> idsDated(RecordKey key, LocalDate earliest, LocalDate latest,
      Predicate<String> skip, int limit) {
    Set<String> out = new LinkedHashSet<>();
    ByDate d = byDate.computeIfAbsent(key, this::sortByDate);
    for (String id : d.undated()) {
      if (take(id, skip, out, limit)) {
        return out;
      }
    }
    for (int i = d.firstOnOrAfter(earliest); i < d.ids().length
        && !d.dates()[i].isAfter(latest); i++) {
      if (take(d.ids()[i], skip, out, limit)) {
        return out;
      }
    }
    for (String id : pendingKeys.getOrDefault(key, Set.of())) {
      ArchivalRecord p = pending.get(id);
      LocalDate day = p.date() == null ? null : p.date().earliest();
      boolean inWindow = day == null || !day.isBefore(earliest) && !day.isAfter(latest);
      if (inWindow && !skip.test(id) && out.add(id) && out.size() >= limit) {
        return out;
      }
    }
    return out;
  }

  /** Whether {@link #ids} lists {@code id} for {@code key}, without listing them all. */
  boolean carries(RecordKey key, String id) {
    if (pending.containsKey(id)) {
      return pendingKeys.getOrDefault(key, Set.of()).contains(id);
    }
    return committedSets.computeIfAbsent(key, k -> new HashSet<>(committed(k))).contains(id);
  }

  /** A committed record (not saved again by the group) that {@code skip} leaves. */
  private boolean take(String id, Predicate<String> skip, Set<String> out, int limit) {
    if (!pending.containsKey(id) && !skip.test(id)) {
      out.add(id);
    }
    return out.size() >= limit;
  }

  private List<String> committed(RecordKey key) {
    return committed.computeIfAbsent(key,
        k -> catalogue.find(k).stream().map(RecordId::value).toList());
  }

  private ByDate sortByDate(RecordKey key) {
    List<String> ids = committed(key);
    List<RecordId> unknown = ids.stream()
        .filter(id -> !committedDates.containsKey(id) && !knownUndated.contains(id))
        .map(RecordId::new).toList();
    if (!unknown.isEmpty()) {
      catalogue.earliestDates(unknown).forEach(this::rememberDate);
      // a record that no longer exists has no date either
      unknown.forEach(id -> {
        if (!committedDates.containsKey(id.value())) {
          knownUndated.add(id.value());
        }
      });
    }
    List<String> undated = new ArrayList<>();
    List<String> dated = new ArrayList<>();
    for (String id : ids) {
      (committedDates.containsKey(id) ? dated : undated).add(id);
    }
    dated.sort(Comparator.comparing(committedDates::get));
    return new ByDate(undated, dated.stream().map(committedDates::get)
        .toArray(LocalDate[]::new), dated.toArray(String[]::new));
  }

  /** The committed records of one key: undated ones, and the dated ones by date. */
  private record ByDate(List<String> undated, LocalDate[] dates, String[] ids) {

    int firstOnOrAfter(LocalDate day) {
      int lo = 0;
      int hi = dates.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (dates[mid].isBefore(day)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** The earliest day of a record's date; null when it is undated or does not exist. */
  LocalDate earliest(String id) {
    ArchivalRecord p = pending.get(id);
    if (p != null) {
      return p.date() == null ? null : p.date().earliest();
    }
    if (!committedDates.containsKey(id) && !knownUndated.contains(id)) {
      RecordId rid = new RecordId(id);
      catalogue.earliestDates(List.of(rid)).forEach(this::rememberDate);
      if (!committedDates.containsKey(id)) {
        knownUndated.add(id);
      }
    }
    return committedDates.get(id);
  }

  /** The current versions of the records that exist among {@code ids}, in id order. */
  List<ArchivalRecord> records(Collection<RecordId> ids) {
    List<ArchivalRecord> out = new ArrayList<>();
    List<RecordId> rest = new ArrayList<>();
    for (RecordId id : new LinkedHashSet<>(ids)) {
      ArchivalRecord p = pending.get(id.value());
      if (p != null) {
        out.add(p);
      } else {
        rest.add(id);
      }
    }
    if (!rest.isEmpty()) {
      out.addAll(catalogue.find(rest));
    }
    out.sort(Comparator.comparing(r -> r.id().value()));
    return out;
  }

  /** Records the group has saved (not yet committed); the last of duplicate ids wins. */
  void saved(List<ArchivalRecord> records) {
    for (ArchivalRecord r : records) {
      ArchivalRecord before = pending.put(r.id().value(), r);
      if (before != null) {
        RecordKey.of(before).forEach(k -> pendingKeys.get(k).remove(r.id().value()));
      }
      RecordKey.of(r).forEach(k ->
          pendingKeys.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(r.id().value()));
    }
  }

  private void rememberDate(RecordId id, LocalDate date) {
    if (date == null) {
      knownUndated.add(id.value());
    } else {
      committedDates.put(id.value(), date);
    }
  }
}
