package org.chancery.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;

/**
 * What is known only once every rule has run: an embedded telegram introduced as "my
 * telegram" was sent by the forwarding cable's sender, one "addressed to you" goes to its
 * addressee; parties and clerks resolved to an authority are persons mentioned; the
 * handling chain is put in the order a cable lives it.
 */
final class FinishRule implements Rule {

  private static final List<String> ORDER = List.of("drafted", "enciphered", "sent",
      "received", "registered", "deciphered", "printed", "distributed", "verified",
      "declassified", "published");

  @Override
  public String name() {
    return "finish";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    zoneReferences(draft);
    embedded(draft, draft);
    for (Field f : new Field[] {Field.FROM, Field.TO, Field.VIA, Field.COPIES_TO}) {
      persons(draft, draft, f);
    }
    for (Draft.Found h : draft.founds(Field.HANDLING)) {
      NameRef by = ((HandlingEvent) h.value()).by();
      if (by != null && by.id() != null) {
        draft.addName(Field.PERSONS, by, h.provenance().start(), h.provenance().end(), name(),
            h.provenance().confidence());
      }
    }
    List<Draft.Found> persons = new ArrayList<>(draft.founds(Field.PERSONS));
    persons.sort(Comparator.comparingInt(p -> p.provenance().start()));
    draft.replace(Field.PERSONS, persons);
    List<Draft.Found> handling = new ArrayList<>(draft.founds(Field.HANDLING));
    handling.sort(Comparator.comparingInt(h -> rank(((HandlingEvent) h.value()).event())));
    if (!handling.isEmpty()) {
      draft.replace(Field.HANDLING, handling);
    }
  }

  /**
   * A time in a reference ("your telegram of 0115 18 October") is written in its writer's
   * frame: it takes the offset of the document it stands in, when that document's own time
   * has one. Without it the reference could not be compared with other documents' times.
   */
  private void zoneReferences(Draft d) {
    String own = d.get(Field.DATETIME, String.class);
    java.util.Optional<java.time.ZoneOffset> offset = offsetOf(own);
    if (offset.isPresent()) {
      List<Draft.Found> refs = new ArrayList<>();
      for (Draft.Found f : d.founds(Field.REFERENCES)) {
        org.chancery.record.Reference r = (org.chancery.record.Reference) f.value();
        if (r.date() != null && r.date().contains("T") && offsetOf(r.date()).isEmpty()) {
          try {
            String zoned = java.time.LocalDateTime.parse(r.date()).atOffset(offset.get())
                .toString();
            r = new org.chancery.record.Reference(r.kind(), zoned, r.number(), r.target());
          } catch (java.time.format.DateTimeParseException e) {
            // not a plain local date-time: leave the reference as written
          }
        }
        refs.add(new Draft.Found(r, f.provenance()));
      }
      d.replace(Field.REFERENCES, refs);
    }
    d.embedded().forEach(this::zoneReferences);
  }

  private static java.util.Optional<java.time.ZoneOffset> offsetOf(String iso) {
    if (iso == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(java.time.OffsetDateTime.parse(iso).getOffset());
    } catch (java.time.format.DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private void embedded(Draft top, Draft parent) {
    for (Draft e : parent.embedded()) {
      if (e.fromParentSender() && e.list(Field.FROM, NameRef.class).isEmpty()) {
        copy(parent, e, Field.FROM);
      }
      if (e.toParentAddressee() && e.list(Field.TO, NameRef.class).isEmpty()) {
        copy(parent, e, Field.TO);
      }
      embedded(top, e);
      for (Field f : new Field[] {Field.FROM, Field.TO, Field.VIA, Field.COPIES_TO}) {
        persons(top, e, f);
      }
    }
  }

  private void copy(Draft from, Draft to, Field f) {
    for (Draft.Found x : from.founds(f)) {
      to.addName(f, (NameRef) x.value(), x.provenance().start(), x.provenance().end(),
          name() + ".from-forwarding-cable", x.provenance().confidence() * 0.9);
    }
  }

  private void persons(Draft target, Draft source, Field f) {
    for (Draft.Found x : source.founds(f)) {
      NameRef n = (NameRef) x.value();
      if (n.id() != null) {
        target.addName(Field.PERSONS, n, x.provenance().start(), x.provenance().end(), name(),
            x.provenance().confidence());
      }
    }
  }

  private static int rank(String event) {
    int i = ORDER.indexOf(event);
    return i < 0 ? ORDER.size() : i;
  }
}
