package org.chancery.record;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every place a record names a person, organisation or place — its metadata, the cable's
 * issuing office, distribution and handling, and its embedded documents at any depth —
 * walked in one place, so that relinking a merged authority cannot miss a field.
 */
public final class NameLinks {

  private NameLinks() {}

  /** The ids of every authority the record links, in order of first appearance. */
  public static Set<String> ids(ArchivalRecord r) {
    Set<String> ids = new LinkedHashSet<>();
    relink(r, n -> {
      if (n.id() != null) {
        ids.add(n.id());
      }
      return n;
    });
    return ids;
  }

  /**
   * The record with every name reference passed through {@code f}; the same instance
   * when {@code f} changes none.
   */
  public static ArchivalRecord relink(ArchivalRecord r, UnaryOperator<NameRef> f) {
    boolean[] changed = {false};
    UnaryOperator<NameRef> g = n -> {
      if (n == null) {
        return null;
      }
      NameRef m = f.apply(n);
      changed[0] |= !m.equals(n);
      return m;
    };
    Cable c = r.cable();
    Cable cable = new Cable(g.apply(c.issuingOffice()), c.numbers(), c.classification(),
        c.precedence(), c.series(), c.copyNumber(), c.stamps(),
        c.distribution().stream().map(d -> new Distribution(g.apply(d.to()), d.copies()))
            .toList(),
        c.handling().stream().map(h -> new HandlingEvent(h.event(), h.at(), g.apply(h.by()),
            h.place(), h.detail())).toList(),
        c.embedded().stream().map(e -> embedded(e, g)).toList(), c.references());
    ArchivalRecord out = r.toBuilder()
        .authors(all(r.authors(), g)).recipients(all(r.recipients(), g)).via(all(r.via(), g))
        .copiesTo(all(r.copiesTo(), g)).originPlace(g.apply(r.originPlace()))
        .persons(all(r.persons(), g)).places(all(r.places(), g)).cable(cable).build();
    return changed[0] ? out : r;
  }

  private static EmbeddedDocument embedded(EmbeddedDocument e, UnaryOperator<NameRef> g) {
    return new EmbeddedDocument(e.type(), all(e.from(), g), all(e.to(), g),
        all(e.copiesTo(), g), e.date(), e.datetime(), e.start(), e.end(),
        e.embedded().stream().map(x -> embedded(x, g)).toList(), g.apply(e.originPlace()),
        all(e.via(), g), e.numbers(), e.references());
  }

  private static List<NameRef> all(List<NameRef> names, UnaryOperator<NameRef> g) {
    return names.stream().map(g).toList();
  }
}
