package org.chancery.romanise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Korean names between McCune-Reischauer (MR) and the Revised Romanization (RR), through the
 * Hangul syllables of {@code korean-syllables.tsv}; whole names and places of
 * {@code korean-names.tsv} first.
 *
 * <p>A name is converted only when every syllable is in the table and stands for exactly one
 * Hangul syllable; breve-less MR is often ambiguous (pyong: 평 or 병?) and is then only keyed,
 * unless the whole name is in the names table. A name counts as Korean when it has a breve (ŏ ŭ)
 * or an RR vowel (eo, eu), or several words of which the first is a common surname (the
 * {@code surname} column); a single plain word only through the names table. MR is written with
 * its voicing inside a word (Panmunjŏm, Yong-gŏn) and r for l before a
 * vowel (Ch'ŏrwŏn); other sound changes between syllables are not modelled.
 */
final class Korean {

  /** A Korean reading: per word, per syllable the Hangul it may stand for. */
  record Reading(List<Text.Word> words, List<List<List<String>>> hangul, List<Boolean> hyphened,
      String[] row) {}

  private record Syllable(String mr, String rr, boolean surname) {}

  private static final Pattern KOREAN_VOWEL = Pattern.compile("[\u014f\u016d]|e[ou]");

  private final Map<String, Syllable> syllables = new LinkedHashMap<>();
  private final Map<String, List<String>> spelled = new HashMap<>();
  private final Map<String, String[]> names = new HashMap<>();
  private final Segmenter segmenter;

  Korean() {
    for (String[] r : Tsv.read("korean-syllables.tsv", "hangul", "mr", "rr", "other", "surname")) {
      syllables.put(r[0], new Syllable(r[1], r[2], r[4].equals("y")));
      List<String> forms = new ArrayList<>(List.of(r[1], bare(r[1]), r[2]));
      forms.add(voiced(r[1]));
      forms.add(voiced(bare(r[1])));
      for (String f : List.copyOf(forms)) {
        if (f.endsWith("l")) {
          forms.add(f.substring(0, f.length() - 1) + "r");
        }
      }
      for (String o : r[3].split(",")) {
        if (!o.isBlank()) {
          forms.add(o.strip());
        }
      }
      for (String f : forms) {
        List<String> h = spelled.computeIfAbsent(f, k -> new ArrayList<>());
        if (!h.contains(r[0])) {
          h.add(r[0]);
        }
      }
    }
    for (String[] r : Tsv.read("korean-names.tsv", "hangul", "mr", "rr", "other")) {
      for (String h : r[0].split("")) {
        if (!syllables.containsKey(h)) {
          throw new IllegalStateException("korean-names.tsv: " + h + " is not in korean-syllables");
        }
      }
      List<String> forms = new ArrayList<>(List.of(r[1], bare(r[1]), r[2]));
      for (String o : r[3].split(",")) {
        forms.add(o);
      }
      forms.stream().filter(f -> !f.isBlank()).forEach(f -> names.putIfAbsent(compact(f), r));
    }
    segmenter = new Segmenter(spelled.keySet(), false);
  }

  /** The Korean reading of a cleaned Latin name, or null when it is not recognisably Korean. */
  Reading read(String cleaned, List<Text.Word> words) {
    String[] row = names.get(compact(cleaned));
    if (row != null) {
      return new Reading(words, List.of(), List.of(), row);
    }
    List<List<List<String>>> hangul = new ArrayList<>();
    List<Boolean> hyphened = new ArrayList<>();
    boolean marked = false;
    int count = 0;
    for (Text.Word w : words) {
      String core = w.core().toLowerCase(Locale.ROOT);
      marked |= KOREAN_VOWEL.matcher(core).find();
      List<List<String>> word = new ArrayList<>();
      String[] pieces = core.split("-");
      for (String piece : pieces) {
        List<String> split = spelled.containsKey(piece) ? List.of(piece)
            : segmenter.split(piece, 4);
        if (split == null) {
          return null;
        }
        split.forEach(s -> word.add(spelled.get(s)));
      }
      count += word.size();
      hangul.add(word);
      hyphened.add(pieces.length > 1);
    }
    if (count < 2 || !(marked || startsWithSurname(hangul))) {
      return null;
    }
    return new Reading(words, hangul, hyphened, null);
  }

  /** Several words, the first a single syllable that is a common surname (Nam Il). */
  private boolean startsWithSurname(List<List<List<String>>> hangul) {
    List<List<String>> first = hangul.get(0);
    return hangul.size() > 1 && first.size() == 1
        && first.get(0).stream().anyMatch(h -> syllables.get(h).surname);
  }

  /** MR, MR without breves, RR and the conventional forms, when the reading is unambiguous. */
  Set<Spelling> spellings(Reading r) {
    Set<Spelling> out = new LinkedHashSet<>();
    String mr;
    String rr;
    if (r.row != null) {
      mr = r.row[1];
      rr = r.row[2];
    } else if (r.hangul.stream().allMatch(w -> w.stream().allMatch(h -> h.size() == 1))) {
      mr = write(r, true);
      rr = write(r, false);
    } else {
      return out;
    }
    out.add(new Spelling(mr, Spelling.MCCUNE_REISCHAUER));
    if (!bare(mr).equals(mr)) {
      out.add(new Spelling(bare(mr), Spelling.MCCUNE_REISCHAUER_PLAIN));
    }
    out.add(new Spelling(rr, Spelling.REVISED_ROMANIZATION));
    if (r.row != null) {
      for (String o : r.row[3].split(",")) {
        if (!o.isBlank() && out.stream().noneMatch(x -> x.form().equals(o.strip()))) {
          out.add(new Spelling(o.strip(), Spelling.KOREAN_CONVENTIONAL));
        }
      }
    }
    return out;
  }

  /** Per syllable its MR form as at the start of a word, without breves and apostrophes. */
  String key(Reading r) {
    StringBuilder b = new StringBuilder();
    if (r.row != null) {
      r.row[0].chars().forEach(h -> b.append(bare(syllables.get(Character.toString(h)).mr)));
    } else {
      r.hangul.forEach(w -> w.forEach(h -> b.append(bare(syllables.get(h.get(0)).mr))));
    }
    return b.toString();
  }

  private String write(Reading r, boolean mr) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.words.size(); i++) {
      StringBuilder b = new StringBuilder();
      List<List<String>> word = r.hangul.get(i);
      for (int j = 0; j < word.size(); j++) {
        Syllable s = syllables.get(word.get(j).get(0));
        String form = mr ? s.mr : s.rr;
        if (j > 0 && mr && voicedEnd(b)) {
          form = voiced(form);
        }
        if (j + 1 < word.size() && form.endsWith("l")
            && "aeiouŏŭwy".indexOf(firstOf(word.get(j + 1), mr)) >= 0) {
          form = form.substring(0, form.length() - 1) + "r";
        }
        if (j > 0 && r.hyphened.get(i)) {
          b.append('-');
        }
        b.append(form);
      }
      Text.Word w = r.words.get(i);
      out.add(w.lead() + Text.apply(w.caps(), b.toString()) + w.trail());
    }
    return String.join(" ", out);
  }

  private char firstOf(List<String> hangul, boolean mr) {
    Syllable s = syllables.get(hangul.get(0));
    return (mr ? s.mr : s.rr).charAt(0);
  }

  private static boolean voicedEnd(StringBuilder b) {
    char c = b.charAt(b.length() - 1);
    return "aeiouŏŭnmlg".indexOf(c) >= 0;
  }

  /** MR inside a word after a voiced sound: k t p ch (not aspirated) as g d b j. */
  private static String voiced(String mr) {
    if (mr.startsWith("ch") && !mr.startsWith("ch'")) {
      return "j" + mr.substring(2);
    }
    if (mr.length() < 2 || mr.charAt(1) == '\'') {
      return mr;
    }
    return switch (mr.charAt(0)) {
      case 'k' -> "g" + mr.substring(1);
      case 't' -> "d" + mr.substring(1);
      case 'p' -> "b" + mr.substring(1);
      default -> mr;
    };
  }

  private static String bare(String mr) {
    return Text.stripMarks(mr).replace("'", "");
  }

  private static String compact(String form) {
    return Text.plainKey(form).replace(" ", "");
  }
}
