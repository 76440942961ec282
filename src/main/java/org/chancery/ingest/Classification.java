package org.chancery.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Security classification and precedence as printed on a telegram: a small-caps line
 * ({@code top secret priority}, {@code secret niact}) in older FRUS volumes, a sentence of
 * the source note ({@code Secret; Priority.}) in newer ones.
 *
 * @param classification {@code Top Secret}, {@code Secret}, ... or null
 * @param precedence {@code Priority}, {@code Niact}, {@code Flash}, ... or null
 */
record Classification(String classification, String precedence) {

  static final Classification NONE = new Classification(null, null);

  // Longest first, so "top secret" is not read as "secret".
  private static final List<String> CLASSIFICATIONS = List.of("limited official use",
      "official use only", "top secret", "secret", "confidential", "restricted",
      "unclassified");
  private static final List<String> PRECEDENCES = List.of("operational immediate",
      "most immediate", "niact", "flash", "emergency", "priority", "immediate", "routine");
  /** Caveats that may share the line and are not either. */
  private static final List<String> CAVEATS = List.of("eyes only", "noforn", "nodis",
      "limdis", "exdis", "personal", "for the secretary", "and", "—", "-");

  /** Keeps what this one knows, filling gaps from the other. */
  Classification or(Classification other) {
    return new Classification(classification != null ? classification : other.classification,
        precedence != null ? precedence : other.precedence);
  }

  /**
   * Reads a small-caps line. The whole line must be made of classification, precedence
   * and caveat words, so a small-caps name or place is not mistaken for one.
   */
  static Classification ofLine(String line) {
    String rest = line.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ")
        .replaceAll("[.,;:]", " ").strip();
    String cls = null;
    String prec = null;
    while (!rest.isEmpty()) {
      String hit = prefix(rest, CLASSIFICATIONS);
      if (hit != null && cls == null) {
        cls = hit;
      } else if ((hit = prefix(rest, PRECEDENCES)) != null && prec == null) {
        prec = hit;
      } else if ((hit = prefix(rest, CAVEATS)) == null) {
        return NONE;
      }
      rest = rest.substring(hit.length()).strip();
    }
    return new Classification(title(cls), title(prec));
  }

  /** Reads the sentences of a source note: {@code ... 611.93/8–155. Secret; Priority.} */
  static Classification ofSourceNote(String note) {
    String cls = null;
    String prec = null;
    for (String part : note.split("[.;]")) {
      String p = part.strip();
      if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
        continue;
      }
      String lower = p.toLowerCase(Locale.ROOT);
      if (cls == null && CLASSIFICATIONS.contains(lower)) {
        cls = lower;
      } else if (prec == null && PRECEDENCES.contains(lower)) {
        prec = lower;
      }
    }
    return new Classification(title(cls), title(prec));
  }

  private static String prefix(String text, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w) && (text.length() == w.length()
          || !Character.isLetter(text.charAt(w.length())))) {
        return w;
      }
    }
    return null;
  }

  private static String title(String words) {
    if (words == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }
}
