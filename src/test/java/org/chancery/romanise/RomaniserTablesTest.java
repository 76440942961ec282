package org.chancery.romanise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped tables, and published name pairs checked against them in both directions. */
class RomaniserTablesTest {

  private final Romaniser r = RomaniserTest.ROMANISER;

  @Test
  void chineseTableHasEveryStandardSyllableOnceInEachSystem() {
    List<String[]> rows = Tsv.read("chinese-syllables.tsv", "pinyin", "wade_giles", "palladius");
    assertThat(rows).hasSizeGreaterThan(400);
    for (int col = 0; col < 3; col++) {
      Set<String> seen = new HashSet<>();
      for (String[] row : rows) {
        assertThat(seen.add(row[col])).as("duplicate " + row[col]).isTrue();
      }
    }
    ChineseTable t = new ChineseTable();
    assertThat(t.pinyinToWadeGiles).containsEntry("zhi", "chih").containsEntry("ci", "tz'u")
        .containsEntry("xue", "hs\u00fceh").containsEntry("ge", "ko").containsEntry("ri", "jih")
        .containsEntry("lü", "lü").containsEntry("yi", "i").containsEntry("er", "erh");
    assertThat(t.pinyinToPalladius).containsEntry("zhou", "чжоу").containsEntry("hui", "хуэй")
        .containsEntry("zi", "цзы");
  }

  /**
   * The shipped syllable table agrees with a published Wade-Giles/Pinyin conversion table
   * (ChinaKnowledge.de, 2011) on every row of it kept as a fixture — aspirated initials,
   * hs-/x-, j-/r-, -ung/-ong, ü and erh included.
   */
  @Test
  void wadeGilesSyllablesAgreeWithAPublishedConversionTable() throws IOException {
    ChineseTable t = new ChineseTable();
    java.util.Map<String, String> wadeToPinyin = new java.util.HashMap<>();
    t.pinyinToWadeGiles.forEach((pinyin, wade) -> wadeToPinyin.put(wade, pinyin));
    int rows = 0;
    try (InputStream in = getClass().getResourceAsStream(
        "/romanise/wade-giles-pinyin-chinaknowledge.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] pair = line.split("\t");
        assertThat(wadeToPinyin.get(pair[0])).as("Wade-Giles " + pair[0]).isEqualTo(pair[1]);
        assertThat(t.pinyinToWadeGiles.get(pair[1])).as("Pinyin " + pair[1])
            .isEqualTo(pair[0]);
        rows++;
      }
    }
    assertThat(rows).isGreaterThan(150);
  }

  @Test
  void everyTableLoads() {
    assertThat(Tsv.read("korean-syllables.tsv", "hangul", "mr", "rr", "other", "surname"))
        .hasSizeGreaterThan(150);
    assertThat(Tsv.read("korean-names.tsv", "hangul", "mr", "rr", "other")).hasSizeGreaterThan(25);
    assertThat(Tsv.read("chinese-names.tsv", "form", "pinyin", "wade_giles", "system"))
        .hasSizeGreaterThan(25);
    assertThat(Tsv.read("russian-names.tsv", "cyrillic", "kind")).hasSizeGreaterThan(40);
  }

  @Test
  void publishedPairsConvertBothWaysAndShareAKey() throws IOException {
    int pairs = 0;
    for (String line : lines()) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("system_a")) {
        continue;
      }
      String[] c = line.split("\t");
      assertThat(r.spellings(c[1])).as(c[1]).contains(new Spelling(c[3], c[2]));
      assertThat(r.spellings(c[3])).as(c[3]).contains(new Spelling(c[1], c[0]));
      assertThat(r.key(c[1])).as(c[1] + " / " + c[3]).isEqualTo(r.key(c[3]));
      pairs++;
    }
    assertThat(pairs).isGreaterThan(40);
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = RomaniserTablesTest.class.getResourceAsStream(
        "/romanise/published-pairs.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
