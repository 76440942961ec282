package org.chancery.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.record.DocNumber;
import org.chancery.record.EdtfDate;
import org.chancery.record.EmbeddedDocument;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;
import org.chancery.record.Provenance;
import org.chancery.record.Reference;

/**
 * What the rules have found so far in one document (or one embedded document), every
 * value with where it came from. Single-valued fields keep the most confident value;
 * lists keep every distinct value in the order found.
 */
final class Draft {

  /** A value with its provenance. */
  record Found(Object value, Provenance provenance) {}

  private final Map<Field, Found> single = new EnumMap<>(Field.class);
  private final Map<Field, List<Found>> multi = new EnumMap<>(Field.class);
  private final List<Draft> embedded = new ArrayList<>();
  private final Set<Integer> claimed = new HashSet<>();
  private final int start;
  private final int end;
  private Integer contextYear;
  private Integer contextMonth;
  private boolean fromParentSender;
  private boolean toParentAddressee;

  Draft(int start, int end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Sets a single-valued field unless a more confident value is already there.
   *
   * @return true when the value was taken
   */
  boolean set(Field f, Object value, int from, int to, String rule, double confidence) {
    check(f, value, false);
    Found old = single.get(f);
    if (old != null && old.provenance().confidence() >= confidence) {
      return false;
    }
    single.put(f, new Found(value, new Provenance(f.key(), from, to, rule, confidence, false)));
    return true;
  }

  /** Adds a value to a list field unless an equal value is already there. */
  boolean add(Field f, Object value, int from, int to, String rule, double confidence) {
    check(f, value, true);
    List<Found> list = multi.computeIfAbsent(f, k -> new ArrayList<>());
    if (list.stream().anyMatch(x -> x.value().equals(value))) {
      return false;
    }
    String key = f.key() + "[" + list.size() + "]";
    list.add(new Found(value, new Provenance(key, from, to, rule, confidence, false)));
    return true;
  }

  /**
   * Adds a name to a list field unless the same person (same authority, or the same name
   * when unresolved) is already there: a distribution list names Stalin twice for two copies.
   */
  boolean addName(Field f, NameRef value, int from, int to, String rule, double confidence) {
    for (Found x : multi.getOrDefault(f, List.of())) {
      NameRef n = (NameRef) x.value();
      if (value.id() != null ? value.id().equals(n.id())
          : n.id() == null && NameIndex.normal(n.name()).equals(NameIndex.normal(value.name()))) {
        return false;
      }
    }
    return add(f, value, from, to, rule, confidence);
  }

  /** Replaces the whole list of a field (a rule that knows better, such as a resolver). */
  void replace(Field f, List<Found> values) {
    List<Found> rekeyed = new ArrayList<>();
    for (Found v : values) {
      Provenance p = v.provenance();
      rekeyed.add(new Found(v.value(), new Provenance(f.key() + "[" + rekeyed.size() + "]",
          p.start(), p.end(), p.rule(), p.confidence(), p.confirmed())));
    }
    multi.put(f, rekeyed);
  }

  /** An embedded document introduced as "my telegram": its sender is the parent's. */
  void fromParentSender(boolean v) {
    fromParentSender = v;
  }

  boolean fromParentSender() {
    return fromParentSender;
  }

  /** An embedded document "addressed to you": its addressee is the parent's. */
  void toParentAddressee(boolean v) {
    toParentAddressee = v;
  }

  boolean toParentAddressee() {
    return toParentAddressee;
  }

  /** Marks a line (by its start) as read by a rule that owns it, such as a distribution list. */
  void claim(int lineStart) {
    claimed.add(lineStart);
  }

  boolean claimed(int lineStart) {
    return claimed.contains(lineStart);
  }

  /** True when a source offset lies inside an embedded document of this draft. */
  boolean inEmbedded(int at) {
    for (Draft e : embedded) {
      if (at >= e.start && at < e.end) {
        return true;
      }
    }
    return false;
  }

  private static void check(Field f, Object value, boolean asList) {
    if (f.multi != asList) {
      throw new IllegalArgumentException(f + (f.multi ? " is a list" : " is single-valued"));
    }
    if (!f.type.isInstance(value)) {
      throw new IllegalArgumentException(f + " takes " + f.type.getSimpleName() + ", not "
          + (value == null ? "null" : value.getClass().getSimpleName()));
    }
  }

  <T> T get(Field f, Class<T> type) {
    Found v = single.get(f);
    return v == null ? null : type.cast(v.value());
  }

  Found found(Field f) {
    return single.get(f);
  }

  <T> List<T> list(Field f, Class<T> type) {
    return multi.getOrDefault(f, List.of()).stream().map(x -> type.cast(x.value())).toList();
  }

  List<Found> founds(Field f) {
    return multi.getOrDefault(f, List.of());
  }

  /** Starts an embedded document spanning [from, to) of the source. */
  Draft embed(int from, int to) {
    Draft d = new Draft(from, to);
    d.contextYear = contextYear();
    d.contextMonth = contextMonth();
    embedded.add(d);
    return d;
  }

  List<Draft> embedded() {
    return embedded;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /**
   * The year a date written without one ({@code 0530 18 October}) falls in: the
   * document's own year when known, else the one its context (catalogue date) gives.
   */
  Integer contextYear() {
    EdtfDate d = get(Field.DATE, EdtfDate.class);
    if (d != null && d.year().isPresent()) {
      return d.year().get();
    }
    return contextYear;
  }

  void contextYear(Integer year) {
    this.contextYear = year;
  }

  /** The month a day written alone ({@code 18th, 5:30}) falls in, when the context says. */
  Integer contextMonth() {
    EdtfDate d = get(Field.DATE, EdtfDate.class);
    if (d != null && d.precision() != EdtfDate.Precision.YEAR && !d.isInterval()) {
      return d.earliest().getMonthValue();
    }
    return contextMonth;
  }

  void contextMonth(Integer month) {
    this.contextMonth = month;
  }

  /** Every value's provenance, embedded documents' included. */
  List<Provenance> provenance() {
    List<Provenance> all = new ArrayList<>();
    single.values().forEach(v -> all.add(v.provenance()));
    multi.values().forEach(l -> l.forEach(v -> all.add(v.provenance())));
    for (int i = 0; i < embedded.size(); i++) {
      String prefix = "embedded[" + i + "].";
      embedded.get(i).provenance().forEach(p -> all.add(new Provenance(prefix + p.field(),
          p.start(), p.end(), p.rule(), p.confidence(), p.confirmed())));
    }
    return all;
  }

  EmbeddedDocument toEmbedded() {
    EdtfDate date = get(Field.DATE, EdtfDate.class);
    return new EmbeddedDocument(get(Field.TYPE, String.class), list(Field.FROM, NameRef.class),
        list(Field.TO, NameRef.class), list(Field.COPIES_TO, NameRef.class),
        date == null ? null : date.text(), get(Field.DATETIME, String.class), start, end,
        embedded.stream().map(Draft::toEmbedded).toList(),
        get(Field.ORIGIN_PLACE, NameRef.class), list(Field.VIA, NameRef.class),
        list(Field.NUMBERS, DocNumber.class), list(Field.REFERENCES, Reference.class));
  }

  List<HandlingEvent> handling() {
    return list(Field.HANDLING, HandlingEvent.class);
  }
}
