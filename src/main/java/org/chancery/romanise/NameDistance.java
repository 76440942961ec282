package org.chancery.romanise;

/**
 * How likely two spellings are one name misspelled ({@code Le Kenong} and {@code Li Kenong},
 * {@code Muccio} and {@code Mucio}): a confidence in [0, 1] from the optimal-string-alignment
 * Damerau-Levenshtein distance (insertions, deletions, substitutions, adjacent transpositions)
 * between the plain keys of the two names (no diacritics, case or punctuation).
 *
 * <p>{@code confidence = (1 - distance / longer length) * shortness}, where {@code shortness} is
 * {@code sqrt(length / 8)} below eight letters and 1 from there (equal keys score 1): one letter
 * in a short name is weak evidence ({@code Li} and {@code Le} score 0.25, far from any
 * threshold). Spellings in
 * other romanisation systems are not misspellings: compare {@link Romaniser#key} for those.
 * Stateless and thread-safe.
 */
public final class NameDistance {

  /**
   * At or above this, two names may be merged without asking: one slip in twenty letters or
   * more. Below it callers must never merge automatically.
   */
  public static final double AUTO_MERGE_THRESHOLD = 0.95;

  /**
   * At or above this (and below {@link #AUTO_MERGE_THRESHOLD}), offer "did you mean": one slip in
   * a name of six letters or more ({@code Mucio} for {@code Muccio}, 0.72; {@code Le Kenong} for
   * {@code Li Kenong}, 0.89), two in sixteen.
   */
  public static final double SUGGEST_THRESHOLD = 0.7;

  private static final int FULL_EVIDENCE_LENGTH = 8;

  private NameDistance() {}

  /** The confidence that {@code a} and {@code b} are spellings of one name, in [0, 1]. */
  public static double confidence(String a, String b) {
    String x = Text.plainKey(a == null ? "" : a);
    String y = Text.plainKey(b == null ? "" : b);
    int longer = Math.max(x.length(), y.length());
    if (longer == 0) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    double similarity = 1.0 - (double) distance(x, y) / longer;
    double shortness = Math.sqrt(Math.min(1.0, (double) longer / FULL_EVIDENCE_LENGTH));
    return similarity * shortness;
  }

  /** Whether a caller may merge the two names without asking a person. */
  public static boolean autoMerge(String a, String b) {
    return confidence(a, b) >= AUTO_MERGE_THRESHOLD;
  }

  /** Whether {@code b} is worth suggesting for {@code a} ("did you mean"). */
  public static boolean suggest(String a, String b) {
    return confidence(a, b) >= SUGGEST_THRESHOLD;
  }

  /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a span). */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }
}
