package org.chancery.record;

/**
 * Where an extracted value came from: the span of the source text it was read from,
 * the rule that read it, how sure that rule is, and whether a person confirmed it.
 *
 * @param field the record field the value fills ({@code date}, {@code from[0]})
 * @param start the span's first character in the text, or -1 when not from text
 * @param end one past the span's last character, or -1
 * @param rule the extractor rule or reader that produced the value
 * @param confidence in [0, 1]
 * @param confirmed true once a cataloguer confirmed or corrected the value
 */
public record Provenance(String field, int start, int end, String rule, double confidence,
    boolean confirmed) {

  public Provenance {
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }
  }

  /** A value read from structured markup or metadata by a reader: certain, unconfirmed. */
  public static Provenance fromMarkup(String field, String rule) {
    return new Provenance(field, -1, -1, rule, 1.0, false);
  }
}
