package org.chancery.export;

/**
 * Text made safe for every export format but JSON Lines (whose JSON escapes carry any
 * character and must round-trip exactly): characters XML 1.0 cannot carry at all are
 * dropped — C0 controls other than tab, line feed and carriage return, lone surrogates,
 * U+FFFE and U+FFFF. They are invisible in documents and usually debris of OCR or
 * copy-paste; a form feed, for one, would otherwise split a plain-text record in two.
 */
final class CleanText {

  private CleanText() {}

  static String of(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean keep;
      if (Character.isHighSurrogate(c)) {
        keep = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (keep) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        keep = allowed(c);
      }
      if (!keep && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (keep && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean allowed(char c) {
    return c == '\t' || c == '\n' || c == '\r'
        || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
  }
}
