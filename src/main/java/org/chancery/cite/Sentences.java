package org.chancery.cite;

import java.util.List;

/** The small punctuation rules the styles share. */
final class Sentences {

  private Sentences() {}

  /** Ends with a period unless it already ends with one, a question or an exclamation mark. */
  static String end(String s) {
    return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
  }

  /** {@code A}, {@code A and B}, {@code A, B, and C}. */
  static String and(List<String> items) {
    return switch (items.size()) {
      case 0 -> "";
      case 1 -> items.get(0);
      case 2 -> items.get(0) + " and " + items.get(1);
      default -> String.join(", ", items.subList(0, items.size() - 1)) + ", and "
          + items.get(items.size() - 1);
    };
  }

  /** {@code memorandum of conversation} for {@code Memorandum of Conversation}; NATO stays. */
  static String lowerFirst(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : s.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean acronym = word.length() > 1 && Character.isUpperCase(word.charAt(1));
      out.append(acronym || word.isEmpty() ? word
          : Character.toLowerCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }
}
