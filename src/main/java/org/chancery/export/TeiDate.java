package org.chancery.export;

import org.chancery.record.EdtfDate;

/**
 * An EDTF date as TEI's dating attributes. A single date of any precision is {@code @when}
 * in W3C form ({@code 1951-10-18}, {@code 1951-10}, {@code 1951}); an interval is
 * {@code @notBefore}/{@code @notAfter} on its earliest and latest day, an open end left
 * out. EDTF's qualifiers become {@code @cert}: approximate ({@code ~}) is medium,
 * uncertain ({@code ?}) and both ({@code %}) low; an unqualified date has no {@code @cert}.
 *
 * @param when the W3C date, or null for an interval
 * @param notBefore the earliest day of an interval, or null
 * @param notAfter the latest day of an interval, or null
 * @param cert high, medium or low certainty, or null when the date is not qualified
 */
record TeiDate(String when, String notBefore, String notAfter, String cert) {

  static TeiDate of(EdtfDate d) {
    String cert = d.uncertain() ? "low" : d.approximate() ? "medium" : null;
    if (!d.isInterval()) {
      return new TeiDate(d.text().replaceAll("[?~%]$", ""), null, null, cert);
    }
    String[] ends = d.text().split("/", -1);
    boolean openStart = ends[0].isEmpty() || ends[0].equals("..");
    boolean openEnd = ends[1].isEmpty() || ends[1].equals("..");
    return new TeiDate(null, openStart ? null : w3c(d.earliest()),
        openEnd ? null : w3c(d.latest()), cert);
  }

  /** A day as xsd:date: four-digit years, a minus sign before years BCE. */
  private static String w3c(java.time.LocalDate day) {
    int y = day.getYear();
    String year = (y < 0 ? "-" : "") + String.format("%04d", Math.abs(y));
    return String.format("%s-%02d-%02d", year, day.getMonthValue(), day.getDayOfMonth());
  }
}
