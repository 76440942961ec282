package org.chancery.romanise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a run-together word into syllables of a table (Dehuai into de + huai): of all
 * segmentations the one with fewest syllables, and of those the one whose first syllables are
 * longest. A syllable starting with a, o or e may only begin a word (Pinyin writes Xi'an for
 * xi + an; Xian is one syllable); that rule is what keeps English words like Dean out.
 */
final class Segmenter {

  private final Set<String> syllables;
  private final int longest;
  private final boolean vowelOnlyFirst;

  Segmenter(Set<String> syllables, boolean vowelOnlyFirst) {
    this.syllables = syllables;
    this.longest = syllables.stream().mapToInt(String::length).max().orElse(0);
    this.vowelOnlyFirst = vowelOnlyFirst;
  }

  /** The syllables of {@code word} (lower case), or null when it cannot be split. */
  List<String> split(String word, int maxSyllables) {
    int n = word.length();
    int[] best = new int[n + 1];
    int[] next = new int[n + 1];
    best[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      best[i] = Integer.MAX_VALUE;
      for (int len = Math.min(longest, n - i); len >= 1; len--) {
        int j = i + len;
        if (best[j] == Integer.MAX_VALUE || best[j] + 1 >= best[i]) {
          continue;
        }
        String s = word.substring(i, j);
        if (syllables.contains(s) && (i == 0 || !vowelOnlyFirst || !startsWithVowel(s))) {
          best[i] = best[j] + 1;
          next[i] = j;
        }
      }
    }
    if (best[0] == Integer.MAX_VALUE || best[0] > maxSyllables) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i = next[i]) {
      out.add(word.substring(i, next[i]));
    }
    return out;
  }

  private static boolean startsWithVowel(String s) {
    char c = s.charAt(0);
    return c == 'a' || c == 'o' || c == 'e';
  }
}
