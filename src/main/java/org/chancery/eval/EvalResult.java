package org.chancery.eval;

import java.util.List;

/**
 * The scores of one run over a volume's split.
 *
 * @param fields per-field accuracy, in report order
 * @param persons persons mentioned, micro-averaged over the documents
 * @param docsPerSecond extraction throughput on one thread (rendering and scoring excluded)
 */
public record EvalResult(String volume, Split split, int documents, List<FieldScore> fields,
    PersonScore persons, double docsPerSecond) {

  /** The score of one field by name ({@code date}, {@code origin_place}, ...). */
  public FieldScore field(String name) {
    return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
  }

  /** One miss: which document, what the editors say, what extraction gave. */
  public record Miss(String doc, String expected, String got) {}

  /**
   * Accuracy of one field over the documents where the gold has a value.
   *
   * @param gold documents where the editors' markup gives the field
   * @param correct of those, how many extraction got right
   */
  public record FieldScore(String field, int gold, int correct, List<Miss> misses) {

    public double accuracy() {
      return gold == 0 ? Double.NaN : (double) correct / gold;
    }
  }

  /** Counts of person ids found and missed, over all documents of the split. */
  public record PersonScore(int truePositives, int falsePositives, int falseNegatives,
      int documentsWithGold) {

    public double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? Double.NaN : (double) truePositives / found;
    }

    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? Double.NaN : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }
  }
}
