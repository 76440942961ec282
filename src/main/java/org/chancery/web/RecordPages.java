package org.chancery.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chancery.cite.Citations;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Cable;
import org.chancery.record.Distribution;
import org.chancery.record.EdtfDate;
import org.chancery.record.EmbeddedDocument;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;
import org.chancery.record.Reference;
import org.chancery.record.Rights;
import org.chancery.record.Text;
import org.chancery.search.Facet;
import org.chancery.store.Catalogue;
import org.chancery.store.RecordKey;

/** Turns a record into the model of its page. */
final class RecordPages {

  private final Catalogue catalogue;
  private final Citations citations;

  RecordPages(Catalogue catalogue, Citations citations) {
    this.catalogue = catalogue;
    this.citations = citations;
  }

  RecordPage build(ArchivalRecord r, String baseUrl) {
    MachineValues machine = new MachineValues(r);
    Fields fields = new Fields(machine);
    fields.add("Type", "type", r.type() == null ? List.of()
        : List.of(PageLink.of(r.type(), Links.filtered(Facet.TYPE, r.type()))));
    fields.add("Date", "date", r.date() == null ? List.of() : List.of(dateLink(r.date(), r.datetime())));
    fields.add("Author(s)", "from", names(r.authors(), Facet.AUTHOR));
    fields.add("Recipient(s)", "to", names(r.recipients(), Facet.RECIPIENT));
    fields.add("Via", "via", names(r.via(), Facet.PERSON));
    fields.add("Copies to", "copies_to", names(r.copiesTo(), Facet.PERSON));
    fields.add("Sent from", "origin_place", r.originPlace() == null ? List.of()
        : names(List.of(r.originPlace()), Facet.PLACE));
    fields.add("Persons mentioned", "persons", names(r.persons(), Facet.PERSON));
    fields.add("Associated places", "places", names(r.places(), Facet.PLACE));
    fields.add("Subjects discussed", "subjects",
        strings(r.subjects(), s -> Links.filtered(Facet.SUBJECT, s)));
    fields.add("Language", "languages", r.languages().stream()
        .map(l -> PageLink.of(Languages.name(l), Links.filtered(Facet.LANGUAGE, l))).toList());
    fields.add("Collection", "collections", r.collections().stream()
        .map(id -> PageLink.of(catalogue.collection(id).map(c -> c.title()).orElse(id),
            Links.filtered(Facet.COLLECTION, id)))
        .toList());
    fields.add("Source", "sources", strings(r.sources(), s -> null));
    fields.add("Original archive", "originalarchive", r.originalArchive() == null ? List.of()
        : List.of(PageLink.of(r.originalArchive(),
            Links.filtered(Facet.ARCHIVE, r.originalArchive()))));
    fields.add("Credit", "creditline", r.creditLine() == null ? List.of()
        : List.of(PageLink.of(r.creditLine(), null)));
    fields.add("Rights", "rights", r.rights() == null ? List.of() : rights(r.rights()));

    List<RecordPage.TextView> texts = r.texts().stream().map(RecordPages::text).toList();
    List<PageLink> notes = r.notes().stream()
        .map(n -> new PageLink(n.text(), null, -1, false, n.label())).toList();
    String permalink = baseUrl + Links.record(r.id().value());
    List<PageLink> referredToBy = catalogue.find(catalogue.find(
            new RecordKey(RecordKey.Kind.REFERS_TO, r.id().value()))).stream()
        .filter(x -> x.state().isPublic())
        .map(x -> new PageLink(x.title(), Links.record(x.id().value()), -1, false,
            x.date() == null ? null : x.date().display()))
        .toList();
    return new RecordPage(r, permalink, r.date() == null ? null : r.date().display(),
        fields.list, texts, cable(r.cable(), machine), notes, referredToBy,
        CitationView.of(citations, citations.data(r, permalink)));
  }

  private static List<PageLink> rights(Rights rights) {
    List<PageLink> values = new ArrayList<>();
    if (rights.statement() != null && !rights.statement().isBlank()) {
      values.add(PageLink.of(rights.statement(), null));
    }
    if (rights.uri() != null) {
      values.add(PageLink.of(RIGHTS_LABELS.getOrDefault(rights.uri(), rights.uri()),
          rights.uri()));
    }
    return values;
  }

  // The names RightsStatements.org gives its statements, shown instead of bare URIs.
  private static final java.util.Map<String, String> RIGHTS_LABELS = java.util.Map.of(
      Rights.NO_KNOWN_COPYRIGHT_US_GOV, "No Copyright – United States (RightsStatements.org)",
      Rights.IN_COPYRIGHT_EDUCATIONAL,
      "In Copyright – Educational Use Permitted (RightsStatements.org)",
      "http://rightsstatements.org/vocab/InC/1.0/", "In Copyright (RightsStatements.org)",
      "http://rightsstatements.org/vocab/CNE/1.0/", "Copyright Not Evaluated (RightsStatements.org)",
      "http://rightsstatements.org/vocab/UND/1.0/", "Copyright Undetermined (RightsStatements.org)");

