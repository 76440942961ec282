package org.chancery.oai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Collection;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.store.Catalogue;
import org.chancery.store.ChangeQuery;
import org.chancery.store.RecordKey;

/**
 * The set hierarchy (section 4.6): {@code collection} with a child
 * {@code collection:<collection id>} per collection, and {@code type} with a child
 * {@code type:<slug>} per document type ({@code type:memorandum-of-conversation}). Only
 * collections and types that have a published or withdrawn record are listed, so no
 * draft's collection or type is named; selecting by set is answered by the database.
 */
final class OaiSets {

  /** The states a harvester sees: published, and withdrawn as deleted. */
  static final Set<PublicationState> VISIBLE =
      Set.of(PublicationState.PUBLISHED, PublicationState.WITHDRAWN);
  static final String COLLECTION = "collection";
  static final String TYPE = "type";

  /** One set as ListSets shows it. */
  record OaiSet(String spec, String name) {}

  private final Catalogue catalogue;

  OaiSets(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Every set, parents first; empty when the archive has no set hierarchy (no records). */
  List<OaiSet> list() {
    List<OaiSet> sets = new ArrayList<>();
    List<String> collections = catalogue.keyValues(RecordKey.Kind.COLLECTION, VISIBLE);
    if (!collections.isEmpty()) {
      sets.add(new OaiSet(COLLECTION, "Collections"));
      Map<String, String> titles = collectionTitles();
      collections.forEach(c -> sets.add(new OaiSet(COLLECTION + ":" + c,
          titles.getOrDefault(c, c))));
    }
    Map<String, String> types = typesBySlug();
    if (!types.isEmpty()) {
      sets.add(new OaiSet(TYPE, "Document types"));
      types.forEach((slug, label) -> sets.add(new OaiSet(TYPE + ":" + slug, label)));
    }
    return sets;
  }

  /** Collection titles by id. */
  Map<String, String> collectionTitles() {
    return catalogue.collections().stream()
        .collect(Collectors.toMap(Collection::id, Collection::title, (a, b) -> a));
  }

  /**
   * The key filter that selects a set's records, or empty when no record can be in it
   * (an unknown set: the caller answers noRecordsMatch).
   */
  Optional<ChangeQuery.KeyFilter> filter(String spec) {
    if (spec.equals(COLLECTION)) {
      return Optional.of(new ChangeQuery.KeyFilter(RecordKey.Kind.COLLECTION, Set.of()));
    }
    if (spec.equals(TYPE)) {
      return Optional.of(new ChangeQuery.KeyFilter(RecordKey.Kind.TYPE, Set.of()));
    }
    if (spec.startsWith(COLLECTION + ":")) {
      String id = spec.substring(COLLECTION.length() + 1);
      return RecordId.isValid(id)
          ? Optional.of(new ChangeQuery.KeyFilter(RecordKey.Kind.COLLECTION, Set.of(id)))
          : Optional.empty();
    }
    if (spec.startsWith(TYPE + ":")) {
      String slug = spec.substring(TYPE.length() + 1);
      // the catalogue keys the type as written; several spellings may share one slug
      Set<String> values = catalogue.keyValues(RecordKey.Kind.TYPE, VISIBLE).stream()
          .filter(t -> slug(t).filter(slug::equals).isPresent()).collect(Collectors.toSet());
      return values.isEmpty() ? Optional.empty()
          : Optional.of(new ChangeQuery.KeyFilter(RecordKey.Kind.TYPE, values));
    }
    return Optional.empty();
  }

  /** The set specs a record's header lists. */
  static List<String> specs(ArchivalRecord r) {
    List<String> specs = new ArrayList<>();
    r.collections().stream().distinct().forEach(c -> specs.add(COLLECTION + ":" + c));
    RecordKey.type(r.type()).flatMap(k -> slug(k.value()))
        .ifPresent(s -> specs.add(TYPE + ":" + s));
    return specs;
  }

  private Map<String, String> typesBySlug() {
    Map<String, String> bySlug = new LinkedHashMap<>();
    for (String t : catalogue.keyValues(RecordKey.Kind.TYPE, VISIBLE)) {
      slug(t).ifPresent(s -> bySlug.putIfAbsent(s, t));
    }
    return bySlug;
  }

  private static Optional<String> slug(String type) {
    try {
      return Optional.of(RecordId.slug(type).value());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a type of punctuation only has no set
    }
  }
}
