package org.chancery.romanise;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Spellings of one name across romanisation systems: Chinese in Pinyin, Wade-Giles and Palladius
 * Cyrillic; Korean in McCune-Reischauer and the Revised Romanization; Russian in Cyrillic,
 * BGN/PCGN, ISO 9, Library of Congress and the English press style. Driven by the tables in
 * {@code src/main/resources/romanise} (see the package documentation).
 *
 * <p>A name is read as the first of these that recognises it: a Korean name of the names table
 * or with a Korean vowel (ŏ ŭ eo eu); a Chinese name ({@code ChineseReader} says when); another
 * Korean name (every syllable known); a Russian name (it must round-trip through a scheme and have
 * a Russian ending or listed name, see {@code Russian}). A Cyrillic name is Russian unless it
 * reads as Chinese in Palladius without being Russian by the table. Anything else (Dulles,
 * Joseph Stalin, Muccio) has no other spelling and the plain key.
 *
 * <p>Build one and share it: the tables and ICU transliterators are loaded once, at construction
 * (about half a second, most of it ICU's); {@link #variants}, {@link #spellings} and {@link #key} then take
 * microseconds and are safe to call from several threads.
 */
public final class Romaniser {

  /** What a name was read as: its spellings (none when ambiguous; made once) and its key. */
  private static final class Read {
    private final Supplier<Set<Spelling>> make;
    private final String key;
    private volatile Set<Spelling> spellings;

    Read(Supplier<Set<Spelling>> make, String key) {
      this.make = make;
      this.key = key;
    }

    Set<Spelling> spellings() {
      Set<Spelling> s = spellings;
      if (s == null) {
        s = Collections.unmodifiableSet(make.get());
        spellings = s;
      }
      return s;
    }
  }

  private static final Pattern KOREAN_VOWEL =
      Pattern.compile("[\u014f\u016d\u014e\u016c]|eo|eu", Pattern.CASE_INSENSITIVE);

  /** Names read lately (authority forms are read twice, for variants and key); bounded. */
  private static final int CACHE_SIZE = 50_000;
  private static final Read NONE = new Read(Set::of, "");

  private final Map<String, Read> cache = new ConcurrentHashMap<>();
  private final Chinese chinese = new Chinese();
  private final Korean korean = new Korean();
  private final Russian russian = new Russian();

  /**
   * Every spelling of {@code name} this class can derive, the name itself included: for
   * {@code Peng Dehuai}, {@code P'eng Te-huai}; for {@code Mao Tse-tung}, {@code Mao Zedong}.
   */
  public Set<String> variants(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name.strip());
    for (Spelling s : spellings(name)) {
      out.add(s.form());
    }
    return out;
  }

  /**
   * The spellings of {@code name} in every system it can be written in, each with its system
   * ({@code P'eng Te-huai — Wade-Giles}); the spelling equal to {@code name} is among them when
   * {@code name} is written in one of the systems. Empty when the name is not recognised.
   */
  public Set<Spelling> spellings(String name) {
    Read r = read(name);
    return r == null ? Set.of() : r.spellings();
  }

  /**
   * A comparison key equal for two spellings of the same name in any system this class
   * knows ({@code Peng Teh-huai}, {@code P'eng Te-huai} and {@code Peng Dehuai} share one).
   * For a Chinese name: its Pinyin syllables without tones, ü or separators, aspirated initials
   * folded into plain ones ({@code bengdehuai}: Wade-Giles without apostrophes cannot tell them
   * apart); Korean: its MR syllables without breves or apostrophes ({@code kaesong}); Russian:
   * its BGN/PCGN spelling without diacritics ({@code vyshinskiy}). Any other name: no
   * diacritics, lower case, letters and digits, single spaces ({@code joseph stalin}).
   */
  public String key(String name) {
    Read r = read(name);
    return r == null ? Text.plainKey(name) : r.key;
  }

  private Read read(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    Read cached = cache.get(name);
    if (cached != null) {
      return cached == NONE ? null : cached;
    }
    Read r = readUncached(name);
    if (cache.size() >= CACHE_SIZE) {
      cache.clear();
    }
    cache.put(name, r == null ? NONE : r);
    return r;
  }

  private Read readUncached(String name) {
    String cleaned = Text.clean(name);
    List<Text.Word> words = Text.words(cleaned);
    if (words == null) {
      return null;
    }
    if (Text.isCyrillic(cleaned)) {
      return readCyrillic(cleaned, words);
    }
    Korean.Reading k = korean.read(cleaned, words);
    if (k != null && (k.row() != null || KOREAN_VOWEL.matcher(cleaned).find())) {
      return korean(k);
    }
    ChineseReader.Reading c = chinese.read(cleaned, words);
    if (c != null) {
      return chinese(cleaned, c);
    }
    if (k != null) {
      return korean(k);
    }
    boolean russianWord = russian.mayBeRussian(words);
    boolean chineseInRussian = words.size() > 1 && words.size() < 4
        && words.stream().allMatch(w -> w.core().length() <= 6);
    String cyrillic = russianWord || chineseInRussian ? russian.cyrillic(words) : null;
    if (cyrillic == null) {
      return null;
    }
    List<Text.Word> cw = Text.words(cyrillic);
    if (russianWord && russian.isRussian(cw)) {
      return new Read(() -> russian.spellings(cw), russian.key(cw));
    }
    // a Chinese name in a Latin transcription of its Russian form (Fyn Si, Stalin's cover name)
    ChineseReader.Reading fromRussian = chineseInRussian ? chinese.read(cyrillic, cw) : null;
    return fromRussian == null ? null : chinese(cyrillic, fromRussian);
  }

  private Read readCyrillic(String cyrillic, List<Text.Word> words) {
    if (!russian.isRussian(words)) {
      ChineseReader.Reading c = chinese.read(cyrillic, words);
      if (c != null) {
        return chinese(cyrillic, c);
      }
    }
    return new Read(() -> russian.spellings(words), russian.key(words));
  }

  private Read chinese(String cleaned, ChineseReader.Reading c) {
    return new Read(() -> c.certain() ? chinese.spellings(cleaned, c) : Set.of(), Chinese.key(c));
  }

  private Read korean(Korean.Reading k) {
    return new Read(() -> korean.spellings(k), korean.key(k));
  }
}
