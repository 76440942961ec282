package org.chancery.romanise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NameDistanceTest {

  @Test
  void suggestsButNeverAutoMergesOneSlipInAWholeName() {
    double c = NameDistance.confidence("Le Kenong", "Li Kenong");
    assertThat(c).isGreaterThanOrEqualTo(NameDistance.SUGGEST_THRESHOLD)
        .isLessThan(NameDistance.AUTO_MERGE_THRESHOLD);
    assertThat(NameDistance.suggest("Mucio", "Muccio")).isTrue();
    assertThat(NameDistance.autoMerge("Mucio", "Muccio")).isFalse();
    assertThat(NameDistance.suggest("Filipov", "Filippov")).isTrue();
  }

  @Test
  void takesShortNamesAsWeakEvidence() {
    assertThat(NameDistance.confidence("Li", "Le")).isCloseTo(0.25, within(1e-9));
    assertThat(NameDistance.suggest("Li", "Le")).isFalse();
    assertThat(NameDistance.suggest("Joy", "Jay")).isFalse();
  }

  @Test
  void rejectsDifferentNames() {
    assertThat(NameDistance.suggest("Dulles", "Dallas")).isFalse();
    assertThat(NameDistance.suggest("Molotov", "Malik")).isFalse();
    assertThat(NameDistance.confidence("", "Malik")).isZero();
  }

  @Test
  void mergesOnlyIdenticalKeysOrOneSlipInALongName() {
    assertThat(NameDistance.confidence("RIDGWAY", "Ridgway")).isEqualTo(1.0);
    assertThat(NameDistance.autoMerge("Second Main Directorate", "Second Main Directorat"))
        .isTrue();
    assertThat(NameDistance.autoMerge("Vyshinsky", "Vishinsky")).isFalse();
  }

  @Test
  void countsATranspositionAsOneEdit() {
    assertThat(NameDistance.distance("dehuai", "dehaui")).isEqualTo(1);
    assertThat(NameDistance.distance("kenong", "kenong")).isZero();
    assertThat(NameDistance.distance("", "abc")).isEqualTo(3);
  }
}
