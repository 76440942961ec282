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
  COLLECTION("Collection");

  private final String label;

  Facet(String label) {
    this.label = label;
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
