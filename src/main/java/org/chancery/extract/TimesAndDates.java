package org.chancery.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.EdtfDate;

/**
 * Dates and times as cables write them: {@code 1135 19 October 1951}, {@code 0530 18
 * October}, {@code 20 hours 05 minutes, 13.1.1951}, {@code 13.1.51}, {@code October 18,
 * 1951}, {@code 18th, 5:30}. A date without a year takes the context's year, and says so
 * ({@link When#yearFromContext()}), so the provenance can record it.
 */
final class TimesAndDates {

  static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September"
      + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

  private static final Map<String, Integer> MONTH = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  // Four-digit times are only taken next to a date: alone, "1309" is as likely a number.
  private static final String T4 = "(?<![\\d/.:])(?<%sh>[01]\\d|2[0-3])(?<%sm>[0-5]\\d)(?![\\d/.:])";
  private static final String HM = "(?<%sH>\\d{1,2})\\s+hours?\\s+(?<%sM>\\d{1,2})\\s+min(?:utes?|s?\\.)?";
  private static final String COLON = "(?<%sc>\\d{1,2}):(?<%sd>[0-5]\\d)(?!\\d)";
  private static final String DATE = "(?:(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mon>" + MONTHS
      + ")\\b\\.?(?:,?\\s+(?<yr>\\d{4}))?"
      + "|(?<mon2>" + MONTHS + ")\\b\\.?\\s+(?<dd2>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<yr2>\\d{4}))?"
      + "|(?<![\\d.])(?<nd>\\d{1,2})\\.(?<nm>\\d{1,2})\\.(?<ny>\\d{4}|\\d{2})(?![\\d.]\\d))";
  private static final String DAY_TIME =
      "(?<dayonly>\\d{1,2})(?:st|nd|rd|th),?\\s+(?<dh>\\d{1,2}):(?<dm>[0-5]\\d)(?!\\d)";

  static final String SOURCE = "(?:(?:" + time("a") + ")\\s*,?\\s*)?" + DATE
      + "(?:\\s*,?\\s*(?:at\\s+)?(?:" + time("b") + "))?|" + DAY_TIME;

  private static final Pattern WHEN = Pattern.compile(SOURCE, Pattern.CASE_INSENSITIVE);
  /** The same expression without groups, to embed in other patterns. */
  static final String PLAIN = SOURCE.replaceAll("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>", "(?:");
  private static final Pattern TIME_ALONE = Pattern.compile(
      "^(?:" + String.format(T4, "x", "x") + "|" + String.format(HM, "x", "x") + "|"
          + String.format(COLON, "x", "x") + ")$", Pattern.CASE_INSENSITIVE);

  private TimesAndDates() {}

  private static String time(String p) {
    return String.format(T4, p, p) + "|" + String.format(HM, p, p) + "|"
        + String.format(COLON, p, p);
  }

  /**
   * A date, perhaps with a time, found in a text.
   *
   * @param date the day (year from the context when the text gives none)
   * @param time the time of day, or null
   * @param yearFromContext true when the text gave no year
   * @param start first character of the expression in the string searched
   * @param end one past its last character
   */
  record When(LocalDate date, LocalTime time, boolean yearFromContext, int start, int end) {

    EdtfDate edtf() {
      return EdtfDate.of(date);
    }

    /** ISO date-time with the zone's offset then; without offset when no zone; else the day. */
    String at(ZoneId zone) {
      if (time == null) {
        return date.toString();
      }
      LocalDateTime local = LocalDateTime.of(date, time);
      return zone == null ? local.toString() : Zones.iso(local, zone);
    }
  }

  /** The first date expression in {@code s} at or after {@code from}, if any is a real date. */
  static Optional<When> find(String s, int from, Integer contextYear, Integer contextMonth) {
    Matcher m = WHEN.matcher(s);
    int at = from;
    while (at < s.length() && m.find(at)) {
      Optional<When> w = when(m, contextYear, contextMonth);
      if (w.isPresent()) {
        return w;
      }
      at = m.end() > m.start() ? m.end() : m.start() + 1;
    }
    return Optional.empty();
  }

  /** A date expression that is the whole of {@code s} (give or take punctuation). */
  static Optional<When> whole(String s, Integer contextYear, Integer contextMonth) {
    String t = s.strip().replaceAll("[.,;\"”]+$", "");
    Matcher m = WHEN.matcher(t);
    return m.matches() ? when(m, contextYear, contextMonth) : Optional.empty();
  }

  /** A time of day alone ({@code 2212}, {@code 20 hours 05 minutes}, {@code 5:30}). */
  static Optional<LocalTime> timeAlone(String s) {
    Matcher m = TIME_ALONE.matcher(s.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(timeOf(m, "x"));
  }

  private static Optional<When> when(Matcher m, Integer contextYear, Integer contextMonth) {
    try {
      int day;
      int month;
      Integer year;
      LocalTime time;
      if (m.group("dayonly") != null) {
        if (contextYear == null || contextMonth == null) {
          return Optional.empty();
        }
        day = Integer.parseInt(m.group("dayonly"));
        month = contextMonth;
        year = null;
        time = LocalTime.of(Integer.parseInt(m.group("dh")), Integer.parseInt(m.group("dm")));
      } else {
        if (m.group("dd") != null) {
          day = Integer.parseInt(m.group("dd"));
          month = month(m.group("mon"));
          year = m.group("yr") == null ? null : Integer.parseInt(m.group("yr"));
        } else if (m.group("dd2") != null) {
          day = Integer.parseInt(m.group("dd2"));
          month = month(m.group("mon2"));
          year = m.group("yr2") == null ? null : Integer.parseInt(m.group("yr2"));
        } else {
          day = Integer.parseInt(m.group("nd"));
          month = Integer.parseInt(m.group("nm"));
          year = Integer.parseInt(m.group("ny"));
          // Two-digit years in this traffic are the twentieth century's ("13.1.51").
          year = m.group("ny").length() == 2 ? 1900 + year : year;
        }
        LocalTime a = timeOf(m, "a");
        time = a != null ? a : timeOf(m, "b");
      }
      boolean fromContext = year == null;
      if (fromContext) {
        if (contextYear == null) {
          return Optional.empty();
        }
        year = contextYear;
      }
      return Optional.of(new When(LocalDate.of(year, month, day), time, fromContext, m.start(),
          m.end()));
    } catch (DateTimeException | NumberFormatException e) {
      // "31 February", "99.99.99": not a date, which is an answer, not an error.
      return Optional.empty();
    }
  }

  private static LocalTime timeOf(Matcher m, String p) {
    if (m.group(p + "h") != null) {
      return LocalTime.of(Integer.parseInt(m.group(p + "h")), Integer.parseInt(m.group(p + "m")));
    }
    if (m.group(p + "H") != null) {
      int h = Integer.parseInt(m.group(p + "H"));
      int min = Integer.parseInt(m.group(p + "M"));
      return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
    }
    if (m.group(p + "c") != null) {
      int h = Integer.parseInt(m.group(p + "c"));
      return h < 24 ? LocalTime.of(h, Integer.parseInt(m.group(p + "d"))) : null;
    }
    return null;
  }

  private static int month(String name) {
    return MONTH.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
