package org.chancery.romanise;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Mandarin tables: {@code chinese-syllables.tsv} (Pinyin, Wade-Giles, Palladius),
 * {@code chinese-spellings.tsv} (irregular spellings read but never written) and
 * {@code chinese-surnames.tsv}. Immutable after construction.
 */
final class ChineseTable {

  final Map<String, String> pinyinToWadeGiles = new HashMap<>();
  final Map<String, String> pinyinToPalladius = new HashMap<>();
  /** Wade-Giles as read (apostrophes, ü; also ü-less and irregular spellings) to Pinyin. */
  final Map<String, String> wadeGilesToPinyin = new HashMap<>();
  final Map<String, String> palladiusToPinyin = new HashMap<>();
  /** Spellings that are not in the system's own table (teh, hsu for hsü): evidence of Wade-Giles. */
  final Set<String> irregularWadeGiles = new HashSet<>();
  /** Pinyin syllables, and Pinyin spellings read as another (lv and lue for lü, lüe). */
  final Map<String, String> pinyin = new HashMap<>();
  /** Every Wade-Giles syllable without its apostrophe and ü: what Pinyin shares with it. */
  final Set<String> wadeGilesLetters = new HashSet<>();
  final Set<String> surnames = new HashSet<>();
  final Segmenter pinyinSegmenter;
  final Segmenter wadeGilesSegmenter;
  final Segmenter palladiusSegmenter;

  ChineseTable() {
    for (String[] r : Tsv.read("chinese-syllables.tsv", "pinyin", "wade_giles", "palladius")) {
      pinyin.put(r[0], r[0]);
      if (!r[1].isEmpty()) {
        pinyinToWadeGiles.put(r[0], r[1]);
        wadeGilesToPinyin.put(r[1], r[0]);
        wadeGilesLetters.add(plain(r[1]));
      }
      if (!r[2].isEmpty()) {
        pinyinToPalladius.put(r[0], r[2]);
        palladiusToPinyin.put(r[2], r[0]);
      }
    }
    // ü written without its dots (Hsu, Hsueh, Yuan), where that spelling is no other syllable
    for (Map.Entry<String, String> e : Map.copyOf(wadeGilesToPinyin).entrySet()) {
      String bare = e.getKey().replace('\u00fc', 'u');
      if (!bare.equals(e.getKey()) && !wadeGilesToPinyin.containsKey(bare)) {
        wadeGilesToPinyin.put(bare, e.getValue());
        irregularWadeGiles.add(bare);
      }
    }
    for (String p : List.copyOf(pinyin.keySet())) {
      if (p.indexOf('\u00fc') >= 0) {
        pinyin.putIfAbsent(p.replace('\u00fc', 'v'), p);
        pinyin.putIfAbsent(p.replace('\u00fc', 'u'), p);
      }
    }
    for (String[] r : Tsv.read("chinese-spellings.tsv", "spelling", "pinyin", "system", "example")) {
      if (!pinyin.containsKey(r[1])) {
        throw new IllegalStateException("chinese-spellings.tsv: no Pinyin syllable " + r[1]);
      }
      if (r[2].equals("Palladius")) {
        palladiusToPinyin.putIfAbsent(r[0], r[1]);
      } else {
        wadeGilesToPinyin.putIfAbsent(r[0], r[1]);
        irregularWadeGiles.add(r[0]);
      }
    }
    for (String[] r : Tsv.read("chinese-surnames.tsv", "pinyin")) {
      surnames.add(r[0]);
    }
    pinyinSegmenter = new Segmenter(pinyin.keySet(), true);
    wadeGilesSegmenter = new Segmenter(wadeGilesToPinyin.keySet(), false);
    palladiusSegmenter = new Segmenter(palladiusToPinyin.keySet(), false);
  }

  /** A Wade-Giles syllable without apostrophe and dots: {@code ch'ü} as {@code chu}. */
  static String plain(String wadeGiles) {
    return wadeGiles.replace("'", "").replace('\u00fc', 'u');
  }

  /** The aspirated spelling of an unaspirated Wade-Giles syllable ({@code peng}: {@code p'eng}). */
  String aspirated(String syllable) {
    for (String initial : new String[] {"ch", "ts", "tz", "p", "t", "k"}) {
      if (syllable.startsWith(initial) && !syllable.startsWith(initial + "'")) {
        String a = initial + "'" + syllable.substring(initial.length());
        return wadeGilesToPinyin.containsKey(a) ? a : null;
      }
    }
    return null;
  }

  /**
   * The comparison form of a Pinyin syllable: no ü, and aspirated initials folded into their
   * plain partners (p b, t d, k g, q j, ch zh, c z), because Wade-Giles written without its
   * apostrophes (as in US cables) no longer tells them apart.
   */
  static String fold(String syllable) {
    String s = syllable.replace('\u00fc', 'u');
    if (s.startsWith("ch")) {
      return "zh" + s.substring(2);
    }
    return switch (s.charAt(0)) {
      case 'p' -> "b" + s.substring(1);
      case 't' -> "d" + s.substring(1);
      case 'k' -> "g" + s.substring(1);
      case 'q' -> "j" + s.substring(1);
      case 'c' -> "z" + s.substring(1);
      default -> s;
    };
  }
}
