package org.chancery.search;

import java.util.Locale;
import java.util.Optional;

/** The facets a search offers, with the URL parameter each is filtered by. */
public enum Facet {
  TYPE("Type"),
  DECADE("Decade"),
  YEAR("Year"),
  AUTHOR("Author"),
  RECIPIENT("Recipient"),
  PERSON("Person mentioned"),
  PLACE("Place"),
  SUBJECT("Subject"),
  LANGUAGE("Language"),
  ARCHIVE("Original archive"),
  COLLECTION("Collection"),
  /**
   * Any person, organisation or place by authority id, wherever the record names it:
   * a filter (the "all documents" link of an authority page), not a listed facet.
   */
  AUTHORITY("Name", false);

  private final String label;
  private final boolean listed;

  Facet(String label) {
    this(label, true);
  }

  Facet(String label, boolean listed) {
    this.label = label;
    this.listed = listed;
  }

  /** Whether searches count its values for the reader (a facet list) or only filter. */
  public boolean listed() {
    return listed;
  }

  /** The label a reader sees. */
  public String label() {
    return label;
  }

  /** The URL parameter name ({@code author}). */
  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Facet> fromParam(String p) {
    for (Facet f : values()) {
      if (f.param().equals(p)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
