package org.chancery.romanise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a name as Mandarin: which system it is written in (Pinyin, Wade-Giles, Palladius) and its
 * Pinyin syllables, word by word. The rules, in order:
 *
 * <ol>
 *   <li>A name is tried in Wade-Giles and in Pinyin. Each reading that succeeds collects
 *       <em>evidence</em> for its system: for Wade-Giles an aspiration apostrophe (P'eng), a
 *       hyphen between syllables (Te-huai), a spelling Pinyin has not (hsieh, kuo, tse, teh);
 *       for Pinyin a spelling Wade-Giles has not (de, zhou, xi) or a syllable apostrophe (Xi'an).
 *       The system with evidence wins; with evidence for both, the name is no Chinese name.
 *   <li>Without evidence either way (Kao Kang, Wang Ping): when both readings agree, Pinyin; else
 *       the reading whose surname is a common one (gao, not kao: Wade-Giles); else the name is
 *       read as Pinyin for its key only, and no other spelling is derived from it.
 *   <li>Wade-Giles written without any apostrophe is read as the system defines it (no apostrophe
 *       is unaspirated: Chou En-lai is Zhou Enlai), except that a surname whose unaspirated
 *       reading is no common surname takes the aspirated one (Peng: Peng, not Beng). A given name
 *       that lost its apostrophes is misread (Hsiao-ping as Xiaobing); the key still matches.
 *   <li>It must look like a Chinese name: at least two syllables, at most four words, each of at
 *       most three syllables; a name of several words starts with a common surname (or is
 *       hyphenated Wade-Giles); a single word needs a spelling only Chinese has (x, q, zh, j,
 *       -ong, -ian in Pinyin; hs, ts, tz, -ih, ü, a hyphen or apostrophe in Wade-Giles).
 * </ol>
 */
final class ChineseReader {

  /** A name read as Mandarin: per word its Pinyin syllables; {@code certain} = convertible. */
  record Reading(String system, List<Text.Word> words, List<List<String>> syllables,
      boolean certain) {}

  private record Parsed(List<List<String>> syllables, List<String> firstSpelled, boolean evidence,
      boolean strong, boolean marked) {}

  private static final int MAX_SYLLABLES = 3;
  private static final Pattern STRONG_PINYIN = Pattern.compile("(?:x|q|zh|j).*|.*(?:ong|ian)");
  private final ChineseTable t;

  ChineseReader(ChineseTable table) {
    this.t = table;
  }

  /** The reading of a Latin name, or null when it is not recognisably Chinese. */
  Reading read(List<Text.Word> words) {
    Parsed wg = wadeGiles(words);
    Parsed py = pinyin(words);
    boolean wgEv = wg != null && wg.evidence;
    boolean pyEv = py != null && py.evidence;
    if (wgEv && !pyEv) {
      return gate(Spelling.WADE_GILES, words, surnameFix(wg, words), true);
    }
    if (pyEv && !wgEv) {
      return gate(Spelling.PINYIN, words, py, true);
    }
    if (wg == null || py == null || wgEv) {
      return null;
    }
    if (wg.syllables.equals(py.syllables)) {
      return gate(Spelling.PINYIN, words, py, true);
    }
    boolean wgSurname = surname(wg.syllables.get(0));
    boolean pySurname = surname(py.syllables.get(0));
    if (wgSurname != pySurname) {
      return wgSurname ? gate(Spelling.WADE_GILES, words, surnameFix(wg, words), true)
          : gate(Spelling.PINYIN, words, py, true);
    }
    return gate(Spelling.PINYIN, words, py, false);
  }

  /** The reading of a Pinyin form of a table, without the looks-Chinese test; or null. */
  Reading readPinyin(List<Text.Word> words) {
    Parsed py = pinyin(words);
    return py == null ? null : new Reading(Spelling.PINYIN, words, py.syllables, true);
  }

  /** The reading of a Cyrillic name in the Palladius system, or null. */
  Reading readCyrillic(List<Text.Word> words) {
    List<List<String>> out = new ArrayList<>();
    for (Text.Word w : words) {
      List<String> syllables = new ArrayList<>();
      for (String piece : w.core().toLowerCase(Locale.ROOT).split("-")) {
        List<String> split = t.palladiusSegmenter.split(piece, MAX_SYLLABLES);
        if (split == null) {
          return null;
        }
        split.forEach(s -> syllables.add(t.palladiusToPinyin.get(s)));
      }
      out.add(syllables);
    }
    Parsed p = new Parsed(out, List.of(), true, true, false);
    return gate(Spelling.PALLADIUS, words, p, true);
  }

  private Parsed wadeGiles(List<Text.Word> words) {
    List<List<String>> out = new ArrayList<>();
    List<String> firstSpelled = new ArrayList<>();
    boolean evidence = false;
    boolean strong = false;
    boolean marked = false;
    for (Text.Word w : words) {
      String[] pieces = Text.toneless(w.core()).split("-");
      List<String> spelled = new ArrayList<>();
      for (String piece : pieces) {
        if (t.wadeGilesToPinyin.containsKey(piece)) {
          spelled.add(piece);
        } else if (pieces.length == 1) {
          List<String> split = t.wadeGilesSegmenter.split(piece, MAX_SYLLABLES);
          if (split == null) {
            return null;
          }
          spelled.addAll(split);
        } else {
          return null;
        }
      }
      if (pieces.length > 1) {
        evidence = strong = true;
      }
      List<String> syllables = new ArrayList<>();
      for (String s : spelled) {
        syllables.add(t.wadeGilesToPinyin.get(s));
        boolean irregular = t.irregularWadeGiles.contains(s);
        marked |= s.contains("'");
        evidence |= s.contains("'") || irregular || !t.pinyin.containsKey(s);
        strong |= s.contains("'") || irregular || s.startsWith("hs") || s.startsWith("ts")
            || s.startsWith("tz") || s.endsWith("ih") || s.contains("\u00fc");
      }
      if (out.isEmpty()) {
        firstSpelled = spelled;
      }
      out.add(syllables);
    }
    return new Parsed(out, firstSpelled, evidence, strong, marked);
  }

  private Parsed pinyin(List<Text.Word> words) {
    List<List<String>> out = new ArrayList<>();
    boolean evidence = false;
    boolean strong = false;
    for (Text.Word w : words) {
      String core = Text.toneless(w.core());
      List<String> syllables = new ArrayList<>();
      for (String piece : core.split("[-']")) {
        List<String> split = t.pinyinSegmenter.split(piece, MAX_SYLLABLES);
        if (split == null) {
          return null;
        }
        for (String s : split) {
          syllables.add(t.pinyin.get(s));
          evidence |= !t.wadeGilesLetters.contains(s);
          strong |= STRONG_PINYIN.matcher(s).matches();
        }
      }
      if (core.contains("'")) {
        evidence = strong = true;
      }
      out.add(syllables);
    }
    return new Parsed(out, List.of(), evidence, strong, false);
  }

  /** Apostrophe-less Wade-Giles: P'eng written Peng is Peng, not Beng (see the class comment). */
  private Parsed surnameFix(Parsed wg, List<Text.Word> words) {
    List<String> first = wg.syllables.get(0);
    if (wg.marked || words.size() < 2 || first.size() != 1 || surname(first)) {
      return wg;
    }
    String aspirated = t.aspirated(wg.firstSpelled.get(0));
    if (aspirated == null || !t.surnames.contains(t.wadeGilesToPinyin.get(aspirated))) {
      return wg;
    }
    List<List<String>> fixed = new ArrayList<>(wg.syllables);
    fixed.set(0, List.of(t.wadeGilesToPinyin.get(aspirated)));
    return new Parsed(fixed, wg.firstSpelled, wg.evidence, wg.strong, wg.marked);
  }

  private boolean surname(List<String> syllables) {
    return t.surnames.contains(String.join("", syllables));
  }

  private Reading gate(String system, List<Text.Word> words, Parsed p, boolean certain) {
    int total = p.syllables.stream().mapToInt(List::size).sum();
    if (total < 2 || words.size() > 4) {
      return null;
    }
    boolean looksChinese = words.size() == 1 ? p.strong
        : surname(p.syllables.get(0)) || (system.equals(Spelling.WADE_GILES) && p.strong);
    return looksChinese ? new Reading(system, words, p.syllables, certain) : null;
  }
}
