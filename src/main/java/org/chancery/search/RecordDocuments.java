package org.chancery.search;

import static org.chancery.search.SchemaFields.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.solr.common.SolrInputDocument;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.DocNumber;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameLinks;
import org.chancery.record.NameRef;
import org.chancery.record.Note;
import org.chancery.record.Text;

/** Turns a published record into the Solr document the schema describes. */
final class RecordDocuments {

  private RecordDocuments() {}

  /**
   * The record's search document.
   *
   * @throws IllegalArgumentException when the record is not published: only published
   *     records may reach the index
   */
  static SolrInputDocument toDocument(ArchivalRecord r) {
    if (!r.state().isPublic()) {
      throw new IllegalArgumentException("record " + r.id() + " is " + r.state()
          + "; only published records are indexed");
    }
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, r.id().value());
    d.setField(TITLE, r.title());
    d.setField(TITLE_SORT, sortKey(r.title()));
    setIfPresent(d, SUMMARY, r.summary());
    for (Text t : r.texts()) {
      if (!t.body().isBlank()) {
        // each text in the body field analysed for its language
        d.addField(LanguageFields.body(t.language()), t.body());
      }
    }

    List<NameRef> places = new ArrayList<>();
    if (r.originPlace() != null) {
      places.add(r.originPlace());
    }
    places.addAll(r.places());
    List<NameRef> everyone = new ArrayList<>(r.authors());
    everyone.addAll(r.recipients());
    everyone.addAll(r.via());
    everyone.addAll(r.copiesTo());
    everyone.addAll(r.persons());
    everyone.addAll(places);
    addAll(d, NAMES, forms(everyone));

    addAll(d, TEXT, extraText(r));
    if (r.date() != null) {
      addDate(d, r.date());
    }

    setIfPresent(d, TYPE, r.type());
    addAll(d, AUTHOR, preferred(r.authors()));
    addAll(d, AUTHOR_T, forms(r.authors()));
    addAll(d, RECIPIENT, preferred(r.recipients()));
    addAll(d, RECIPIENT_T, forms(r.recipients()));
    addAll(d, PERSON, preferred(r.persons()));
    addAll(d, PERSON_T, forms(r.persons()));
    addAll(d, PLACE, preferred(places));
    addAll(d, PLACE_T, forms(places));
    addAll(d, SUBJECT, distinct(r.subjects(), Function.identity()));
    addAll(d, LANGUAGE, languages(r));
    setIfPresent(d, ARCHIVE, r.originalArchive());
    addAll(d, COLLECTION, distinct(r.collections(), Function.identity()));
    addAll(d, AUTHOR_ID, ids(r.authors()));
    addAll(d, RECIPIENT_ID, ids(r.recipients()));
    addAll(d, PLACE_ID, ids(places));
    addAll(d, NAME_ID, List.copyOf(NameLinks.ids(r)));
    return d;
  }

  private static List<String> ids(List<NameRef> names) {
    return names.stream().map(NameRef::id).filter(java.util.Objects::nonNull).distinct().toList();
  }

  /** The year the whole span falls in, as the facet shows it. */
  static Optional<String> year(EdtfDate date) {
    return date.year().map(String::valueOf);
  }

  /** The decade the whole span falls in ({@code 1950s}). */
  static Optional<String> decade(EdtfDate date) {
    int first = Math.floorDiv(date.earliest().getYear(), 10);
    int last = Math.floorDiv(date.latest().getYear(), 10);
    return first == last ? Optional.of(first * 10 + "s") : Optional.empty();
  }

  /** Midnight UTC of a day: every date field holds whole days. */
  static Date day(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static void addDate(SolrInputDocument d, EdtfDate date) {
    d.setField(DATE_START, day(date.earliest()));
    d.setField(DATE_END, day(date.latest()));
    d.setField(DATE_DISPLAY, date.display());
    year(date).ifPresent(y -> d.setField(YEAR, y));
    decade(date).ifPresent(y -> d.setField(DECADE, y));
  }

  /** Searchable text shown nowhere in a hit: citations, notes, document numbers. */
  private static List<String> extraText(ArchivalRecord r) {
    List<String> out = new ArrayList<>(r.sources());
    r.notes().stream().map(Note::text).forEach(out::add);
    r.cable().numbers().stream().map(DocNumber::value).forEach(out::add);
    out.add(r.cable().classification());
    out.add(r.creditLine());
    out.removeIf(s -> s == null || s.isBlank());
    return out;
  }

  private static Set<String> languages(ArchivalRecord r) {
    Set<String> out = new LinkedHashSet<>(r.languages());
    r.texts().forEach(t -> out.add(t.language()));
    out.remove("und");
    out.removeIf(String::isBlank);
    return out;
  }

  private static Set<String> preferred(List<NameRef> names) {
    return distinct(names, NameRef::name);
  }

  /** Preferred and written forms: a search for either finds the record. */
  private static Set<String> forms(List<NameRef> names) {
    Set<String> out = new LinkedHashSet<>();
    for (NameRef n : names) {
      out.add(n.name());
      if (n.as() != null && !n.as().isBlank()) {
        out.add(n.as());
      }
    }
    return out;
  }

  private static <T> Set<String> distinct(List<T> items, Function<T, String> value) {
    Set<String> out = new LinkedHashSet<>();
    for (T t : items) {
      String v = value.apply(t);
      if (v != null && !v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }

  private static String sortKey(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }

  private static void setIfPresent(SolrInputDocument d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.setField(field, value.strip());
    }
  }

  private static void addAll(SolrInputDocument d, String field, Collection<String> values) {
    for (String v : values) {
      d.addField(field, v);
    }
  }
}
