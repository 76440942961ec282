package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Cable;
import org.chancery.record.Distribution;
import org.chancery.record.DocNumber;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.Provenance;
import org.chancery.record.Reference;

/**
 * Completes a catalogue frame with a draft: the catalogue's own values stay, the text's
 * fill what the catalogue left empty; names the text resolved to an authority replace the
 * catalogue's unresolved forms of the same people.
 */
final class Merge {

  private Merge() {}

  static ArchivalRecord into(ArchivalRecord frame, Draft d) {
    ArchivalRecord.Builder b = frame.toBuilder();
    if (frame.type() == null) {
      b.type(d.get(Field.TYPE, String.class));
    }
    if (frame.date() == null) {
      b.date(d.get(Field.DATE, EdtfDate.class));
    }
    if (frame.datetime() == null) {
      b.datetime(d.get(Field.DATETIME, String.class));
    }
    if (frame.originPlace() == null) {
      b.originPlace(d.get(Field.ORIGIN_PLACE, NameRef.class));
    }
    b.authors(names(frame.authors(), d.list(Field.FROM, NameRef.class)));
    b.recipients(names(frame.recipients(), d.list(Field.TO, NameRef.class)));
    b.via(names(frame.via(), d.list(Field.VIA, NameRef.class)));
    b.copiesTo(names(frame.copiesTo(), d.list(Field.COPIES_TO, NameRef.class)));
    b.persons(names(frame.persons(), d.list(Field.PERSONS, NameRef.class)));
    b.places(names(frame.places(), d.list(Field.PLACES, NameRef.class)));

    Cable c = frame.cable();
    List<DocNumber> numbers = new ArrayList<>(c.numbers());
    d.list(Field.NUMBERS, DocNumber.class).stream().filter(n -> !numbers.contains(n))
        .forEach(numbers::add);
    List<Reference> references = new ArrayList<>(c.references());
    d.list(Field.REFERENCES, Reference.class).stream().filter(r -> !references.contains(r))
        .forEach(references::add);
    b.cable(new Cable(
        first(c.issuingOffice(), d.get(Field.ISSUING_OFFICE, NameRef.class)),
        numbers,
        first(c.classification(), d.get(Field.CLASSIFICATION, String.class)),
        first(c.precedence(), d.get(Field.PRECEDENCE, String.class)),
        first(c.series(), d.get(Field.SERIES, String.class)),
        first(c.copyNumber(), d.get(Field.COPY_NUMBER, String.class)),
        c.stamps().isEmpty() ? d.list(Field.STAMPS, String.class) : c.stamps(),
        c.distribution().isEmpty() ? d.list(Field.DISTRIBUTION, Distribution.class)
            : c.distribution(),
        c.handling().isEmpty() ? d.handling() : c.handling(),
        c.embedded().isEmpty()
            ? d.embedded().stream().map(Draft::toEmbedded).toList() : c.embedded(),
        references));
    List<Provenance> provenance = new ArrayList<>(frame.provenance());
    provenance.addAll(d.provenance());
    b.provenance(provenance);
    return b.build();
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
  }

  /**
   * The catalogue's names, each replaced by the text's resolved form of the same person
   * when the text has one, then the text's other names.
   */
  static List<NameRef> names(List<NameRef> catalogue, List<NameRef> text) {
    if (catalogue.isEmpty()) {
      return text;
    }
    List<NameRef> out = new ArrayList<>();
    for (NameRef c : catalogue) {
      // A catalogue name already resolved keeps its written form (the title's "Filippov").
      out.add(c.id() != null ? c : text.stream().filter(t -> t.id() != null && samePerson(c, t))
          .findFirst().orElse(c));
    }
    for (NameRef t : text) {
      if (out.stream().noneMatch(o -> samePerson(o, t))) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean samePerson(NameRef a, NameRef b) {
    if (a.id() != null && a.id().equals(b.id())) {
      return true;
    }
    // "Beijing (China)": a catalogue's qualifier is not part of the name.
    String an = NameIndex.normal(a.name().replaceAll("\\s*\\([^)]*\\)$", ""));
    String bn = NameIndex.normal(b.name().replaceAll("\\s*\\([^)]*\\)$", ""));
    String aw = a.as() == null ? "" : NameIndex.normal(a.as());
    String bw = b.as() == null ? "" : NameIndex.normal(b.as());
    return an.equals(bn) || (!aw.isEmpty() && (aw.contains(bn) || aw.equals(bw)))
        || (!bw.isEmpty() && bw.contains(an));
  }
}
