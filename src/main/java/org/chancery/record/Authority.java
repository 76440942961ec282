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
 * @param variants other forms (cover names, romanisations, misspellings)
 * @param description who or what it is, or null
 * @param source where the assertion comes from (a FRUS volume's persons list), or null
 */
public record Authority(String id, Kind kind, String name, List<String> variants,
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
}
