package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.search.SearchContract.ids;

import java.util.ArrayList;
import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Original-language transcripts over a real Solr index (an embedded core, and a sharded
 * SolrCloud collection whose nodes must have the same analysis): each text is analysed for
 * its language (Russian morphology, Chinese segmentation, Korean morphology) and a query
 * in that language finds it, while English searches over {@link Corpus} find what they
 * always found. The texts are short and written for these tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MultilingualSearchContract {

  static final String RUSSIAN = "molotov-to-mao-ru";
  static final String CHINESE = "peng-to-mao-zh";
  static final String TRADITIONAL = "peng-to-mao-zh-hant";
  static final String KOREAN = "panmunjom-report-ko";

  /** Has the words of the queries only in other inflections than the ones searched. */
  static final String RUSSIAN_TEXT = "Товарищу Мао Цзэдуну. Передаю Вам телеграмму Филиппова "
      + "о нейтральной зоне вокруг Кэсона. Переговоры следует продолжать. Молотов. "
      + "Копия: Хрущёву.";

  private SolrSearchIndex index;

  /** A new, empty index named {@code name}, or the existing one of that name. */
  protected abstract SolrSearchIndex open(String name, QueryExpansion expansion);

  @BeforeAll
  void startAndIndex() {
    index = open("multilingual", QueryExpansion.NONE);
    List<ArchivalRecord> all = new ArrayList<>(Corpus.all());
    all.add(record(RUSSIAN, "Molotov to Mao Zedong, 1951")
        .language("ru").language("en")
        .text(new Text(Text.Kind.ORIGINAL, "ru", RUSSIAN_TEXT, null, null))
        .text(new Text(Text.Kind.TRANSLATION, "en", "To Comrade Mao Zedong. I forward to you "
            + "the message of Filippov about the area around Kaesong. Molotov.", null, null))
        .build());
    all.add(record(CHINESE, "Peng Dehuai to Mao Zedong, 1951")
        .language("zh")
        .text(new Text(Text.Kind.ORIGINAL, "zh",
            "彭德怀同志致电毛泽东，报告开城中立区谈判的情况。", null, null))
        .build());
    all.add(record(TRADITIONAL, "Peng Dehuai to Mao Zedong, a copy in traditional characters")
        .language("zh-Hant")
        .text(new Text(Text.Kind.TRANSCRIPT, "zh-Hant", "彭德懷致電毛澤東，談判繼續進行。",
            null, null))
        .build());
    all.add(record(KOREAN, "Report on the talks, Korean original")
        .language("ko")
        .text(new Text(Text.Kind.ORIGINAL, "ko",
            "유엔군 대표단은 판문점에서 휴전회담을 다시 열자고 제안하였다.", null, null))
        .build());
    index.index(all);
    index.commit();
  }

  @AfterAll
  void close() {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void findsRussianTranscriptByAnotherInflection() {
    // the text has телеграмму Филиппова (accusative, genitive) only
    assertThat(ids(index.search(SearchQuery.of("телеграмма Филиппов")))).containsExactly(RUSSIAN);
    assertThat(ids(index.search(SearchQuery.of("нейтральная зона")))).containsExactly(RUSSIAN);
    assertThat(ids(index.search(SearchQuery.of("\"нейтральная зона\""))))
        .containsExactly(RUSSIAN);
  }

  @Test
  void aSurnameInOneCaseFindsItInAnother() {
    // Молотов and Хрущёву are in the text
    assertThat(ids(index.search(SearchQuery.of("Молотову")))).containsExactly(RUSSIAN);
    assertThat(ids(index.search(SearchQuery.of("Хрущев")))).containsExactly(RUSSIAN);
    assertThat(ids(index.search(SearchQuery.of("Хрущёва")))).containsExactly(RUSSIAN);
  }

  @Test
  void aRussianFunctionWordIsNotRequired() {
    // для is not in the text: a stopword of every searched field, it is left out
    assertThat(ids(index.search(SearchQuery.of("телеграмма для Филиппова"))))
        .containsExactly(RUSSIAN);
  }

  @Test
  void theSnippetMarksTheWordsInTheOriginalLanguage() {
    Hit hit = index.search(SearchQuery.of("телеграмма Филиппов")).hits().get(0);

    assertThat(hit.snippetHtml()).contains("<mark>телеграмму</mark>")
        .contains("<mark>Филиппова</mark>");
  }

  @Test
  void anEnglishQueryShowsTheEnglishTextOfTheSameRecord() {
    Hit hit = index.search(SearchQuery.of("Filippov message")).hits().get(0);

    assertThat(hit.id()).isEqualTo(RUSSIAN);
    assertThat(hit.snippetHtml()).contains("<mark>message</mark>").doesNotContain("Товарищу");
  }

  @Test
  void findsChineseTranscriptByAWordInsideARunOfCharacters() {
    assertThat(ids(index.search(SearchQuery.of("毛泽东"))))
        .containsExactlyInAnyOrder(CHINESE, TRADITIONAL);
    assertThat(ids(index.search(SearchQuery.of("彭德怀"))))
        .containsExactlyInAnyOrder(CHINESE, TRADITIONAL);
    assertThat(ids(index.search(SearchQuery.of("中立区")))).containsExactly(CHINESE);
    assertThat(ids(index.search(SearchQuery.of("周恩来")))).isEmpty();
    assertThat(index.search(SearchQuery.of("开城")).hits().get(0).snippetHtml())
        .contains("<mark>开城</mark>");
  }

  @Test
  void traditionalAndSimplifiedCharactersFindEachOther() {
    assertThat(ids(index.search(SearchQuery.of("彭德懷"))))
        .containsExactlyInAnyOrder(CHINESE, TRADITIONAL);
    assertThat(ids(index.search(SearchQuery.of("开城 毛澤東")))).containsExactly(CHINESE);
    assertThat(ids(index.search(SearchQuery.of("继续")))).containsExactly(TRADITIONAL);
  }

  @Test
  void findsKoreanTranscriptByStem() {
    // the text has 판문점에서 (Panmunjom + the particle "at") and the compound 휴전회담을
    assertThat(ids(index.search(SearchQuery.of("판문점")))).containsExactly(KOREAN);
    assertThat(ids(index.search(SearchQuery.of("휴전")))).containsExactly(KOREAN);
    assertThat(ids(index.search(SearchQuery.of("다시 판문점")))).containsExactly(KOREAN);
    assertThat(index.search(SearchQuery.of("판문점")).hits().get(0).snippetHtml())
        .contains("<mark>판문점</mark>");
  }

  @Test
  void englishSearchesFindWhatTheyFoundBefore() {
    // as in SearchContract, over the same English records plus the transcripts above
    assertThat(ids(index.search(SearchQuery.of("\"neutral zone\""))))
        .containsExactlyInAnyOrder(Corpus.SEED, Corpus.DULLES);
    assertThat(ids(index.search(SearchQuery.of("Hamonten")))).containsExactly(Corpus.SEED);
    assertThat(ids(index.search(SearchQuery.of("the airlift")))).containsExactly(Corpus.TRUMAN);
    // it's is it, a stopword, in every searched field (names used to keep it's)
    assertThat(ids(index.search(SearchQuery.of("it's airlift")))).containsExactly(Corpus.TRUMAN);
    assertThat(ids(index.search(SearchQuery.of("armistice Panmunjom"))))
        .doesNotContain(RUSSIAN, CHINESE, TRADITIONAL, KOREAN);
  }

  private static ArchivalRecord.Builder record(String id, String title) {
    return ArchivalRecord.builder(new RecordId(id)).title(title)
        .date(EdtfDate.parse("1951-10-20"))
        .type("Telegram")
        .author(NameRef.of("Test Author"))
        .state(PublicationState.PUBLISHED);
  }
}
