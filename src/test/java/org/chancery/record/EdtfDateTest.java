package org.chancery.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdtfDateTest {

  @Test
  void exactDayIsItsOwnSpan() {
    EdtfDate d = EdtfDate.parse("1951-10-18");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(1951, 10, 18));
    assertThat(d.latest()).isEqualTo(d.earliest());
    assertThat(d.isExactDay()).isTrue();
    assertThat(d.display()).isEqualTo("18 October 1951");
  }

  @Test
  void monthOnlySpansTheMonth() {
    EdtfDate d = EdtfDate.parse("1952-02");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(1952, 2, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(1952, 2, 29));
    assertThat(d.precision()).isEqualTo(EdtfDate.Precision.MONTH);
    assertThat(d.display()).isEqualTo("February 1952");
  }

  @Test
  void yearOnlySpansTheYearAndFacetsInIt() {
    EdtfDate d = EdtfDate.parse("1951");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(1951, 1, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(1951, 12, 31));
    assertThat(d.year()).contains(1951);
  }

  @Test
  void uncertainAndApproximateQualifiersAreKeptAndShown() {
    assertThat(EdtfDate.parse("1951?").uncertain()).isTrue();
    assertThat(EdtfDate.parse("1951?").display()).isEqualTo("1951?");
    assertThat(EdtfDate.parse("1951-10~").approximate()).isTrue();
    assertThat(EdtfDate.parse("1951-10~").display()).isEqualTo("circa October 1951");
    EdtfDate both = EdtfDate.parse("1951-10-18%");
    assertThat(both.uncertain()).isTrue();
    assertThat(both.approximate()).isTrue();
    assertThat(both.isExactDay()).isFalse();
  }

  @Test
  void intervalsSpanBothEndsAndCrossingYearsHaveNoYear() {
    EdtfDate d = EdtfDate.parse("1951-10/1952-03");
    assertThat(d.isInterval()).isTrue();
    assertThat(d.earliest()).isEqualTo(LocalDate.of(1951, 10, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(1952, 3, 31));
    assertThat(d.year()).isEmpty();
    assertThat(d.display()).isEqualTo("October 1951 – March 1952");
  }

  @Test
  void openIntervalsReachToTheEndOfTime() {
    EdtfDate d = EdtfDate.parse("1951-10-18/..");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(1951, 10, 18));
    assertThat(d.latest().getYear()).isEqualTo(9999);
    assertThat(d.display()).isEqualTo("18 October 1951 – …");
  }

  @Test
  void sortsApproximateAndPartialDatesAmongExactOnes() {
    List<EdtfDate> dates = new ArrayList<>(List.of(EdtfDate.parse("1951-10-18"),
        EdtfDate.parse("1951"), EdtfDate.parse("1951-10~"), EdtfDate.parse("1950-12-31")));
    Collections.sort(dates);
    assertThat(dates).extracting(EdtfDate::text)
        .containsExactly("1950-12-31", "1951", "1951-10~", "1951-10-18");
  }

  @Test
  void refusesWhatIsNotADate() {
    assertThat(EdtfDate.tryParse("18 October 1951")).isEmpty();
    assertThat(EdtfDate.tryParse("1951-02-30")).isEmpty();
    assertThat(EdtfDate.tryParse("1951-13")).isEmpty();
    assertThat(EdtfDate.tryParse("1952/1951")).isEmpty();
    assertThat(EdtfDate.tryParse("../..")).isEmpty();
    assertThat(EdtfDate.tryParse("")).isEmpty();
    assertThatThrownBy(() -> EdtfDate.parse("soon")).hasMessageContaining("'soon'");
  }
}
