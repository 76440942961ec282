package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The text being read, split into lines that remember where they start, so every rule
 * can report the exact span a value came from. Offsets are relative to the text given
 * plus {@code base}: a transcript cut out of a larger file keeps the file's offsets.
 */
final class SourceText {

  /** One line: its text without the line break and its span in the source. */
  record Line(int index, int start, int end, String text) {

    boolean isBlank() {
      return text.isBlank();
    }
  }

  private final String text;
  private final int base;
  private final List<Line> lines;

  SourceText(String text, int base) {
    this.text = text;
    this.base = base;
    List<Line> l = new ArrayList<>();
    int at = 0;
    int i = 0;
    while (at <= text.length()) {
      int nl = text.indexOf('\n', at);
      int end = nl < 0 ? text.length() : nl;
      String content = text.substring(at, end);
      if (content.endsWith("\r")) {
        content = content.substring(0, content.length() - 1);
      }
      l.add(new Line(i++, base + at, base + at + content.length(), content));
      if (nl < 0) {
        break;
      }
      at = nl + 1;
    }
    this.lines = List.copyOf(l);
  }

  String text() {
    return text;
  }

  /** Offset of this text's first character in the original source. */
  int base() {
    return base;
  }

  List<Line> lines() {
    return lines;
  }

  /** The source offset of a position in {@link #text()}. */
  int abs(int local) {
    return base + local;
  }

  /** A part of this text, keeping source offsets (for embedded documents). */
  SourceText slice(int localStart, int localEnd) {
    return new SourceText(text.substring(localStart, localEnd), base + localStart);
  }
}
