package org.chancery.extract;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Time zones of the places and zone letters cables are written in. Offsets come from the
 * tz database for the date in question, so historical offsets (Moscow, Korea) are right.
 */
final class Zones {

  private static final Map<String, ZoneId> PLACES = Map.ofEntries(
      Map.entry("moscow", ZoneId.of("Europe/Moscow")),
      Map.entry("beijing", ZoneId.of("Asia/Shanghai")),
      Map.entry("peking", ZoneId.of("Asia/Shanghai")),
      Map.entry("peiping", ZoneId.of("Asia/Shanghai")),
      Map.entry("shanghai", ZoneId.of("Asia/Shanghai")),
      Map.entry("taipei", ZoneId.of("Asia/Taipei")),
      Map.entry("pyongyang", ZoneId.of("Asia/Pyongyang")),
      Map.entry("seoul", ZoneId.of("Asia/Seoul")),
      Map.entry("pusan", ZoneId.of("Asia/Seoul")),
      Map.entry("tokyo", ZoneId.of("Asia/Tokyo")),
      Map.entry("washington", ZoneId.of("America/New_York")),
      Map.entry("new york", ZoneId.of("America/New_York")),
      Map.entry("london", ZoneId.of("Europe/London")),
      Map.entry("paris", ZoneId.of("Europe/Paris")),
      Map.entry("geneva", ZoneId.of("Europe/Zurich")),
      Map.entry("new delhi", ZoneId.of("Asia/Kolkata")),
      Map.entry("hong kong", ZoneId.of("Asia/Hong_Kong")));

  private Zones() {}

  /** The zone of a place name, if known. */
  static Optional<ZoneId> ofPlace(String place) {
    if (place == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(PLACES.get(NameIndex.normal(place)));
  }

  /**
   * A military zone letter: Z = UTC, A..M (without J) = UTC+1..+12, N..Y = UTC−1..−12 —
   * except K, which the Far East Command's traffic of the Korean War used for Korea and
   * Japan time, UTC+9 (the NATO letter K would be +10; these archives hold FEC messages).
   */
  static Optional<ZoneOffset> ofLetter(char letter) {
    char c = Character.toUpperCase(letter);
    if (c == 'Z') {
      return Optional.of(ZoneOffset.UTC);
    }
    if (c == 'K') {
      return Optional.of(ZoneOffset.ofHours(9));
    }
    if (c >= 'A' && c <= 'M' && c != 'J') {
      int h = c - 'A' + 1 - (c > 'J' ? 1 : 0);
      return Optional.of(ZoneOffset.ofHours(h));
    }
    if (c >= 'N' && c <= 'Y') {
      return Optional.of(ZoneOffset.ofHours(-(c - 'N' + 1)));
    }
    return Optional.empty();
  }

  /** A local time at a zone as ISO-8601 with the offset in force then. */
  static String iso(LocalDateTime local, ZoneId zone) {
    return local.atZone(zone).toOffsetDateTime().toString();
  }

  /** Washington's names for its zones as printed in FRUS ("EST", "EDT"). */
  static Optional<ZoneOffset> ofAbbreviation(String abbr) {
    return switch (abbr.toUpperCase(Locale.ROOT)) {
      case "EST" -> Optional.of(ZoneOffset.ofHours(-5));
      case "EDT" -> Optional.of(ZoneOffset.ofHours(-4));
      case "GMT", "UTC", "Z" -> Optional.of(ZoneOffset.UTC);
      default -> Optional.empty();
    };
  }
}
