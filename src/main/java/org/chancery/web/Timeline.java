package org.chancery.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.record.Authority;
import org.chancery.record.Variant;

/**
 * An authority's timeline as an SVG drawn on the server (no script needed): a bar per
 * year for its documents, and under the axis a band for each period a cover name or
 * pseudonym was in use. Coordinates are computed here; the template only draws them.
 *
 * @param width view box width
 * @param height view box height
 * @param bars documents per year
 * @param bands periods of use of dated forms
 * @param ticks year labels along the axis
 * @param axisY where the axis runs
 * @param summary the same in words, for screen readers
 */
public record Timeline(int width, int height, List<Bar> bars, List<Band> bands,
    List<Tick> ticks, int axisY, String summary) {

  /** A year's bar: its box, its label and a search for the year's documents. */
  public record Bar(int x, int y, int w, int h, String label, String href) {}

  /** A period of use: its box and label. */
  public record Band(int x, int y, int w, int h, String label, int textX, int textY) {}

  /** A labelled year on the axis. */
  public record Tick(int x, String label) {}

  private static final int WIDTH = 720;
  private static final int LEFT = 30;
  private static final int RIGHT = 20;
  private static final int BAR_AREA = 120;
  private static final int BAND_HEIGHT = 18;

  /**
   * The timeline of an authority, or empty when there is nothing dated to draw.
   *
   * @param years documents per year ({@code "1951" -> 12})
   * @param yearHref a search for one year's documents
   */
  static Optional<Timeline> of(Authority a, Map<String, Long> years,
      java.util.function.Function<String, String> yearHref) {
    List<Variant> dated = a.variants().stream()
        .filter(v -> year(v.from()).isPresent() || year(v.to()).isPresent()).toList();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (String y : years.keySet()) {
      Optional<Integer> n = year(y);
      if (n.isPresent()) {
        first = Math.min(first, n.get());
        last = Math.max(last, n.get());
      }
    }
    for (Variant v : dated) {
      for (String end : new String[] {v.from(), v.to()}) {
        Optional<Integer> n = year(end);
        if (n.isPresent()) {
          first = Math.min(first, n.get());
          last = Math.max(last, n.get());
        }
      }
    }
    if (first == Integer.MAX_VALUE) {
      return Optional.empty();
    }
    int span = last - first + 1;
    double perYear = (WIDTH - LEFT - RIGHT) / (double) span;
    long max = years.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int axisY = 10 + BAR_AREA;
    List<Bar> bars = new ArrayList<>();
    List<String> said = new ArrayList<>();
    for (Map.Entry<String, Long> e : years.entrySet()) {
      Optional<Integer> y = year(e.getKey());
      if (y.isEmpty()) {
        continue;
      }
      int h = (int) Math.max(2, Math.round(BAR_AREA * e.getValue() / (double) max));
      int x = (int) Math.round(LEFT + (y.get() - first) * perYear + perYear * 0.15);
      bars.add(new Bar(x, axisY - h, (int) Math.max(2, Math.round(perYear * 0.7)), h,
          e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " document" : " documents"),
          yearHref.apply(e.getKey())));
      said.add(e.getKey() + ": " + e.getValue());
    }
    List<Band> bands = new ArrayList<>();
    int row = 0;
    for (Variant v : dated) {
      int from = year(v.from()).orElse(first);
      int to = year(v.to()).orElse(last);
      int x = (int) Math.round(LEFT + (from - first) * perYear);
      int w = (int) Math.max(4, Math.round((to - from + 1) * perYear));
      int y = axisY + 24 + row * (BAND_HEIGHT + 6);
      String label = v.form() + " (" + v.kind().label() + ", " + period(v) + ")";
      bands.add(new Band(x, y, w, BAND_HEIGHT, label, x + 4, y + BAND_HEIGHT - 5));
      said.add(label);
      row++;
    }
    List<Tick> ticks = new ArrayList<>();
    int step = span <= 12 ? 1 : span <= 30 ? 5 : 10;
    for (int y = first; y <= last; y++) {
      if (y % step == 0 || y == first) {
        ticks.add(new Tick((int) Math.round(LEFT + (y - first) * perYear + perYear / 2),
            String.valueOf(y)));
      }
    }
    int height = axisY + 24 + row * (BAND_HEIGHT + 6) + 6;
    return Optional.of(new Timeline(WIDTH, height, bars, bands, ticks, axisY,
        String.join("; ", said)));
  }

  /** A variant's period in words: {@code 1949–1953}, {@code from 1947}, {@code until 1953}. */
  static String period(Variant v) {
    if (v.from() != null && v.to() != null) {
      return v.from().equals(v.to()) ? v.from() : v.from() + "–" + v.to();
    }
    if (v.from() != null) {
      return "from " + v.from();
    }
    return v.to() == null ? null : "until " + v.to();
  }

  private static Optional<Integer> year(String edtf) {
    if (edtf == null || !edtf.matches("^-?\\d{4}.*")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(edtf.substring(0, edtf.startsWith("-") ? 5 : 4)));
  }
}
