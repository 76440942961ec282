package org.chancery.record;

/**
 * One text of a record: an English translation, an original-language transcript, or the
 * text of an English original. Square brackets in {@code body} are the editors' or
 * translator's insertions ({@code [Stalin]}, {@code [BEIJING]}) and are kept verbatim.
 *
 * @param kind what this text is
 * @param language BCP 47 tag of the body ({@code en}, {@code ru}, {@code zh})
 * @param body the text, line breaks kept
 * @param translator who translated or transcribed it, or null
 * @param source where this text comes from (an edition, a file), or null
 */
public record Text(Kind kind, String language, String body, String translator, String source) {

  /** What a text is relative to the document. */
  public enum Kind { TRANSLATION, ORIGINAL, TRANSCRIPT }

  public Text {
    if (kind == null || body == null) {
      throw new IllegalArgumentException("a text needs a kind and a body");
    }
    language = language == null || language.isBlank() ? "und" : language;
  }
}
