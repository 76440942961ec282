package org.chancery.search;

import static org.chancery.search.SchemaFields.BODY;
import static org.chancery.search.SchemaFields.BODY_KO;
import static org.chancery.search.SchemaFields.BODY_OTHER;
import static org.chancery.search.SchemaFields.BODY_RU;
import static org.chancery.search.SchemaFields.BODY_ZH;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which body field holds a text, by the text's language: each field has the schema's
 * analysis for that language ({@code text_ru}, {@code text_zh}, {@code text_ko}), English
 * and undetermined texts stay in {@code body} ({@code text_en}), and any other language
 * goes to {@code body_other} ({@code text_icu}). {@link SolrQueries} searches, boosts
 * phrases in and highlights every field of {@link #BODIES}, and {@link HitReader} takes
 * a snippet from them in that order.
 */
final class LanguageFields {

  /** Every body field, English first: the order in which snippets are preferred. */
  static final List<String> BODIES = List.of(BODY, BODY_RU, BODY_ZH, BODY_KO, BODY_OTHER);

  /**
   * Primary language subtag (ISO 639-1, or the 639-2/3 code where data uses it) to its
   * body field. {@code mul} and {@code zxx} (several languages, no linguistic content)
   * are read as the archive's default, English.
   */
  private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
      Map.entry("en", BODY), Map.entry("eng", BODY), Map.entry("und", BODY),
      Map.entry("mul", BODY), Map.entry("zxx", BODY),
      Map.entry("ru", BODY_RU), Map.entry("rus", BODY_RU),
      Map.entry("zh", BODY_ZH), Map.entry("zho", BODY_ZH), Map.entry("chi", BODY_ZH),
      Map.entry("cmn", BODY_ZH),
      Map.entry("ko", BODY_KO), Map.entry("kor", BODY_KO));

  private LanguageFields() {}

  /**
   * The body field for a text in {@code language}, a BCP 47 tag ({@code ru},
   * {@code zh-Hant}, {@code ko-KR}); blank or null is undetermined.
   */
  static String body(String language) {
    if (language == null || language.isBlank()) {
      return BODY;
    }
    String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return BY_LANGUAGE.getOrDefault(primary, BODY_OTHER);
  }
}
