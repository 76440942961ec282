package org.chancery.ingest;

import org.chancery.extract.SecurityMarks;

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

  /** Keeps what this one knows, filling gaps from the other. */
  Classification or(Classification other) {
    return new Classification(classification != null ? classification : other.classification,
        precedence != null ? precedence : other.precedence);
  }

  /** Reads a small-caps line made only of classification and precedence words. */
  static Classification ofLine(String line) {
    SecurityMarks.Marks m = SecurityMarks.ofLine(line);
    return m == null ? NONE : new Classification(m.classification(), m.precedence());
  }

  /** Reads the sentences of a source note: {@code ... 611.93/8–155. Secret; Priority.} */
  static Classification ofSourceNote(String note) {
    SecurityMarks.Marks m = SecurityMarks.ofSourceNote(note);
    return new Classification(m.classification(), m.precedence());
  }
}
