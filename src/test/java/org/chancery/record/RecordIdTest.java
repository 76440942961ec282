package org.chancery.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordIdTest {

  @Test
  void slugKeepsLettersAndDigitsOnly() {
    assertThat(RecordId.slug("000_949e860dde43995a").value()).isEqualTo("000-949e860dde43995a");
    assertThat(RecordId.slug("frus1951v07p2 / d12").value()).isEqualTo("frus1951v07p2-d12");
  }

  @Test
  void slugDropsAccents() {
    assertThat(RecordId.slug("Peng Déhuài").value()).isEqualTo("peng-dehuai");
  }

  @Test
  void refusesIdsThatAreUnsafeInUrls() {
    assertThat(RecordId.isValid("../etc/passwd")).isFalse();
    assertThat(RecordId.isValid("Caps")).isFalse();
    assertThat(RecordId.isValid("<script>")).isFalse();
    assertThatThrownBy(() -> new RecordId("a b")).hasMessageContaining("'a b'");
    assertThatThrownBy(() -> RecordId.slug("!!!")).isInstanceOf(IllegalArgumentException.class);
  }
}
