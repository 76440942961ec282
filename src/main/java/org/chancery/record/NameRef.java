package org.chancery.record;

/**
 * A person, organisation or place as a document names it.
 *
 * @param name the authority's preferred form when known, else the written form cleaned
 *     of forms of address (Cde., Comrade) — what facets and links use
 * @param as the form written in the document, editors' brackets included
 *     ({@code Filippov [Stalin]}); null when the name comes from metadata, not text
 * @param id the authority record's id, or null when not linked
 */
public record NameRef(String name, String as, String id) {

  public NameRef {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a name reference needs a name");
    }
    name = name.strip();
  }

  /** A name with no written variant and no authority link. */
  public static NameRef of(String name) {
    return new NameRef(name, null, null);
  }
}
