package org.chancery.web;

import java.util.Locale;

/** Links for the identifiers authorities carry in other systems. */
final class ExternalIds {

  private ExternalIds() {}

  /** The page of an identifier, or null for a scheme with no known resolver. */
  static String url(String scheme, String id) {
    String v = Links.encode(id.strip());
    return switch (scheme.toLowerCase(Locale.ROOT)) {
      case "wikidata" -> "https://www.wikidata.org/wiki/" + v;
      case "viaf" -> "https://viaf.org/viaf/" + v;
      case "lcnaf", "loc" -> "https://id.loc.gov/authorities/names/" + v;
      case "geonames" -> "https://www.geonames.org/" + v;
      case "gnd" -> "https://d-nb.info/gnd/" + v;
      default -> null;
    };
  }
}
