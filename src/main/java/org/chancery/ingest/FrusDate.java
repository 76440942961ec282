package org.chancery.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.EdtfDate;

/**
 * A FRUS document's date from the editors' markup. The dateline's {@code <date when>} is
 * the date as printed, in the writer's own time zone, so it wins; the div's
 * {@code frus:doc-dateTime-min/-max} (what history.state.gov sorts by) fills in when the
 * dateline has none, and gives a day interval when the document spans days.
 *
 * @param edtf the date, or null when the markup has none
 * @param datetime ISO-8601 with offset when the markup gives a time and its zone, else null
 */
record FrusDate(EdtfDate edtf, String datetime) {

  private static final Pattern DAY_PART = Pattern.compile("^(-?\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)");
  private static final Pattern HAS_TIME_AND_ZONE =
      Pattern.compile("T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})$");

  static FrusDate of(XmlNode doc) {
    XmlNode dateline = doc.find(n -> n.is("dateline"));
    XmlNode date = dateline == null ? null : dateline.find(n -> n.is("date"));
    if (date != null) {
      String when = date.attr("when");
      if (when != null) {
        EdtfDate d = day(when);
        if (d != null) {
          return new FrusDate(d, datetime(when));
        }
      }
      EdtfDate range = interval(first(date.attr("notBefore"), date.attr("from")),
          first(date.attr("notAfter"), date.attr("to")));
      if (range != null) {
        return new FrusDate(range, null);
      }
    }
    String min = doc.attr("frus:doc-dateTime-min");
    String max = doc.attr("frus:doc-dateTime-max");
    EdtfDate range = interval(min, max);
    String dt = min != null && min.equals(max) ? datetime(min) : null;
    return new FrusDate(range, dt);
  }

  /** A day (or month, or year) when both ends fall on it, else a day interval. */
  private static EdtfDate interval(String min, String max) {
    EdtfDate a = min == null ? null : day(min);
    EdtfDate b = max == null ? null : day(max);
    if (a == null || b == null) {
      return a != null ? a : b;
    }
    if (a.equals(b)) {
      return a;
    }
    return EdtfDate.tryParse(a.text() + "/" + b.text()).orElse(a);
  }

  private static EdtfDate day(String isoish) {
    Matcher m = DAY_PART.matcher(isoish.strip());
    return m.find() ? EdtfDate.tryParse(m.group(1)).orElse(null) : null;
  }

  /** The markup's timestamp when it has a time and an offset: a local time alone would
   * be read in the server's zone and shift the event by hours. */
  private static String datetime(String when) {
    String w = when.strip();
    if (!HAS_TIME_AND_ZONE.matcher(w).find()) {
      return null;
    }
    try {
      OffsetDateTime.parse(w);
      return w;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
