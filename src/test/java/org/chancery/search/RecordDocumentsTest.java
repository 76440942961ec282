package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import org.apache.solr.common.SolrInputDocument;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.PublicationState;
import org.chancery.record.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordDocumentsTest {

  private final SolrInputDocument seed = RecordDocuments.toDocument(Corpus.seed());

  @Test
  void theTitleIsKeptAsWrittenWithALowerCaseSortCopy() {
    assertThat(seed.getFieldValue("id")).isEqualTo(Corpus.SEED);
    assertThat(seed.getFieldValue("title"))
        .isEqualTo("Cable No. 25025, Mao Zedong to Filippov [Stalin]");
    assertThat(seed.getFieldValue("title_sort"))
        .isEqualTo("cable no. 25025, mao zedong to filippov [stalin]");
  }

  @Test
  void theBodyHoldsEveryTextVerbatimEditorsBracketsIncluded() {
    assertThat(values("body")).singleElement().asString().contains("[Hamonten]");
  }

  @Test
  void namesHoldPreferredAndWrittenFormsOfEveryPartyPersonAndPlace() {
    assertThat(values("names")).contains("Mao Zedong", "MAO ZEDONG", "Joseph Stalin",
        "Filippov [Stalin]", "Beijing", "[BEIJING]", "Li Kenong", "Le Kenong", "Kaesong");
  }

  @Test
  void facetFieldsHoldPreferredNamesOnly() {
    assertThat(values("author")).containsExactly("Mao Zedong");
    assertThat(values("recipient")).containsExactly("Joseph Stalin");
    assertThat(values("person")).containsExactly("Li Kenong", "Kim Il Sung", "Peng Dehuai");
    assertThat(values("place")).containsExactly("Beijing", "Kaesong", "Panmunjom");
    assertThat(values("subject")).containsExactly("Korean War", "Armistice negotiations");
    assertThat(values("language")).containsExactly("en", "ru");
    assertThat(values("collection")).containsExactly("korean-war");
    assertThat(seed.getFieldValue("archive"))
        .isEqualTo("Archive of the President of the Russian Federation (APRF)");
    assertThat(seed.getFieldValue("type")).isEqualTo("Cable");
  }

  @Test
  void fieldedSearchFieldsAlsoHoldWrittenForms() {
    assertThat(values("recipient_t")).containsExactly("Joseph Stalin", "Filippov [Stalin]");
    assertThat(values("person_t")).contains("Le Kenong");
  }

  @Test
  void anExactDayFillsEveryDateField() {
    assertThat(seed.getFieldValue("date_start")).isEqualTo(day(1951, 10, 19));
    assertThat(seed.getFieldValue("date_end")).isEqualTo(day(1951, 10, 19));
    assertThat(seed.getFieldValue("date_display")).isEqualTo("19 October 1951");
    assertThat(seed.getFieldValue("year")).isEqualTo("1951");
    assertThat(seed.getFieldValue("decade")).isEqualTo("1950s");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "1951-10, 1951-10-01, 1951-10-31, 1951, 1950s, October 1951",
      "1951?, 1951-01-01, 1951-12-31, 1951, 1950s, 1951?",
      "1951-10/1951-12, 1951-10-01, 1951-12-31, 1951, 1950s, October 1951 – December 1951",
      "1955/1959, 1955-01-01, 1959-12-31, -, 1950s, 1955 – 1959",
      "1949-12/1950-02, 1949-12-01, 1950-02-28, -, -, December 1949 – February 1950"})
  void aDateSpanFallsInAYearOrDecadeOnlyWhenItFitsInside(String edtf, LocalDate start,
      LocalDate end, String year, String decade, String display) {
    SolrInputDocument d = RecordDocuments.toDocument(
        Corpus.muccio().toBuilder().date(EdtfDate.parse(edtf)).build());

    assertThat(d.getFieldValue("date_start")).isEqualTo(RecordDocuments.day(start));
    assertThat(d.getFieldValue("date_end")).isEqualTo(RecordDocuments.day(end));
    assertThat(d.getFieldValue("year")).isEqualTo(year);
    assertThat(d.getFieldValue("decade")).isEqualTo(decade);
    assertThat(d.getFieldValue("date_display")).isEqualTo(display);
  }

  @Test
  void anUndatedRecordHasNoDateFields() {
    SolrInputDocument d = RecordDocuments.toDocument(Corpus.undated());

    assertThat(d.getFieldNames()).doesNotContain("date_start", "date_end", "date_display",
        "year", "decade");
  }

  @Test
  void blankTextsAndMissingValuesAddNothing() {
    ArchivalRecord r = Corpus.undated().toBuilder().summary(" ")
        .text(new Text(Text.Kind.ORIGINAL, "en", "  ", null, null)).build();

    SolrInputDocument d = RecordDocuments.toDocument(r);

    assertThat(d.getFieldNames()).doesNotContain("summary", "archive", "recipient");
    assertThat(d.getFieldValues("body")).hasSize(1);
  }

  @Test
  void eachTextGoesToTheBodyFieldOfItsLanguage() {
    ArchivalRecord r = Corpus.seed().toBuilder()
        .text(new Text(Text.Kind.ORIGINAL, "ru", "Товарищу Филиппову.", null, null))
        .text(new Text(Text.Kind.TRANSCRIPT, "zh-Hant", "毛澤東", null, null))
        .text(new Text(Text.Kind.TRANSCRIPT, "ko", "판문점에서", null, null))
        .text(new Text(Text.Kind.TRANSLATION, "fr", "Au camarade Filippov.", null, null))
        .text(new Text(Text.Kind.TRANSCRIPT, null, "Undetermined.", null, null))
        .build();

    SolrInputDocument d = RecordDocuments.toDocument(r);

    assertThat(d.getFieldValues("body")).hasSize(2).contains("Undetermined.");
    assertThat(d.getFieldValues("body_ru")).containsExactly("Товарищу Филиппову.");
    assertThat(d.getFieldValues("body_zh")).containsExactly("毛澤東");
    assertThat(d.getFieldValues("body_ko")).containsExactly("판문점에서");
    assertThat(d.getFieldValues("body_other")).containsExactly("Au camarade Filippov.");
  }

  @Test
  void anUnpublishedRecordIsRefused() {
    ArchivalRecord draft = Corpus.seed().withState(PublicationState.IN_REVIEW);

    assertThatThrownBy(() -> RecordDocuments.toDocument(draft))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only published records are indexed");
  }

  private Collection<Object> values(String field) {
    return seed.getFieldValues(field);
  }

  private static Date day(int y, int m, int d) {
    return RecordDocuments.day(LocalDate.of(y, m, d));
  }
}
