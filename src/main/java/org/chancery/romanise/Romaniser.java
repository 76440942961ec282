package org.chancery.romanise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Spellings of one name across romanisation systems (Pinyin and Wade-Giles, Korean
 * McCune-Reischauer and Revised Romanisation, Russian transliteration schemes).
 *
 * <p>Build one and share it: the syllable tables are read once, at construction.
 * (This first version only normalises; the tables come with issue 4.)
 */
public final class Romaniser {

  /**
   * Every spelling of {@code name} this class can derive, the name itself included: for
   * {@code Peng Dehuai}, {@code P'eng Te-huai}; for {@code Mao Tse-tung}, {@code Mao Zedong}.
   */
  public Set<String> variants(String name) {
    return Set.of(name.strip());
  }

  /**
   * A comparison key equal for two spellings of the same name in any system this class
   * knows ({@code Peng Teh-huai}, {@code P'eng Te-huai} and {@code Peng Dehuai} share one).
   */
  public String key(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ")
        .strip();
  }
}
