package org.chancery.romanise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mandarin names: reads them with {@link ChineseReader}, writes them in Pinyin, Wade-Giles (with
 * and without apostrophes) and Palladius Cyrillic, and keys them by their folded Pinyin syllables.
 * Conventional forms that follow no system (Peking, Chiang Kai-shek) come from
 * {@code chinese-names.tsv} and are only ever matched whole.
 */
final class Chinese {

  /** A row of the conventional-names table, with the reading of its Pinyin. */
  private record Conventional(String form, String system, ChineseReader.Reading reading) {}

  private final ChineseTable t = new ChineseTable();
  private final ChineseReader reader = new ChineseReader(t);
  private final Map<String, Conventional> conventional = new HashMap<>();

  Chinese() {
    for (String[] r : Tsv.read("chinese-names.tsv", "form", "pinyin", "wade_giles", "system")) {
      ChineseReader.Reading reading = reader.readPinyin(Text.words(r[1]));
      if (reading == null) {
        throw new IllegalStateException("chinese-names.tsv: cannot read Pinyin " + r[1]);
      }
      Conventional c = new Conventional(r[0], r[3], reading);
      for (String form : List.of(r[0], r[1], r[2], ChineseTable.plain(r[2]))) {
        conventional.putIfAbsent(compact(form), c);
      }
    }
  }

  /** The Mandarin reading of a cleaned name, or null. */
  ChineseReader.Reading read(String cleaned, List<Text.Word> words) {
    Conventional c = conventional.get(compact(cleaned));
    if (c != null) {
      return c.reading;
    }
    return Text.isCyrillic(cleaned) ? reader.readCyrillic(words) : reader.read(words);
  }

  /** Every spelling of a certain reading, the conventional form first when there is one. */
  Set<Spelling> spellings(String cleaned, ChineseReader.Reading r) {
    Set<Spelling> out = new LinkedHashSet<>();
    Conventional c = conventional.get(compact(cleaned));
    if (c != null) {
      out.add(new Spelling(c.form, Spelling.CHINESE_CONVENTIONAL + " (" + c.system + ")"));
    }
    out.add(new Spelling(write(r, Spelling.PINYIN), Spelling.PINYIN));
    String wg = write(r, Spelling.WADE_GILES);
    out.add(new Spelling(wg, Spelling.WADE_GILES));
    String plain = ChineseTable.plain(wg).replace('\u00dc', 'U');
    if (!plain.equals(wg)) {
      out.add(new Spelling(plain, Spelling.WADE_GILES_PLAIN));
    }
    if (c == null) {
      out.add(new Spelling(write(r, Spelling.PALLADIUS), Spelling.PALLADIUS));
    }
    return out;
  }

  /** The folded Pinyin syllables of the name, without separators: {@code bengdehuai}. */
  static String key(ChineseReader.Reading r) {
    StringBuilder b = new StringBuilder();
    r.syllables().forEach(word -> word.forEach(s -> b.append(ChineseTable.fold(s))));
    return b.toString();
  }

  private String write(ChineseReader.Reading r, String system) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.words().size(); i++) {
      Text.Word w = r.words().get(i);
      List<String> syllables = r.syllables().get(i);
      String word = switch (system) {
        case Spelling.PINYIN -> pinyin(syllables);
        case Spelling.WADE_GILES -> String.join("-",
            syllables.stream().map(t.pinyinToWadeGiles::get).toList());
        default -> String.join("", syllables.stream().map(t.pinyinToPalladius::get).toList());
      };
      out.add(w.lead() + Text.apply(w.caps(), word) + w.trail());
    }
    return String.join(" ", out);
  }

  private static String pinyin(List<String> syllables) {
    StringBuilder b = new StringBuilder();
    for (String s : syllables) {
      if (b.length() > 0 && "aoe".indexOf(s.charAt(0)) >= 0) {
        b.append('\'');
      }
      b.append(s);
    }
    return b.toString();
  }

  private static String compact(String form) {
    return Text.plainKey(form).replace(" ", "");
  }
}
