package org.chancery.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.EdtfDate;

/**
 * Dates as catalogue pages write them ({@code October 18, 1951}, {@code 18 October 1951},
 * {@code October 1951}, {@code c. 1951}, {@code 1951-10-18}, {@code October 1951 -
 * December 1951}) as EDTF, so they sort and facet with exact dates. "c."/"circa" becomes
 * EDTF approximate ({@code ~}), a question mark uncertain ({@code ?}).
 */
final class SeedDate {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2),
      Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
      Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private static final String MONTH = "([A-Za-z]{3,9})\\.?";
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern MDY = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern DMY =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
  private static final Pattern MY = Pattern.compile(MONTH + ",?\\s+(\\d{4})");
  private static final Pattern APPROX = Pattern.compile(
      "^(?i:c\\.|ca\\.|circa|approximately|approx\\.|about|around|~)\\s*");
  private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*[-–—/]\\s*(\\d{4})");
  private static final Pattern RANGE_SEP = Pattern.compile("\\s+(?:-|–|—|to|until)\\s+|\\s*[–—]\\s*");

  private SeedDate() {}

  /** The EDTF date a catalogue line means, or empty when it is not a date. */
  static Optional<EdtfDate> parse(String line) {
    if (line == null) {
      return Optional.empty();
    }
    String s = line.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.isEmpty() || s.length() > 60) {
      return Optional.empty();
    }
    Matcher years = YEAR_RANGE.matcher(s);
    if (years.matches()) {
      return EdtfDate.tryParse(years.group(1) + "/" + years.group(2));
    }
    String[] ends = RANGE_SEP.split(s, 2);
    if (ends.length == 2) {
      Optional<String> a = single(ends[0]);
      Optional<String> b = single(ends[1]);
      if (a.isPresent() && b.isPresent()) {
        return EdtfDate.tryParse(a.get() + "/" + b.get());
      }
      return Optional.empty();
    }
    return single(s).flatMap(EdtfDate::tryParse);
  }

  /** One date, qualifiers included, as EDTF text. */
  private static Optional<String> single(String text) {
    String s = text.strip();
    String qualifier = "";
    Matcher approx = APPROX.matcher(s);
    if (approx.find()) {
      qualifier = "~";
      s = s.substring(approx.end());
    }
    if (s.endsWith("(?)")) {
      s = s.substring(0, s.length() - 3).strip();
      qualifier = qualifier.isEmpty() ? "?" : "%";
    } else if (s.endsWith("?")) {
      s = s.substring(0, s.length() - 1).strip();
      qualifier = qualifier.isEmpty() ? "?" : "%";
    }
    String q = qualifier;
    return core(s.replaceFirst("[.,]$", "")).map(d -> d + q);
  }

  private static Optional<String> core(String s) {
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return ymd(m.group(1), m.group(2), m.group(3));
    }
    Matcher md = MDY.matcher(s);
    if (md.matches()) {
      return month(md.group(1)).flatMap(mo -> ymd(md.group(3), mo, md.group(2)));
    }
    Matcher d = DMY.matcher(s);
    if (d.matches()) {
      return month(d.group(2)).flatMap(mo -> ymd(d.group(3), mo, d.group(1)));
    }
    Matcher my = MY.matcher(s);
    if (my.matches()) {
      return month(my.group(1)).flatMap(mo -> ymd(my.group(2), mo, null));
    }
    return Optional.empty();
  }

  private static Optional<String> month(String name) {
    Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT));
    return m == null ? Optional.empty() : Optional.of(Integer.toString(m));
  }

  /** Checks the parts make a real date (no 31 February) and formats them. */
  private static Optional<String> ymd(String y, String m, String d) {
    String text = y + (m == null ? "" : String.format(Locale.ROOT, "-%02d", Integer.parseInt(m)))
        + (d == null ? "" : String.format(Locale.ROOT, "-%02d", Integer.parseInt(d)));
    return EdtfDate.tryParse(text).map(EdtfDate::text);
  }
}
