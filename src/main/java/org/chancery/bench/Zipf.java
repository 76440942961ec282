package org.chancery.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * Zipf(s) over ranks 0..n-1, sampled by inverse CDF on a precomputed table: who writes,
 * who is mentioned and where, as skewed as in a real archive (a few people write most
 * cables), which is what makes facet counts and posting lists look real.
 */
final class Zipf {
  private final double[] cdf;

  Zipf(int n, double s) {
    cdf = new double[Math.max(1, n)];
    double sum = 0;
    for (int k = 0; k < cdf.length; k++) {
      sum += 1.0 / Math.pow(k + 1, s);
      cdf[k] = sum;
    }
    for (int k = 0; k < cdf.length; k++) {
      cdf[k] /= sum;
    }
  }

  int sample(Random r) {
    int i = Arrays.binarySearch(cdf, r.nextDouble());
    return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
  }
}
