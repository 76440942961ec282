package org.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.ArchivalRecord;
import org.chancery.record.DocNumber;
import org.chancery.record.NameRef;
import org.junit.jupiter.api.Test;

class MilitaryMessageTest {

  @Test
  void readsMilitaryDateTimeGroupWithZoneLetter() {
    ArchivalRecord r = UsTelegramTest.extract("Message\n\nflash\n\nC–52688. 120730K July 1951."
        + " This message in 5 parts.\n");
    assertThat(r.date().text()).isEqualTo("1951-07-12");
    assertThat(r.datetime()).isEqualTo("1951-07-12T07:30+09:00");
    assertThat(r.cable().precedence()).isEqualTo("Flash");
    assertThat(r.cable().numbers()).contains(new DocNumber("originator", "C–52688"),
        new DocNumber("parts", "5"));
  }

  @Test
  void readsShortDateTimeGroupInTheDatelinesMonth() {
    ArchivalRecord r = UsTelegramTest.extract("Telegram\n\nTokyo, July 18, 1951.\n\n"
        + "operational immediate\n\nHNC–097. 181530Z. CINCFE personal for Hickey.\n");
    assertThat(r.datetime()).isEqualTo("1951-07-18T15:30Z");
    assertThat(r.cable().precedence()).isEqualTo("Operational Immediate");
    assertThat(r.recipients()).extracting(NameRef::name).contains("Hickey");
  }
}
