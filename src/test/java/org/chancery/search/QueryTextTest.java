package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTextTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "?", " - ", "[]"})
  void aQueryWithoutWordsMatchesEverythingSilently(String text) {
    QueryText.Parsed p = QueryText.parse(text);

    assertThat(p.matchesAll()).isTrue();
    assertThat(p.notice()).isNull();
  }

  @ParameterizedTest(name = "{0}  ->  {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "neutral zone|neutral zone",
      "\"neutral zone\"|\"neutral zone\"",
      "\"neutral zone\"~3|\"neutral zone\"~3",
      "\u201Cneutral zone\u201D|\"neutral zone\"",
      "Author:Mao|author:Mao",
      "author: Mao|author:Mao",
      "author:\"Mao Zedong\"|author:\"Mao Zedong\"",
      "title:(Cable AND 25025)|title:(Cable AND 25025)",
      "Mao OR Stalin|Mao OR Stalin",
      "Mao && Stalin|Mao AND Stalin",
      "NOT Stalin|NOT Stalin",
      "Kaesong -talks|Kaesong -talks",
      "!Stalin Mao|-Stalin Mao",
      "+Stalin|+Stalin",
      "-\"neutral zone\" Kaesong|-\"neutral zone\" Kaesong",
      "-(Mao Stalin) Kaesong|-(Mao Stalin) Kaesong",
      "-author:Mao|-author:Mao",
      "Mao - Stalin|Mao Stalin",
      "Hamon*|Hamon*",
      "Stal~|Stal~",
      "Filippov~1|Filippov~1",
      "Kim-Il-Sung|Kim\\-Il\\-Sung",
      "Kaesong!|Kaesong\\!",
      "P'eng Te-huai|P'eng Te\\-huai",
      "who sent Filippov?|who sent Filippov",
      "Filippov [Stalin]|Filippov Stalin",
      "{!lucene}x|-lucene x",
      "Mao / Stalin|Mao Stalin",
      "Stalin^3 Mao|Stalin Mao",
      "254/3612/shs|254 3612 shs"})
  void wellFormedQueriesAreKeptAndPunctuationIsTidiedSilently(String typed, String sent) {
    QueryText.Parsed p = QueryText.parse(typed);

    assertThat(p.query()).isEqualTo(sent);
    assertThat(p.notice()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "\"neutral zone|an unbalanced quotation mark|neutral zone",
      "neutral \"zone\" \"|an unbalanced quotation mark|neutral zone",
      "(neutral zone|an unbalanced parenthesis|neutral zone",
      "neutral zone)|an unbalanced parenthesis|neutral zone",
      "neutral ( ) zone|empty parentheses|neutral zone",
      "neutral: zone|a colon that does not follow a field name (title:, author:, recipient:, "
          + "person:, place:, subject:, type:, text:)|neutral zone",
      "id:cable-25025|a colon that does not follow a field name (title:, author:, recipient:, "
          + "person:, place:, subject:, type:, text:)|id cable 25025",
      "author:|a colon that does not follow a field name (title:, author:, recipient:, "
          + "person:, place:, subject:, type:, text:)|",
      "neutral zone AND|an AND, OR or NOT with nothing to join|neutral zone",
      "OR neutral zone|an AND, OR or NOT with nothing to join|neutral zone",
      "neutral AND OR zone|an AND, OR or NOT with nothing to join|neutral zone",
      "neutral NOT|an AND, OR or NOT with nothing to join|neutral",
      "author:NOT|an AND, OR or NOT with nothing to join|",
      "neutral zone *|a lone wildcard (*)|neutral zone",
      "*zone|a wildcard (*) at the start of a word|zone",
      "neutral zone \\|a backslash|neutral zone",
      "neutral\\:zone|a backslash|neutral zone",
      "\"neutral \\\" zone\"|a backslash|neutral zone"})
  void malformedQueriesFallBackToTheirWordsWithANotice(String typed, String problem,
      String words) {
    QueryText.Parsed p = QueryText.parse(typed);

    String expectedWords = words == null ? "" : words;
    assertThat(p.query()).isEqualTo(expectedWords.isEmpty() ? null : expectedWords);
    assertThat(p.notice()).isEqualTo("Your search had " + problem + "; showing "
        + (expectedWords.isEmpty() ? "all records." : "results for the words alone."));
  }

  @Test
  void theWordsOfAQueryDropFieldNamesOperatorsAndPunctuation() {
    assertThat(QueryText.plainWords("author:Mao AND \"Stalin (Filippov)* \\ P'eng"))
        .isEqualTo("Mao Stalin Filippov P'eng");
  }

  @Test
  void aQuerySolrRejectedIsSearchedAsWordsWithItsOwnNotice() {
    QueryText.Parsed p = QueryText.wordsOnly("Mao~~~Stalin");

    assertThat(p.query()).isEqualTo("Mao Stalin");
    assertThat(p.notice()).isEqualTo(
        "Your search could not be read as written; showing results for the words alone.");
  }

  @Test
  void anOverlongQueryIsCutToItsFirstWords() {
    QueryText.Parsed p = QueryText.parse("word ".repeat(300));

    assertThat(p.query().split(" ")).hasSize(QueryText.MAX_WORDS);
    assertThat(p.notice()).startsWith("Your search was longer than 1000 characters");
  }
}
