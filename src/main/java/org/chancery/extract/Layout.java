package org.chancery.extract;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chancery.record.NameRef;

/** What the layout rules share: number marks, the lines outside embedded documents, zones. */
final class Layout {

  /** The marks before a number: {@code Nº}, {@code N°}, {@code No.}, {@code №}, {@code #}. */
  static final String NUM = "(?:N[º°o]\\.?|№|No\\.?|Nr\\.?|#)";
  /** A number as written: {@code 25025}, {@code 254/3612/shs}, {@code 72/III}. */
  static final String NUMBER = "(\\d[\\w/.-]*\\w|\\d)";
  /** A form of address before a name. */
  static final String ADDRESS = "(?:Cdes?\\.?|Comrades?|Tov\\.)";
  /** A name as cables write it: capitalised words, an editor's bracket after it. */
  static final String NAME = "(?:\\[?[A-Z][\\p{L}'’.-]*\\]?(?:[ -](?:[A-Z][\\p{L}'’.-]*|\\[[^\\]]+\\]))"
      + "{0,3})";

  private static final Pattern SEPARATOR = Pattern.compile("^\\s*[-_=*~]{3,}\\s*$");
  private static final Pattern LONG_LINE = Pattern.compile("(?:\\S+\\s+){11,}\\S");

  private Layout() {}

  /** The lines of the text that lie outside embedded documents. */
  static List<SourceText.Line> outer(SourceText text, Draft draft) {
    List<SourceText.Line> out = new ArrayList<>();
    for (SourceText.Line l : text.lines()) {
      if (!l.isBlank() && !draft.inEmbedded(l.start()) && !draft.inEmbedded(l.end() - 1)) {
        out.add(l);
      }
    }
    return out;
  }

  /** The index in {@code lines} of the first line of running text (a long line), or size. */
  static int bodyStart(List<SourceText.Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (LONG_LINE.matcher(lines.get(i).text()).find()) {
        return i;
      }
    }
    return lines.size();
  }

  static boolean isSeparator(String line) {
    return SEPARATOR.matcher(line).matches();
  }

  /** {@code TOP PRIORITY} as {@code Top Priority}. */
  static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  /**
   * The zone a receiving office keeps its log in: a Soviet channel logs in Moscow time,
   * unless the cable came from Moscow (then the receiving end is not known here).
   */
  static ZoneId receivingZone(Draft draft) {
    NameRef origin = draft.get(Field.ORIGIN_PLACE, NameRef.class);
    if (origin != null && Zones.ofPlace(origin.name()).map(z -> z.getId().equals("Europe/Moscow"))
        .orElse(false)) {
      return null;
    }
    return ZoneId.of("Europe/Moscow");
  }

  /** The zone of the place a document was sent from, or null. */
  static ZoneId senderZone(Draft draft) {
    NameRef origin = draft.get(Field.ORIGIN_PLACE, NameRef.class);
    return origin == null ? null : Zones.ofPlace(origin.name()).orElse(null);
  }

  /** A rule name that says when the year came from the context. */
  static String rule(String name, TimesAndDates.When w) {
    return w != null && w.yearFromContext() ? name + "+context-year" : name;
  }
}
