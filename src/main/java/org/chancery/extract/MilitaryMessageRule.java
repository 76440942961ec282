package org.chancery.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.DocNumber;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;

/**
 * Military messages as FRUS prints them: originator numbers ({@code C–52688},
 * {@code HNC–097}, {@code CX 55421}), {@code This message in 5 parts} and {@code Part 1},
 * {@code CINCFE personal for Hickey}, date-time groups ({@code 120730 July 1951},
 * {@code 181530Z}) and times with a zone letter ({@code 0015K}, K = UTC+9).
 */
final class MilitaryMessageRule implements Rule {

  // Each pattern that starts with \b first looks ahead at one character: Java tries a
  // pattern at every position of the text and a word-boundary test is dear, so the
  // look-ahead rejects most positions at once (the same matches; regexes were the largest
  // part of extracting seed-layout cables).
  private static final Pattern ORIGINATOR = Pattern.compile("(?=[CHJDZGFW])\\b(?<id>(?:C|CX"
      + "|HNC|JCS|DA|DEF|ZX|GX|FE|WAR|CINCFE|CINCUNC)(?:\\s?[–-]\\s?|\\s)\\d{3,6})\\b");
  private static final Pattern PARTS = Pattern.compile("(?=[Tt])\\bThis message in"
      + " (\\d+|\\w+) parts\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PART = Pattern.compile("^Part (\\d+|[IVX]+)\\b");
  private static final Pattern PERSONAL_FOR = Pattern.compile("(?=[A-Z])\\b(?<to>[A-Z]{3,}"
      + "[A-Z0-9]*)\\s+(?:personal|eyes only)\\s+for\\s+(?<person>\\p{Lu}[\\p{L}-]+)");
  /** {@code 120730 July 1951}, {@code 120730Z July 1951}. */
  private static final Pattern DTG_FULL = Pattern.compile("(?=\\d)\\b(?<d>\\d{2})"
      + "(?<h>\\d{2})(?<m>\\d{2})(?<z>[A-Z])?\\s+(?<mon>" + UsDates.MONTH
      + ")\\s+(?<y>19\\d\\d|20\\d\\d)\\b");
  /** {@code 181530Z}: day, hour, minute, zone. */
  private static final Pattern DTG_SHORT = Pattern.compile("(?=\\d)\\b(?<d>[0-3]\\d)"
      + "(?<h>[0-2]\\d)(?<m>[0-5]\\d)(?<z>[A-IK-Z])\\b");
  /** {@code 0015K}: hour, minute, zone. */
  private static final Pattern ZONED_TIME = Pattern.compile("(?=\\d)\\b(?<h>[0-2]\\d)"
      + "(?<m>[0-5]\\d)(?<z>[A-IK-Z])\\b");

  @Override
  public String name() {
    return "military.message";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    String t = text.text();
    Matcher o = ORIGINATOR.matcher(t);
    while (o.find()) {
      draft.add(Field.NUMBERS, new DocNumber("originator", o.group("id")), text.abs(o.start()),
          text.abs(o.end()), name(), 0.7);
    }
    Matcher p = PARTS.matcher(t);
    if (p.find()) {
      draft.add(Field.NUMBERS, new DocNumber("parts", p.group(1)), text.abs(p.start()),
          text.abs(p.end()), name(), 0.8);
    }
    for (SourceText.Line l : text.lines()) {
      Matcher part = PART.matcher(l.text().strip());
      if (part.find()) {
        draft.add(Field.NUMBERS, new DocNumber("part", part.group(1)), l.start(), l.end(),
            name(), 0.7);
        break;
      }
    }
    Matcher pf = PERSONAL_FOR.matcher(t);
    if (pf.find()) {
      draft.add(Field.TO, new NameRef(pf.group("person"), pf.group(), null),
          text.abs(pf.start()), text.abs(pf.end()), name(), 0.6);
    }
    Matcher full = DTG_FULL.matcher(t);
    if (full.find()) {
      int year = Integer.parseInt(full.group("y"));
      LocalDate day = UsDates.date(year, full.group("mon"), full.group("d"));
      LocalDateTime at = day == null ? null : time(day, full.group("h"), full.group("m"));
      if (at != null) {
        draft.set(Field.DATE, EdtfDate.of(day), text.abs(full.start()), text.abs(full.end()),
            name(), 0.6);
        zoned(at, full.group("z"), text.abs(full.start()), text.abs(full.end()), draft);
      }
      return;
    }
    EdtfDate known = draft.get(Field.DATE, EdtfDate.class);
    if (known == null || !known.isExactDay()) {
      return;
    }
    Matcher s = DTG_SHORT.matcher(t);
    if (s.find()) {
      LocalDate base = known.earliest();
      int d = Integer.parseInt(s.group("d"));
      if (d >= 1 && d <= base.lengthOfMonth()) {
        LocalDateTime at = time(base.withDayOfMonth(d), s.group("h"), s.group("m"));
        if (at != null) {
          zoned(at, s.group("z"), text.abs(s.start()), text.abs(s.end()), draft);
          return;
        }
      }
    }
    Matcher z = ZONED_TIME.matcher(t);
    if (z.find()) {
      LocalDateTime at = time(known.earliest(), z.group("h"), z.group("m"));
      if (at != null) {
        zoned(at, z.group("z"), text.abs(z.start()), text.abs(z.end()), draft);
      }
    }
  }

  private static LocalDateTime time(LocalDate day, String h, String m) {
    int hour = Integer.parseInt(h);
    int min = Integer.parseInt(m);
    return hour > 23 || min > 59 ? null : day.atTime(hour, min);
  }

  static Optional<ZoneOffset> offset(char letter) {
    return Zones.ofLetter(letter);
  }

  private void zoned(LocalDateTime at, String letter, int from, int to, Draft draft) {
    if (letter == null) {
      return;
    }
    Optional<ZoneOffset> off = offset(letter.charAt(0));
    off.ifPresent(o -> draft.set(Field.DATETIME, at.atOffset(o).toString(), from, to, name(),
        0.6));
  }
}
