package org.chancery.romanise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalising, splitting and re-casing of names; shared by the per-language readers. */
final class Text {

  /** How a word was capitalised, to write its other spellings the same way. */
  enum Caps { UPPER, TITLE, LOWER }

  /**
   * One word of a name: its letters ({@code core}, with inner apostrophes and hyphens) and any
   * punctuation before or after it ({@code "Mao,"}, {@code "I."}).
   */
  record Word(String lead, String core, String trail) {
    Caps caps() {
      return Text.caps(core);
    }
  }

  private static final Pattern WORD = Pattern.compile(
      "^([^\\p{L}\\p{M}]*)([\\p{L}\\p{M}](?:[\\p{L}\\p{M}'\\-]*[\\p{L}\\p{M}])?)([^\\p{L}\\p{M}]*)$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern PINYIN_V = Pattern.compile("(?<=[ln])v");

  private Text() {}

  /** NFC, one apostrophe and one hyphen character, single spaces. */
  static String clean(String name) {
    // One pass instead of three regular expressions: the name expansion cleans every form
    // of every authority at start-up (hundreds of thousands of forms in a large archive).
    String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(APOSTROPHE_CHARS.indexOf(c) >= 0 ? '\''
          : c >= '\u2010' && c <= '\u2013' ? '-' : c);
    }
    return b.toString();
  }

  private static final String APOSTROPHE_CHARS = "\u2019\u2018\u02BC\u02BB`\u00B4";

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The words of a cleaned name, or null when one of them is no word (digits, a lone mark). */
  static List<Word> words(String cleaned) {
    List<Word> out = new ArrayList<>();
    for (String token : cleaned.split(" ")) {
      Matcher m = WORD.matcher(token);
      if (!m.matches()) {
        return null;
      }
      out.add(new Word(m.group(1), m.group(2), m.group(3)));
    }
    return out;
  }

  /** The plain comparison key: no diacritics, lower case, letters and digits, single spaces. */
  static String plainKey(String name) {
    String lower = stripMarks(name).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ') {
        space = b.length() > 0;
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  static String stripMarks(String s) {
    return isAscii(s) ? s
        : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * Lower case without tone marks, circumflexes and breves, but with ü kept (and u: or v after
   * l and n read as ü): {@code Máo Zédōng} and {@code tzŭ} as {@code mao zedong}, {@code tzu}.
   */
  static String toneless(String s) {
    String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c == '\u0308' && i > 0 && d.charAt(i - 1) == 'u') {
        b.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    String out = Normalizer.normalize(b.toString(), Normalizer.Form.NFC);
    return PINYIN_V.matcher(out.replace("u:", "\u00fc")).replaceAll("\u00fc");
  }

  static boolean isCyrillic(String s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  static Caps caps(String core) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    if (letters > 1 && upper == letters) {
      return Caps.UPPER;
    }
    int first = firstLetter(core);
    return first >= 0 && Character.isUpperCase(core.charAt(first)) ? Caps.TITLE : Caps.LOWER;
  }

  /** {@code s} (lower case) written with the capitals of {@code caps}. */
  static String apply(Caps caps, String s) {
    return switch (caps) {
      case UPPER -> s.toUpperCase(Locale.ROOT);
      case TITLE -> {
        int i = firstLetter(s);
        yield i < 0 ? s : s.substring(0, i) + s.substring(i, i + 1).toUpperCase(Locale.ROOT)
            + s.substring(i + 1);
      }
      case LOWER -> s;
    };
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
