package org.chancery.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;

/**
 * A US dateline near the top of a document: {@code Seoul, October 18, 1951—3 p.m.},
 * {@code New Delhi, June 3, 1951—4 p. m.}, {@code [Washington,] January 19, 1951.},
 * {@code [Washington,] 15 June 1951.}, {@code January 6 and 7, 1951.} Gives the origin
 * place, the date and, with a printed time, the date-time at the place's zone.
 */
final class DatelineRule implements Rule {

  /** How far down a dateline may stand: below heading, source line and address. */
  static final int TOP_LINES = 14;
  private static final String PLACE = "(?:\\[\\s*)?(?<place>\\p{Lu}[\\p{L}.'’ -]{1,40}?)"
      + "\\s*,?\\s*\\]?\\s*,?\\s+";
  private static final Pattern MONTH_FIRST = Pattern.compile("^(?:" + PLACE + ")?\\[?(?<month>"
      + UsDates.MONTH + ")\\s+(?<day>\\d{1,2})(?:\\s*(?:and|–|-|—)\\s*\\d{1,2})?,?\\s+"
      + "(?<year>1[89]\\d\\d|20\\d\\d)\\]?(?<rest>.*)$");
  private static final Pattern DAY_FIRST = Pattern.compile("^(?:" + PLACE + ")?\\[?(?<day>"
      + "\\d{1,2})\\s+(?<month>" + UsDates.MONTH + ")\\s+(?<year>1[89]\\d\\d|20\\d\\d)\\]?"
      + "(?<rest>.*)$");
  private static final Pattern TIME_TAIL = Pattern.compile("^\\s*[,.]?\\s*(?:[—–-]+|,)\\s*"
      + "(?<time>" + UsDates.CLOCK + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNDATED = Pattern.compile("^\\[\\s*(?<place>\\p{Lu}[\\p{L}.' -]"
      + "{1,40}?)\\s*,\\s*undated\\.?\\s*\\]");

  @Override
  public String name() {
    return "us.dateline";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    int seen = 0;
    for (SourceText.Line line : text.lines()) {
      if (line.isBlank()) {
        continue;
      }
      if (++seen > TOP_LINES) {
        return;
      }
      String s = line.text().strip();
      if (s.length() > 90) {
        continue;
      }
      int lead = line.text().indexOf(s);
      Matcher m = MONTH_FIRST.matcher(s);
      if (!m.matches()) {
        m = DAY_FIRST.matcher(s);
      }
      if (m.matches()) {
        if (read(m, line.start() + lead, draft)) {
          return;
        }
        continue;
      }
      Matcher u = UNDATED.matcher(s);
      if (u.find()) {
        place(u.group("place"), line.start() + lead + u.start("place"),
            line.start() + lead + u.end("place"), draft, 0.8);
        return;
      }
    }
  }

  private boolean read(Matcher m, int at, Draft draft) {
    LocalDate day = UsDates.date(Integer.parseInt(m.group("year")), m.group("month"),
        m.group("day"));
    if (day == null) {
      return false;
    }
    String rest = m.group("rest").strip();
    Matcher t = TIME_TAIL.matcher(rest);
    boolean timed = t.find();
    // A dateline ends after the date or its time; more words mean a sentence.
    if (!timed && !rest.matches("^[.,\\]\\s]*$")) {
      return false;
    }
    draft.set(Field.DATE, EdtfDate.of(day), at + m.start("month") > at + m.start("day")
        ? at + m.start("day") : at + m.start("month"), at + m.end("year"), name(), 0.95);
    String place = m.group("place");
    if (place != null) {
      place(place, at + m.start("place"), at + m.end("place"), draft, 0.9);
    }
    if (timed) {
      LocalDateTime local = UsDates.at(day, UsDates.clock(t.group("time")));
      if (local != null && place != null) {
        int end = at + m.start("rest") + (m.group("rest").length() - rest.length()) + t.end();
        Zones.ofPlace(place.strip()).ifPresent(z -> draft.set(Field.DATETIME,
            Zones.iso(local, z), at + m.start(), end, name(), 0.9));
      }
    }
    return true;
  }

  private void place(String written, int from, int to, Draft draft, double confidence) {
    String p = written.strip().replaceAll("[,\\]]+$", "").strip();
    if (!p.isEmpty()) {
      draft.set(Field.ORIGIN_PLACE, new NameRef(p, written.strip(), null), from, to, name(),
          confidence);
    }
  }
}
