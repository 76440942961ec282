package org.chancery.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.chancery.search.Facet;

/** Builds reading-room URLs: searches filtered on a value, facet toggles, pages. */
final class Links {

  private Links() {}

  static String record(String id) {
    return "/records/" + encode(id);
  }

  static String authority(String id) {
    return "/authorities/" + encode(id);
  }

  /** A search for everything carrying one facet value (a name's link on a record page). */
  static String filtered(Facet facet, String value) {
    return "/search?" + facet.param() + "=" + encode(value);
  }

  static String search(Map<String, List<String>> params) {
    StringJoiner j = new StringJoiner("&", "/search?", "");
    j.setEmptyValue("/search");
    params.forEach((k, vs) -> vs.forEach(v -> j.add(encode(k) + "=" + encode(v))));
    return j.toString();
  }

  /** The current search with a facet value added, or removed when present; back to page 1. */
  static String toggle(Map<String, List<String>> current, String param, String value) {
    Map<String, List<String>> p = copy(current);
    p.remove("page");
    List<String> values = p.computeIfAbsent(param, k -> new ArrayList<>());
    if (!values.remove(value)) {
      values.add(value);
    }
    if (values.isEmpty()) {
      p.remove(param);
    }
    return search(p);
  }

  /** The current search with a parameter replaced (or removed when value is null). */
  static String with(Map<String, List<String>> current, String param, String value) {
    Map<String, List<String>> p = copy(current);
    if (!param.equals("page")) {
      p.remove("page");
    }
    if (value == null) {
      p.remove(param);
    } else {
      p.put(param, List.of(value));
    }
    return search(p);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> m) {
    Map<String, List<String>> c = new LinkedHashMap<>();
    m.forEach((k, v) -> c.put(k, new ArrayList<>(v)));
    return c;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
