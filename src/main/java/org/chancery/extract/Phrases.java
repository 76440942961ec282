package org.chancery.extract;

/** Small text helpers for headings and titles, shared by the readers and the evaluation. */
public final class Phrases {

  private Phrases() {}

  /**
   * The index of the first {@code word} outside parentheses and square brackets, or -1:
   * {@code The Ambassador in India (Henderson) to the Secretary} splits at its own " to ",
   * never at one inside {@code (Minister to India)} or an editor's {@code [sent to X]}.
   */
  public static int topLevel(String s, String word) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && s.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }
}
