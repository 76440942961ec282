package org.chancery.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.EdtfDate;
import org.junit.jupiter.api.Test;

class StyleDatesTest {

  private static String chicago(String edtf) {
    return StyleDates.CHICAGO.format(edtf == null ? null : EdtfDate.parse(edtf)).orElseThrow();
  }

  private static String mla(String edtf) {
    return StyleDates.MLA.format(edtf == null ? null : EdtfDate.parse(edtf)).orElse("(none)");
  }

  private static String apa(String edtf) {
    return StyleDates.APA.format(edtf == null ? null : EdtfDate.parse(edtf)).orElseThrow();
  }

  @Test
  void exactMonthAndYearDatesReadAsEachStyleWritesThem() {
    assertThat(chicago("1951-10-18")).isEqualTo("October 18, 1951");
    assertThat(mla("1951-10-18")).isEqualTo("18 Oct. 1951");
    assertThat(apa("1951-10-18")).isEqualTo("1951, October 18");
    assertThat(chicago("1951-10")).isEqualTo("October 1951");
    assertThat(mla("1951-06")).isEqualTo("June 1951");
    assertThat(mla("1951-09")).isEqualTo("Sept. 1951");
    assertThat(apa("1951-10")).isEqualTo("1951, October");
    assertThat(chicago("1951")).isEqualTo("1951");
    assertThat(apa("1951")).isEqualTo("1951");
  }

  @Test
  void approximateDatesAreCirca() {
    assertThat(chicago("1951~")).isEqualTo("ca. 1951");
    assertThat(mla("1951~")).isEqualTo("c. 1951");
    assertThat(apa("1951~")).isEqualTo("ca. 1951");
    assertThat(chicago("1951-10-18~")).isEqualTo("ca. October 18, 1951");
  }

  @Test
  void uncertainDatesCarryAQuestionMarkInBracketsWhereTheStyleSaysSo() {
    assertThat(chicago("1951-10?")).isEqualTo("[October 1951?]");
    assertThat(mla("1951?")).isEqualTo("[1951?]");
    assertThat(apa("1951-10?")).isEqualTo("1951, October?");
    assertThat(chicago("1951%")).isEqualTo("[ca. 1951?]");
    assertThat(apa("1951%")).isEqualTo("ca. 1951?");
  }

  @Test
  void rangesNameTheSharedYearOnceAndYearsOnlyInApaAcrossYears() {
    assertThat(chicago("1951-10/1951-11")).isEqualTo("October–November 1951");
    assertThat(chicago("1951-10-18/1951-11-02")).isEqualTo("October 18–November 2, 1951");
    assertThat(mla("1951-10-18/1951-11-02")).isEqualTo("18 Oct.–2 Nov. 1951");
    assertThat(apa("1951-10-18/1951-11-02")).isEqualTo("1951, October 18–November 2");
    assertThat(chicago("1955-01-13/1957-12-31")).isEqualTo("January 13, 1955–December 31, 1957");
    assertThat(apa("1955-01-13/1957-12-31")).isEqualTo("1955–1957");
    assertThat(chicago("1950/1953")).isEqualTo("1950–1953");
  }

  @Test
  void openRangesKeepTheirOpenEnd() {
    assertThat(chicago("1951/..")).isEqualTo("1951–");
    assertThat(apa("../1951-10")).isEqualTo("–1951, October");
    assertThat(mla("1951-10~/..")).isEqualTo("c. Oct. 1951–");
  }

  @Test
  void undatedIsNoDateInChicagoAndApaAndLeftOutInMla() {
    assertThat(chicago(null)).isEqualTo("n.d.");
    assertThat(apa(null)).isEqualTo("n.d.");
    assertThat(mla(null)).isEqualTo("(none)");
  }
}
