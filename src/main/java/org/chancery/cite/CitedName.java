package org.chancery.cite;

/**
 * A name as a citation needs it.
 *
 * @param name the name in reading order ({@code Mao Zedong}, {@code U. Alexis Johnson},
 *     {@code Department of State})
 * @param family the family name of a person, or null for an organisation (or a person
 *     known by one name only is given here with a null given name)
 * @param given the given names of a person, or null
 * @param organisation true for an organisation or an office, which is never split
 * @param coverName the cover name or pseudonym the document is signed with, when the
 *     document uses one for this person ({@code Filippov} for Stalin), else null
 */
public record CitedName(String name, String family, String given, boolean organisation,
    String coverName) {

  public CitedName {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a cited name needs a name");
    }
    if (!organisation && (family == null || family.isBlank())) {
      throw new IllegalArgumentException("a person's name needs a family name: " + name);
    }
  }

  /** An organisation or office, cited whole. */
  public static CitedName organisation(String name) {
    return new CitedName(name, null, null, true, null);
  }

  /** A person. */
  public static CitedName person(String name, String family, String given) {
    return new CitedName(name, family, blankToNull(given), false, null);
  }

  /** The same name, noted as signed with a cover name. */
  public CitedName signedAs(String cover) {
    return new CitedName(name, family, given, organisation, cover);
  }

  /** {@code Mao, Zedong}; an organisation or a one-word name as it is. */
  public String inverted() {
    return organisation || given == null ? displayFamily() : family + ", " + given;
  }

  /** {@code Mao, Z.} (APA); an organisation as it is. */
  public String initialled() {
    if (organisation || given == null) {
      return displayFamily();
    }
    StringBuilder s = new StringBuilder(family).append(", ");
    for (String part : given.split("[\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      s.append(initials(part)).append(' ');
    }
    return s.toString().strip();
  }

  /** {@code D. Rozas} (APA's form for translators); an organisation as it is. */
  public String initialsFirst() {
    if (organisation || given == null) {
      return displayFamily();
    }
    String initialled = initialled();
    return initialled.substring(family.length() + 2) + " " + family;
  }

  private static String initials(String part) {
    // Hyphenated given names keep their hyphen (Jean-Paul -> J.-P.).
    StringBuilder s = new StringBuilder();
    for (String piece : part.split("-")) {
      if (piece.isEmpty()) {
        continue;
      }
      if (s.length() > 0) {
        s.append('-');
      }
      s.appendCodePoint(piece.codePointAt(0)).append('.');
    }
    return s.toString();
  }

  private String displayFamily() {
    return organisation ? name : family;
  }

  /**
   * The name as a style prints it, with the cover name in front and the real name in
   * brackets when the document is signed with one ({@code Filippov [Joseph Stalin]}).
   *
   * @param form the name in the style's order
   */
  public String withCover(String form) {
    return coverName == null ? form : coverName + " [" + form + "]";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
