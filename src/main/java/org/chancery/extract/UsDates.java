package org.chancery.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and clock times as US documents print them: {@code October 18, 1951}, {@code 4 p. m.}. */
final class UsDates {

  static final String MONTH = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?"
      + "|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?"
      + "|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  /** {@code 3 p.m.}, {@code 4 p. m.}, {@code 12:15 a.m.}, {@code noon}, {@code midnight}. */
  static final String CLOCK = "(?:\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?\\s*m\\.?|noon|midnight)";
  private static final Pattern CLOCK_PARTS = Pattern.compile(
      "(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s*m\\.?|(noon)|(midnight)",
      Pattern.CASE_INSENSITIVE);

  private UsDates() {}

  /** The month number of a month name or abbreviation, or 0. */
  static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (m.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  static LocalDate date(int year, String month, String day) {
    try {
      return LocalDate.of(year, month(month), Integer.parseInt(day));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** A printed clock time, or null. */
  static LocalTime clock(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = CLOCK_PARTS.matcher(text);
    if (!m.find()) {
      return null;
    }
    if (m.group(4) != null) {
      return LocalTime.NOON;
    }
    if (m.group(5) != null) {
      return LocalTime.MIDNIGHT;
    }
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (h < 1 || h > 12 || min > 59) {
      return null;
    }
    boolean pm = m.group(3).equalsIgnoreCase("p");
    return LocalTime.of(h % 12 + (pm ? 12 : 0), min);
  }

  static LocalDateTime at(LocalDate d, LocalTime t) {
    return d == null || t == null ? null : d.atTime(t);
  }
}
