package org.chancery.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An authority record: the one preferred form of a person, organisation, place or
 * subject, with the other forms documents use for it.
 *
 * @param id stable identifier ({@code frus1955-57v03-p_jua_1} for a FRUS persons-list
 *     entry)
 * @param kind what it names
 * @param name the preferred form
 * @param variants other forms, each with its kind (cover names, romanisations,
 *     misspellings, ...)
 * @param description who or what it is, or null
 * @param source where the name and description come from (a FRUS volume's persons list),
 *     or null
 * @param dates EDTF date or interval of the person's life, the organisation's or
 *     subject's existence ({@code 1878-12-18/1953-03-05}), or null
 * @param roles offices and roles held, each as written ({@code Premier, 1949–1976})
 * @param coordinates where a place is, or null
 * @param identifiers identifiers in other systems by scheme ({@code wikidata -> Q855},
 *     {@code viaf -> 101787139})
 * @param broader the id of the broader authority (a subject's parent), or null
 */
public record Authority(String id, Kind kind, String name, List<Variant> variants,
    String description, String source, String dates, List<String> roles,
    Coordinates coordinates, Map<String, String> identifiers, String broader) {

  /** What an authority names. */
  public enum Kind { PERSON, ORGANISATION, PLACE, SUBJECT }

  public Authority {
    if (!RecordId.isValid(id)) {
      throw new IllegalArgumentException("not an authority id: '" + id + "'");
    }
    if (kind == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("authority " + id + " needs a kind and a name");
    }
    name = name.strip();
    variants = variants == null ? List.of() : List.copyOf(variants);
    roles = roles == null ? List.of() : List.copyOf(roles);
    identifiers = identifiers == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(identifiers));
  }

  /** An authority known only by its names, description and source. */
  public Authority(String id, Kind kind, String name, List<Variant> variants,
      String description, String source) {
    this(id, kind, name, variants, description, source, null, null, null, null, null);
  }

  /** An authority whose other forms are of unknown kind. */
  public static Authority of(String id, Kind kind, String name, List<String> forms,
      String description, String source) {
    return new Authority(id, kind, name, forms.stream().map(Variant::of).toList(), description,
        source);
  }

  /** The other forms as written. */
  public List<String> forms() {
    return variants.stream().map(Variant::form).toList();
  }

  /** The variant with this exact form, if any (to say why a search matched). */
  public Optional<Variant> variant(String form) {
    return variants.stream().filter(v -> v.form().equalsIgnoreCase(form.strip())).findFirst();
  }

  /** Whether the authority is known by this form, preferred or variant (case-insensitive). */
  public boolean knownAs(String form) {
    return name.equalsIgnoreCase(form.strip()) || variant(form).isPresent();
  }

  /** This authority with one more variant; a form it already has is not added twice. */
  public Authority withVariant(Variant v) {
    if (knownAs(v.form())) {
      return this;
    }
    List<Variant> more = new ArrayList<>(variants);
    more.add(v);
    return withVariants(more);
  }

  public Authority withVariants(List<Variant> replaced) {
    return new Authority(id, kind, name, replaced, description, source, dates, roles,
        coordinates, identifiers, broader);
  }

  /** The same authority under another id (the new half of a split). */
  public Authority withId(String newId) {
    return new Authority(newId, kind, name, variants, description, source, dates, roles,
        coordinates, identifiers, broader);
  }

  /** The same authority with another preferred name (the old one is not kept here). */
  public Authority withName(String newName) {
    return new Authority(id, kind, newName, variants, description, source, dates, roles,
        coordinates, identifiers, broader);
  }

  /**
   * This authority absorbing {@code other}: its preferred name and variants become
   * variants here, and what this one lacks (description, dates, coordinates, roles,
   * identifiers) is taken from the other.
   */
  public Authority absorbing(Authority other) {
    Authority merged = this;
    if (!knownAs(other.name())) {
      merged = merged.withVariant(new Variant(other.name(), Variant.Kind.OTHER, null, null,
          null, "merged from " + other.id()));
    }
    for (Variant v : other.variants()) {
      merged = merged.withVariant(v);
    }
    List<String> allRoles = new ArrayList<>(roles);
    other.roles().stream().filter(r -> !allRoles.contains(r)).forEach(allRoles::add);
    Map<String, String> ids = new LinkedHashMap<>(other.identifiers());
    ids.putAll(identifiers);
    return new Authority(id, kind, name, merged.variants(),
        description != null ? description : other.description(),
        source != null ? source : other.source(),
        dates != null ? dates : other.dates(), allRoles,
        coordinates != null ? coordinates : other.coordinates(), ids,
        broader != null ? broader : other.broader());
  }
}
