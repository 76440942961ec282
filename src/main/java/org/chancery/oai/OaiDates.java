package org.chancery.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Datestamps (section 3.3): the catalogue's save time in UTC at seconds granularity, and
 * the {@code from}/{@code until} window of a selective harvest. Both bounds are inclusive
 * at the granularity given: {@code until=2026-11-27} takes the whole day,
 * {@code until=2026-11-27T10:15:30Z} the whole second (a save at 10:15:30.900 is in it),
 * matching the datestamps we print, which drop the milliseconds.
 */
final class OaiDates {

  /** What Identify announces: the finest granularity we support. */
  static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SECONDS =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /**
   * A save-time window: {@code from} inclusive, {@code before} exclusive, each null when
   * open.
   */
  record Window(Instant from, Instant before) {}

  private OaiDates() {}

  /** A datestamp as OAI-PMH prints it: UTC, to the second. */
  static String stamp(Instant t) {
    return STAMP.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * The window of a {@code from}/{@code until} pair (either may be null).
   *
   * @throws OaiError badArgument when a bound is malformed, the two differ in granularity,
   *     or from is later than until
   */
  static Window window(String from, String until) {
    Bound f = from == null ? null : bound("from", from);
    Bound u = until == null ? null : bound("until", until);
    if (f != null && u != null) {
      if (f.days != u.days) {
        throw new OaiError(OaiError.Code.BAD_ARGUMENT, "from and until must have the same "
            + "granularity (both YYYY-MM-DD or both YYYY-MM-DDThh:mm:ssZ).");
      }
      if (f.start.isAfter(u.start)) {
        throw new OaiError(OaiError.Code.BAD_ARGUMENT, "from (" + from + ") is later than "
            + "until (" + until + ").");
      }
    }
    return new Window(f == null ? null : f.start,
        u == null ? null : u.start.plus(1, u.days ? ChronoUnit.DAYS : ChronoUnit.SECONDS));
  }

  private record Bound(Instant start, boolean days) {}

  private static Bound bound(String name, String text) {
    try {
      if (DAY.matcher(text).matches()) {
        return new Bound(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
      }
      if (SECONDS.matcher(text).matches()) {
        return new Bound(Instant.parse(text), false);
      }
    } catch (DateTimeParseException e) {
      // falls through: a well-shaped but impossible date such as 2026-02-30
    }
    throw new OaiError(OaiError.Code.BAD_ARGUMENT, "'" + text + "' is not a valid " + name
        + " date: use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC).");
  }
}
