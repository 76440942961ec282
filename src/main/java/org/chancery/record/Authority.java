package org.chancery.record;

import java.util.List;

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
 * @param source where the assertion comes from (a FRUS volume's persons list), or null
 */
public record Authority(String id, Kind kind, String name, List<Variant> variants,
    String description, String source) {

  /** What an authority names. */
  public enum Kind { PERSON, ORGANISATION, PLACE, SUBJECT }

  public Authority {
    if (!RecordId.isValid(id)) {
      throw new IllegalArgumentException("not an authority id: '" + id + "'");
    }
    if (kind == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("authority " + id + " needs a kind and a name");
    }
    variants = variants == null ? List.of() : List.copyOf(variants);
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
  public java.util.Optional<Variant> variant(String form) {
    return variants.stream().filter(v -> v.form().equalsIgnoreCase(form.strip())).findFirst();
  }
}
