package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.store.RecordKey.Kind;
import org.junit.jupiter.api.Test;

class RecordKeyTest {

  @Test
  void numbersMeetWhateverPrefixCaseAndDashTheyWereWrittenWith() {
    assertThat(RecordKey.number(Kind.NUMBER, "Nº 254/3612/shs"))
        .isEqualTo(RecordKey.number(Kind.NUMBER, "254/3612/SHS"));
    assertThat(RecordKey.number(Kind.NUMBER, "No. 5205")).contains(new RecordKey(Kind.NUMBER,
        "5205"));
    assertThat(RecordKey.number(Kind.NUMBER, "HNC–097")).contains(new RecordKey(Kind.NUMBER,
        "HNC-097"));
    assertThat(RecordKey.number(Kind.NUMBER, "  ")).isEmpty();
  }

  @Test
  void dateTimesMeetAsInstantsToTheMinute() {
    assertThat(RecordKey.dateTime(Kind.DATETIME, "1951-10-18T05:30+08:00"))
        .isEqualTo(RecordKey.dateTime(Kind.DATETIME, "1951-10-18T00:30:40+03:00"));
    assertThat(RecordKey.dateTime(Kind.DATETIME, "1951-10-18")).isEmpty();
    assertThat(RecordKey.dateTime(Kind.DATETIME, "1951-10-18T05:30")).isEmpty();
  }
}