  private static PageLink dateLink(EdtfDate d, String datetime) {
    String y = d.year().map(String::valueOf).orElse(null);
    String label = d.display() + (datetime != null ? " (" + datetime + ")" : "");
    return PageLink.of(label, y == null ? null : Links.filtered(Facet.YEAR, y));
  }

  private static RecordPage.TextView text(Text t) {
    String label = switch (t.kind()) {
      case TRANSLATION -> "Translation (" + t.language() + ")";
      case ORIGINAL -> "Original (" + t.language() + ")";
      case TRANSCRIPT -> "Transcript (" + t.language() + ")";
    };
    String credit = t.translator() != null ? "Translated by " + t.translator() : t.source();
    return new RecordPage.TextView(label, t.language(), TranscriptHtml.render(t.body()), credit);
  }

  private static List<RecordPage.Field> cable(Cable c, MachineValues machine) {
    Fields f = new Fields(machine);
    f.add("Issuing office", "issuing_office", c.issuingOffice() == null ? List.of()
        : List.of(PageLink.of(c.issuingOffice().name(), null)));
    f.add("Numbers", "numbers", c.numbers().stream()
        .map(n -> new PageLink(n.value(), null, -1, false, n.kind())).toList());
    f.add("Classification", "classification", opt(c.classification()));
    f.add("Precedence", "precedence", opt(c.precedence()));
    f.add("Series", "series", opt(c.series()));
    f.add("Copy", "copy_number", opt(c.copyNumber()));
    f.add("Stamps", "stamps", strings(c.stamps(), s -> null));
    f.add("Distribution", "distribution",
        c.distribution().stream().map(RecordPages::distribution).toList());
    f.add("Handling", "handling", c.handling().stream().map(RecordPages::handling).toList());
    f.add("Embedded documents", "embedded",
        c.embedded().stream().map(RecordPages::embedded).toList());
    f.add("References", "references",
        c.references().stream().map(RecordPages::reference).toList());
    return f.list;
  }

  private static PageLink distribution(Distribution d) {
    String copies = d.copies() > 1 ? " (" + d.copies() + " copies)" : "";
    return new PageLink(d.to().name() + copies, Links.filtered(Facet.PERSON, d.to().name()), -1,
        false, d.to().as());
  }

  private static PageLink handling(HandlingEvent e) {
    StringBuilder s = new StringBuilder(e.event());
    if (e.by() != null) {
      s.append(" by ").append(e.by().name());
    }
    if (e.place() != null) {
      s.append(" at ").append(e.place());
    }
    if (e.at() != null) {
      s.append(", ").append(e.at());
    }
    if (e.detail() != null) {
      s.append(" — ").append(e.detail());
    }
    return PageLink.of(s.toString(), null);
  }

  private static PageLink embedded(EmbeddedDocument d) {
    String from = join(d.from());
    String to = join(d.to());
    String label = (d.type() == null ? "Document" : d.type())
        + (from.isEmpty() ? "" : " from " + from) + (to.isEmpty() ? "" : " to " + to)
        + (d.date() == null ? "" : ", " + d.date());
    return PageLink.of(label, null);
  }

  private static PageLink reference(Reference ref) {
    String label = ref.kind() + (ref.number() == null ? "" : " " + ref.number())
        + (ref.date() == null ? "" : " of " + ref.date());
    return PageLink.of(label, ref.target() == null ? null : Links.record(ref.target()));
  }

  private static String join(List<NameRef> names) {
    return String.join(", ", names.stream().map(NameRef::name).toList());
  }

  private static List<PageLink> names(List<NameRef> names, Facet facet) {
    return names.stream()
        .map(n -> new PageLink(n.name(), n.id() != null ? Links.authority(n.id())
            : Links.filtered(facet, n.name()), -1, false,
            n.as() != null && !n.as().equals(n.name()) ? n.as() : null))
        .toList();
  }

  private static List<PageLink> strings(List<String> values, Function<String, String> href) {
    return values.stream().map(v -> PageLink.of(v, href.apply(v))).toList();
  }

  private static List<PageLink> opt(String v) {
    return v == null || v.isBlank() ? List.of() : List.of(PageLink.of(v, null));
  }

  /** Collects the fields that have values, each value with its machine explanation. */
  private static final class Fields {
    final List<RecordPage.Field> list = new ArrayList<>();
    private final MachineValues machine;

    Fields(MachineValues machine) {
      this.machine = machine;
    }

    void add(String label, String group, List<PageLink> values) {
      if (values.isEmpty()) {
        return;
      }
      list.add(new RecordPage.Field(label, values.stream()
          .map(v -> new RecordPage.Value(v, machine.explain(group, v.note(), v.label())))
          .toList()));
    }
  }
}
