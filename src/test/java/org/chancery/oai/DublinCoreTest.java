package org.chancery.oai;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.EdtfDate;
import org.junit.jupiter.api.Test;

class DublinCoreTest {

  @Test
  void edtfDatesAreWrittenInW3cdtfAtTheirOwnPrecision() {
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("1951-10-18"))).isEqualTo("1951-10-18");
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("1951-10"))).isEqualTo("1951-10");
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("1951"))).isEqualTo("1951");
  }

  @Test
  void uncertainAndApproximateDatesKeepTheirPrecisionButLoseTheQualifier() {
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("1951-10-18?"))).isEqualTo("1951-10-18");
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("1951-10~"))).isEqualTo("1951-10");
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("1951%"))).isEqualTo("1951");
  }

  @Test
  void intervalsAreWrittenAsTheirEndsAndOpenIntervalsAsTheKnownEnd() {
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("1951-10/1951-12"))).isEqualTo("1951-10/1951-12");
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("1951/.."))).isEqualTo("1951");
    assertThat(DublinCore.w3cdtf(EdtfDate.parse("../1953-07-27"))).isEqualTo("1953-07-27");
  }

  @Test
  void charactersXmlCannotCarryAreDroppedAndTheRestKept() {
    assertThat(OaiXml.clean("a\u0001b\u0007c\tok\n")).isEqualTo("abc\tok\n");
    assertThat(OaiXml.clean("lone \uD800 surrogate, pair \uD83D\uDCDC kept"))
        .isEqualTo("lone  surrogate, pair \uD83D\uDCDC kept");
    assertThat(OaiXml.clean("<&>\"'")).isEqualTo("<&>\"'");
    assertThat(OaiXml.clean("\uFFFE")).isEmpty();
  }
}
