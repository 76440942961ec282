package org.chancery.extract;

import java.util.List;
import java.util.Locale;

/**
 * Security classification and precedence words as US documents print them, and the reading
 * of a line made only of them ({@code top secret priority}, {@code secret niact},
 * {@code Secret; Niact}, {@code confidential}) or of a source note's sentences. The one
 * vocabulary of these marks: the TEI reader, the text rules and the evaluation all use it.
 */
public final class SecurityMarks {

  // Longest first, so "top secret" is not read as "secret".
  static final List<String> CLASSIFICATIONS = List.of("limited official use",
      "official use only", "top secret", "secret", "confidential", "restricted",
      "unclassified");
  static final List<String> PRECEDENCES = List.of("operational immediate", "most immediate",
      "niact", "flash", "emergency", "priority", "immediate", "routine");
  /** Words that may share the line and are neither. */
  private static final List<String> CAVEATS = List.of("eyes only", "noforn", "nodis",
      "limdis", "exdis", "personal", "for the secretary", "security information", "and", "—",
      "-", "–");

  /**
   * A classification and a precedence in title case ({@code Top Secret}, {@code Niact}),
   * either null.
   */
  public record Marks(String classification, String precedence) {}

  private SecurityMarks() {}

  /**
   * Reads a line that must be made only of classification, precedence and caveat words, so
   * a small-caps name or place is not mistaken for one.
   *
   * @return the marks, or null when the line is other text
   */
  public static Marks ofLine(String line) {
    String rest = line.toLowerCase(Locale.ROOT).replace('\u00a0', ' ')
        .replaceAll("[.,;:\\[\\]]", " ").replaceAll("\\s+", " ").strip();
    String cls = null;
    String prec = null;
    while (!rest.isEmpty()) {
      String hit = prefix(rest, CLASSIFICATIONS);
      if (hit != null && cls == null) {
        cls = hit;
      } else if ((hit = prefix(rest, PRECEDENCES)) != null && prec == null) {
        prec = hit;
      } else if ((hit = prefix(rest, CAVEATS)) == null) {
        return null;
      }
      rest = rest.substring(hit.length()).strip();
    }
    return cls == null && prec == null ? null : new Marks(title(cls), title(prec));
  }

  /** A classification or precedence named by one sentence of a source note, else null. */
  public static Marks ofSentence(String sentence) {
    String p = sentence.strip().toLowerCase(Locale.ROOT);
    if (CLASSIFICATIONS.contains(p)) {
      return new Marks(title(p), null);
    }
    if (PRECEDENCES.contains(p)) {
      return new Marks(null, title(p));
    }
    return null;
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

  /**
   * The marks a source note names in sentences of their own ({@code ... 611.93/8–155.
   * Secret; Priority.}); only capitalised sentences count, as notes print them.
   */
  public static Marks ofSourceNote(String note) {
    String cls = null;
    String prec = null;
    for (String part : note.split("[.;]")) {
      String p = part.strip();
      if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
        continue;
      }
      Marks m = ofSentence(p);
      if (m != null) {
        cls = cls == null ? m.classification() : cls;
        prec = prec == null ? m.precedence() : prec;
      }
    }
    return new Marks(cls, prec);
  }

  static String title(String words) {
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
