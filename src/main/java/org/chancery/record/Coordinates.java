package org.chancery.record;

/**
 * Where a place is, in WGS 84 degrees, and who says so.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 * @param source where the coordinates come from (a gazetteer, Wikidata), or null
 */
public record Coordinates(double lat, double lon, String source) {

  public Coordinates {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("not a latitude/longitude: " + lat + ", " + lon);
    }
  }
}
