package org.chancery.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.AuthorityProfile;
import org.chancery.record.Authority;

/**
 * The points an authority's map shows (the {@code /api/authorities/{id}/map} body): a place
 * itself, and the places its documents name that have coordinates, each with how many of
 * its documents name it.
 */
final class MapPoints {

  private MapPoints() {}

  /** One point of the map, as map.js reads it. */
  record Point(String id, String label, double lat, double lon, String href, long documents) {}

  static List<Point> of(AuthorityProfile p) {
    Map<String, Point> points = new LinkedHashMap<>();
    Authority a = p.authority();
    if (a.coordinates() != null) {
      points.put(a.id(), point(a, p.counts().documents()));
    }
    p.counts().places().forEach((id, n) -> p.named(id)
        .filter(place -> place.coordinates() != null && !points.containsKey(id))
        .ifPresent(place -> points.put(id, point(place, n))));
    return new ArrayList<>(points.values());
  }

  private static Point point(Authority a, long documents) {
    return new Point(a.id(), a.name(), a.coordinates().lat(), a.coordinates().lon(),
        Links.authority(a.id()), documents);
  }

  static Map<String, Object> json(AuthorityProfile p) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("focus", p.authority().id());
    body.put("points", of(p));
    return body;
  }
}
