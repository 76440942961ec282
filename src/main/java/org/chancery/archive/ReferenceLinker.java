package org.chancery.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Cable;
import org.chancery.record.EmbeddedDocument;
import org.chancery.record.RecordId;
import org.chancery.record.Reference;
import org.chancery.store.RecordKey;
import org.chancery.store.RecordKey.Kind;

/**
 * Links references ({@code your telegram of 0115 18 October}, {@code my Nº 2390}) to the
 * records they name, when the archive holds exactly one record that fits: same number
 * and/or same date-time to the minute, and — for a number alone — dated no later than the
 * referring document and at most {@value #MAX_YEARS_BACK} years before it. An ambiguous or
 * unknown reference stays open; it is linked later when its record arrives.
 */
final class ReferenceLinker {

  static final int MAX_YEARS_BACK = 2;

  private final LinkView catalogue;

  /** @param catalogue the catalogue as the records being linked see it */
  ReferenceLinker(LinkView catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Every key {@link #resolve} and {@link #backLinks} will look up for these records, so a
   * {@link LinkView} can fetch them at once.
   */
  static Set<RecordKey> lookups(List<ArchivalRecord> records) {
    Set<RecordKey> keys = new HashSet<>();
    for (ArchivalRecord r : records) {
      for (RecordKey k : RecordKey.of(r)) {
        if (k.kind() == Kind.NUMBER) {
          keys.add(new RecordKey(Kind.REF_NUMBER, k.value()));
        } else if (k.kind() == Kind.DATETIME) {
          keys.add(new RecordKey(Kind.REF_DATETIME, k.value()));
        } else if (k.kind() == Kind.REF_NUMBER) {
          keys.add(new RecordKey(Kind.NUMBER, k.value()));
        } else if (k.kind() == Kind.REF_DATETIME) {
          keys.add(new RecordKey(Kind.DATETIME, k.value()));
        }
      }
    }
    return keys;
  }

  /** The batch with every reference resolved against the catalogue and the batch itself. */
  List<ArchivalRecord> resolve(List<ArchivalRecord> batch) {
    Map<RecordKey, Set<String>> local = new HashMap<>();
    Map<String, ArchivalRecord> byId = new HashMap<>();
    for (ArchivalRecord r : batch) {
      byId.put(r.id().value(), r);
      for (RecordKey k : RecordKey.of(r)) {
        if (k.kind() == Kind.NUMBER || k.kind() == Kind.DATETIME) {
          local.computeIfAbsent(k, x -> new HashSet<>()).add(r.id().value());
        }
      }
    }
    return batch.stream().map(r -> link(r, local, byId)).toList();
  }

  /**
   * Records already in the catalogue whose open references the just-saved records answer,
   * with those references now linked (only the records that changed).
   */
  List<ArchivalRecord> backLinks(List<ArchivalRecord> saved) {
    Set<String> savedIds = new HashSet<>();
    saved.forEach(r -> savedIds.add(r.id().value()));
    Map<String, RecordId> referrers = new LinkedHashMap<>();
    for (ArchivalRecord s : saved) {
      for (RecordKey k : RecordKey.of(s)) {
        Kind ref = k.kind() == Kind.NUMBER ? Kind.REF_NUMBER
            : k.kind() == Kind.DATETIME ? Kind.REF_DATETIME : null;
        if (ref != null) {
          catalogue.ids(new RecordKey(ref, k.value())).stream()
              .filter(id -> !savedIds.contains(id) && !referrers.containsKey(id))
              .filter(id -> ref == Kind.REF_DATETIME || mayAnswer(s, k, id))
              .forEach(id -> referrers.put(id, new RecordId(id)));
        }
      }
    }
    List<ArchivalRecord> changed = new ArrayList<>();
    for (ArchivalRecord r : catalogue.records(referrers.values())) {
      ArchivalRecord linked = link(r, Map.of(), Map.of());
      if (!linked.equals(r)) {
        changed.add(linked);
      }
    }
    return changed;
  }

  /**
   * Whether the just-saved record {@code s}, carrying {@code number}, may be what a number
   * alone in {@code referrer} names, judged without reading the referrer: not when the
   * referrer is dated more than {@value #MAX_YEARS_BACK} years after it, nor when the
   * referrer's window already holds two other records with that number (it stays
   * ambiguous). A reused number has thousands of referrers in a large archive, and
   * reading each of them for every record saved made ingest slower as the archive grew.
   * A reference that also gives a time is found through the time's key, not filtered here.
   */
  private boolean mayAnswer(ArchivalRecord s, RecordKey number, String referrer) {
    LocalDate sent = s.date() == null ? null : s.date().earliest();
    LocalDate written = catalogue.earliest(referrer);
    if (sent != null && written != null
        && sent.isBefore(written.minusYears(MAX_YEARS_BACK))) {
      return false;
    }
    // the referrer's window starts two years before its earliest day and ends on its
    // latest, which only its body knows; up to its earliest day is part of it for sure
    LocalDate from = written == null ? LocalDate.MIN : written.minusYears(MAX_YEARS_BACK);
    LocalDate to = written == null ? LocalDate.MAX : written;
    String self = s.id().value();
    return catalogue.idsDated(number, from, to,
        id -> id.equals(self) || id.equals(referrer), 2).size() < 2;
  }

  private ArchivalRecord link(ArchivalRecord r, Map<RecordKey, Set<String>> local,
      Map<String, ArchivalRecord> batch) {
    Cable c = r.cable();
    if (c.references().isEmpty() && c.embedded().isEmpty()) {
      return r;
    }
    Cable linked = new Cable(c.issuingOffice(), c.numbers(), c.classification(), c.precedence(),
        c.series(), c.copyNumber(), c.stamps(), c.distribution(), c.handling(),
        c.embedded().stream().map(e -> link(e, r, local, batch)).toList(),
        c.references().stream().map(ref -> link(ref, r, local, batch)).toList());
    return linked.equals(c) ? r : r.toBuilder().cable(linked).build();
  }

  private EmbeddedDocument link(EmbeddedDocument e, ArchivalRecord from,
      Map<RecordKey, Set<String>> local, Map<String, ArchivalRecord> batch) {
    return new EmbeddedDocument(e.type(), e.from(), e.to(), e.copiesTo(), e.date(), e.datetime(),
        e.start(), e.end(), e.embedded().stream().map(x -> link(x, from, local, batch)).toList(),
        e.originPlace(), e.via(), e.numbers(),
        e.references().stream().map(ref -> link(ref, from, local, batch)).toList());
  }

  private Reference link(Reference ref, ArchivalRecord from, Map<RecordKey, Set<String>> local,
      Map<String, ArchivalRecord> batch) {
    if (ref.target() != null) {
      return ref;
    }
    Optional<RecordKey> number = RecordKey.number(Kind.NUMBER, ref.number());
    Optional<RecordKey> time = RecordKey.dateTime(Kind.DATETIME, ref.date());
    if (number.isEmpty() && time.isEmpty()) {
      return ref;
    }
    Set<String> candidates;
    if (time.isPresent()) {
      candidates = new HashSet<>(local.getOrDefault(time.get(), Set.of()));
      candidates.addAll(catalogue.ids(time.get()));
      if (number.isPresent()) {
        // few records share a minute: keep those that also carry the number, rather than
        // listing every record a reused number names
        RecordKey n = number.get();
        Set<String> localNumber = local.getOrDefault(n, Set.of());
        candidates.removeIf(id -> !localNumber.contains(id) && !catalogue.carries(n, id));
      }
    } else {
      candidates = numberAlone(number.get(), from, local, batch);
    }
    candidates.remove(from.id().value());
    if (candidates.size() != 1) {
      return ref;
    }
    return new Reference(ref.kind(), ref.date(), ref.number(), candidates.iterator().next());
  }

  /**
   * The records a number alone may name: those carrying it dated plausibly earlier than
   * {@code from}, at most two of them beside the batch's own (enough to tell one from
   * several). A reused message number names thousands of records in a large archive, and
   * listing them all for every reference made linking slower as the archive grew (most of
   * the military layout's time at 1M documents).
   */
  private Set<String> numberAlone(RecordKey number, ArchivalRecord from,
      Map<RecordKey, Set<String>> local, Map<String, ArchivalRecord> batch) {
    String self = from.id().value();
    Set<String> out = new HashSet<>();
    for (String id : local.getOrDefault(number, Set.of())) {
      if (!id.equals(self) && plausiblyEarlier(dateOf(id, batch), from)) {
        out.add(id);
      }
    }
    // the batch's records are judged above, as the batch has them
    out.addAll(catalogue.idsDated(number, windowStart(from), windowEnd(from),
        id -> id.equals(self) || batch.containsKey(id) || out.contains(id), 2));
    return out;
  }

  private LocalDate dateOf(String id, Map<String, ArchivalRecord> batch) {
    ArchivalRecord r = batch.get(id);
    if (r == null) {
      return catalogue.earliest(id);
    }
    return r.date() == null ? null : r.date().earliest();
  }

  /** A number alone names an earlier document: not after the referrer, not long before. */
  private static boolean plausiblyEarlier(LocalDate candidate, ArchivalRecord from) {
    return candidate == null
        || !candidate.isBefore(windowStart(from)) && !candidate.isAfter(windowEnd(from));
  }

  /** The first day a number alone in {@code from} may name; open for an undated one. */
  private static LocalDate windowStart(ArchivalRecord from) {
    return from.date() == null ? LocalDate.MIN
        : from.date().earliest().minusYears(MAX_YEARS_BACK);
  }

  /** The last day a number alone in {@code from} may name: its own latest day. */
  private static LocalDate windowEnd(ArchivalRecord from) {
    return from.date() == null ? LocalDate.MAX : from.date().latest();
  }
}
