package org.chancery.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.DocNumber;
import org.chancery.record.EmbeddedDocument;
import org.chancery.record.NameLinks;
import org.chancery.record.Reference;

/**
 * A value a record can be looked up by: one of its numbers, one of its date-times, or
 * what one of its unresolved references names. Values are normalised so that
 * {@code Nº 254/3612/shs} and {@code 254/3612/SHS} meet, and date-times compare as
 * instants to the minute whatever offset they were written with.
 */
public record RecordKey(Kind kind, String value) {

  /**
   * What a key is: a number or date-time the record carries; what an open reference of
   * the record names; the id of a record it refers to (for "referred to by" lists); or the
   * id of an authority it links (to relink a merged or split authority's documents); the id
   * of a collection it belongs to, or its document type as catalogued (the sets harvesters
   * filter by, see {@link ChangeQuery.KeyFilter}).
   */
  public enum Kind {
    NUMBER, DATETIME, REF_NUMBER, REF_DATETIME, REFERS_TO, AUTHORITY, COLLECTION, TYPE
  }

  public RecordKey {
    if (kind == null || value == null || value.isBlank() || value.length() > 200) {
      throw new IllegalArgumentException("not a record key: " + kind + " " + value);
    }
  }

  /** A number key, or empty when nothing of the number is left after normalising. */
  public static Optional<RecordKey> number(Kind kind, String number) {
    if (number == null) {
      return Optional.empty();
    }
    String n = number.strip().replaceFirst("(?i)^(?:n[oº°]\\.?|№)\\s*", "")
        .toUpperCase(Locale.ROOT).replaceAll("[–—]", "-").replaceAll("[\\s.]+", "");
    return n.isEmpty() || n.length() > 200 ? Optional.empty()
        : Optional.of(new RecordKey(kind, n));
  }

  /** A date-time key (UTC, to the minute), or empty when the text has no time of day. */
  public static Optional<RecordKey> dateTime(Kind kind, String iso) {
    if (iso == null || !iso.contains("T")) {
      return Optional.empty();
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC)
          .truncatedTo(ChronoUnit.MINUTES);
      return Optional.of(new RecordKey(kind, t.toString()));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // a local time without offset cannot be compared safely
    }
  }

  /** Every key of a record: its own and its embedded documents' numbers and times. */
  public static List<RecordKey> of(ArchivalRecord r) {
    Set<RecordKey> keys = new LinkedHashSet<>();
    r.cable().numbers().forEach(n -> number(Kind.NUMBER, n.value()).ifPresent(keys::add));
    dateTime(Kind.DATETIME, r.datetime()).ifPresent(keys::add);
    r.cable().references().forEach(ref -> referenceKeys(ref, keys));
    r.cable().embedded().forEach(e -> embeddedKeys(e, keys));
    NameLinks.ids(r).forEach(id -> keys.add(new RecordKey(Kind.AUTHORITY, id)));
    keys.addAll(setKeys(r));
    return new ArrayList<>(keys);
  }

  /** The collections and the document type of a record, as keys. */
  public static List<RecordKey> setKeys(ArchivalRecord r) {
    List<RecordKey> keys = new ArrayList<>();
    r.collections().forEach(c -> keys.add(new RecordKey(Kind.COLLECTION, c)));
    type(r.type()).ifPresent(keys::add);
    return keys.stream().distinct().toList();
  }

  /** A document type key: the type as catalogued, trimmed; empty when there is none. */
  public static Optional<RecordKey> type(String type) {
    if (type == null || type.isBlank()) {
      return Optional.empty();
    }
    String t = type.strip();
    return Optional.of(new RecordKey(Kind.TYPE, t.length() > 200 ? t.substring(0, 200) : t));
  }

  private static void embeddedKeys(EmbeddedDocument e, Set<RecordKey> keys) {
    for (DocNumber n : e.numbers()) {
      number(Kind.NUMBER, n.value()).ifPresent(keys::add);
    }
    dateTime(Kind.DATETIME, e.datetime()).ifPresent(keys::add);
    e.references().forEach(ref -> referenceKeys(ref, keys));
    e.embedded().forEach(x -> embeddedKeys(x, keys));
  }

  private static void referenceKeys(Reference ref, Set<RecordKey> keys) {
    if (ref.target() != null) {
      keys.add(new RecordKey(Kind.REFERS_TO, ref.target()));
    } else {
      number(Kind.REF_NUMBER, ref.number()).ifPresent(keys::add);
      dateTime(Kind.REF_DATETIME, ref.date()).ifPresent(keys::add);
    }
  }
}
