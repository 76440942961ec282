package org.chancery.record;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the Extended Date/Time Format (ISO 8601-2, levels 0 and 1 as archives use
 * them): a day, a month or a year, each possibly uncertain ({@code ?}), approximate
 * ({@code ~}) or both ({@code %}), and closed or open intervals ({@code 1951-10/1951-12},
 * {@code 1951/..}).
 *
 * <p>Every date maps to an earliest and a latest day, so a month-only or uncertain date
 * sorts and facets together with exact ones: it sorts by its earliest day and falls in
 * a year facet when its whole span is inside that year.
 */
public final class EdtfDate implements Comparable<EdtfDate> {

  /** How much of a date is known. */
  public enum Precision { YEAR, MONTH, DAY }

  private static final Pattern SIMPLE =
      Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

  private final String text;
  private final LocalDate earliest;
  private final LocalDate latest;
  private final Precision precision;
  private final boolean uncertain;
  private final boolean approximate;
  private final boolean interval;

  private EdtfDate(String text, LocalDate earliest, LocalDate latest, Precision precision,
      boolean uncertain, boolean approximate, boolean interval) {
    this.text = text;
    this.earliest = earliest;
    this.latest = latest;
    this.precision = precision;
    this.uncertain = uncertain;
    this.approximate = approximate;
    this.interval = interval;
  }

  /** An exact day. */
  public static EdtfDate of(LocalDate day) {
    return parse(day.toString());
  }

  /**
   * Parses an EDTF string.
   *
   * @throws IllegalArgumentException naming the text when it is not EDTF this class reads
   */
  public static EdtfDate parse(String text) {
    return tryParse(text).orElseThrow(
        () -> new IllegalArgumentException("not an EDTF date: '" + text + "'"));
  }

  /** Parses an EDTF string, or gives empty for null, blank or unreadable text. */
  public static Optional<EdtfDate> tryParse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    int slash = t.indexOf('/');
    if (slash >= 0) {
      return interval(t, t.substring(0, slash), t.substring(slash + 1));
    }
    return simple(t).map(p -> new EdtfDate(t, p.earliest, p.latest, p.precision,
        p.uncertain, p.approximate, false));
  }

  private static Optional<EdtfDate> interval(String t, String from, String to) {
    Optional<Part> a = from.isEmpty() || from.equals("..") ? Optional.empty() : simple(from);
    Optional<Part> b = to.isEmpty() || to.equals("..") ? Optional.empty() : simple(to);
    boolean fromOpen = from.isEmpty() || from.equals("..");
    boolean toOpen = to.isEmpty() || to.equals("..");
    if ((!fromOpen && a.isEmpty()) || (!toOpen && b.isEmpty()) || (fromOpen && toOpen)) {
      return Optional.empty();
    }
    LocalDate earliest = a.map(p -> p.earliest).orElse(LocalDate.of(-9999, 1, 1));
    LocalDate latest = b.map(p -> p.latest).orElse(LocalDate.of(9999, 12, 31));
    if (latest.isBefore(earliest)) {
      return Optional.empty();
    }
    Precision precision = a.or(() -> b).map(p -> p.precision).orElse(Precision.YEAR);
    boolean unc = a.map(p -> p.uncertain).orElse(false) || b.map(p -> p.uncertain).orElse(false);
    boolean apx = a.map(p -> p.approximate).orElse(false) || b.map(p -> p.approximate).orElse(false);
    return Optional.of(new EdtfDate(t, earliest, latest, precision, unc, apx, true));
  }

  private record Part(LocalDate earliest, LocalDate latest, Precision precision,
      boolean uncertain, boolean approximate) {}

  private static Optional<Part> simple(String s) {
    Matcher m = SIMPLE.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      String q = m.group(4);
      boolean unc = "?".equals(q) || "%".equals(q);
      boolean apx = "~".equals(q) || "%".equals(q);
      if (m.group(2) == null) {
        return Optional.of(new Part(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
            Precision.YEAR, unc, apx));
      }
      YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return Optional.of(new Part(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, unc, apx));
      }
      LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
      return Optional.of(new Part(d, d, Precision.DAY, unc, apx));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The EDTF text, as given. */
  public String text() {
    return text;
  }

  /** The first day this date can mean; sort key. */
  public LocalDate earliest() {
    return earliest;
  }

  /** The last day this date can mean. */
  public LocalDate latest() {
    return latest;
  }

  public Precision precision() {
    return precision;
  }

  public boolean uncertain() {
    return uncertain;
  }

  public boolean approximate() {
    return approximate;
  }

  public boolean isInterval() {
    return interval;
  }

  /** True when this date names one known day without qualification. */
  public boolean isExactDay() {
    return !interval && precision == Precision.DAY && !uncertain && !approximate;
  }

  /** The year the whole date falls in, if it falls in one year. */
  public Optional<Integer> year() {
    return earliest.getYear() == latest.getYear()
        ? Optional.of(earliest.getYear()) : Optional.empty();
  }

  /**
   * The date as a reader expects it: {@code 18 October 1951}, {@code October 1951},
   * {@code 1951}, with {@code circa}, a question mark or a range where EDTF says so.
   */
  public String display() {
    if (interval) {
      String[] ends = text.split("/", -1);
      String a = ends[0].isEmpty() || ends[0].equals("..") ? "…" : parse(ends[0]).display();
      String b = ends[1].isEmpty() || ends[1].equals("..") ? "…" : parse(ends[1]).display();
      return a + " – " + b;
    }
    String base = switch (precision) {
      case YEAR -> Integer.toString(earliest.getYear());
      case MONTH -> month(earliest) + " " + earliest.getYear();
      case DAY -> earliest.getDayOfMonth() + " " + month(earliest) + " " + earliest.getYear();
    };
    if (approximate) {
      base = "circa " + base;
    }
    return uncertain ? base + "?" : base;
  }

  private static String month(LocalDate d) {
    String m = d.getMonth().name();
    return m.charAt(0) + m.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public int compareTo(EdtfDate o) {
    int c = earliest.compareTo(o.earliest);
    return c != 0 ? c : latest.compareTo(o.latest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EdtfDate d && d.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
