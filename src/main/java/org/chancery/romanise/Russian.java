package org.chancery.romanise;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Russian names between Cyrillic and the Latin schemes: BGN/PCGN (ICU's built-in
 * {@code Russian-Latin/BGN} and its inverse {@code Latin-Russian/BGN}), ISO 9, Library of
 * Congress (ALA-LC) and the English press style (ICU rules in {@code russian-*.txt}).
 *
 * <p>A Latin word is read back into Cyrillic through BGN/PCGN (after {@code russian-to-bgn.txt}
 * rewrote press and Library of Congress spellings) or ISO 9, and the Cyrillic is kept only if one
 * of the four schemes spells it exactly as the word was written: the name must round-trip. A name
 * is Russian only if, besides, one of its words is Russian by {@code russian-names.tsv} (a typical
 * surname ending, or a listed given name or surname); see that file for why -in is no ending.
 * Transliterators are built once; ICU's are not documented as thread-safe, so calls synchronise.
 */
final class Russian {

  // compiled once: every Russian-looking form of every authority passes here at start-up
  private static final Pattern SOFT_SIGNS = Pattern.compile("[\u02b9\u02ba']");
  private static final Pattern ISO_LETTERS = Pattern.compile("[\u017e\u010d\u0161\u015d\u00e2\u00fb\u00e8]");

  private final Transliterator bgn = Transliterator.getInstance("Russian-Latin/BGN");
  private final Transliterator fromBgn = Transliterator.getInstance("Latin-Russian/BGN");
  private final Transliterator iso = rules("russian-iso9.txt", Transliterator.FORWARD);
  private final Transliterator fromIso = rules("russian-iso9.txt", Transliterator.REVERSE);
  private final Transliterator lc = rules("russian-alalc.txt", Transliterator.FORWARD);
  private final Transliterator press = rules("russian-press.txt", Transliterator.FORWARD);
  private final Transliterator toBgn = rules("russian-to-bgn.txt", Transliterator.FORWARD);
  private final Set<String> endings = new HashSet<>();
  private final Set<String> names = new HashSet<>();
  /** The endings and names in every Latin scheme, to skip ICU for names that cannot qualify. */
  private final Set<String> latinEndings = new HashSet<>();
  private final Set<String> latinNames = new HashSet<>();

  Russian() {
    for (String[] r : Tsv.read("russian-names.tsv", "cyrillic", "kind")) {
      String cyr = r[0].toLowerCase(Locale.ROOT);
      boolean ending = r[1].equals("ending");
      (ending ? endings : names).add(cyr);
      for (Transliterator t : List.of(bgn, iso, lc, press)) {
        (ending ? latinEndings : latinNames).add(compare(run(t, cyr)));
      }
    }
  }

  /** Whether one word of a Latin name could be Russian by the table, in any scheme. */
  boolean mayBeRussian(List<Text.Word> words) {
    for (Text.Word w : words) {
      String word = compare(w.core().toLowerCase(Locale.ROOT));
      if (latinNames.contains(word)) {
        return true;
      }
      for (String e : latinEndings) {
        if (word.length() > e.length() + 1 && word.endsWith(e)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Transliterator rules(String file, int direction) {
    return Transliterator.createFromRules(file, Tsv.text(file), direction);
  }

  /** The Cyrillic of a Latin name that round-trips through one scheme (any name), or null. */
  String cyrillic(List<Text.Word> words) {
    List<String> out = new ArrayList<>();
    for (Text.Word w : words) {
      String latin = w.core().toLowerCase(Locale.ROOT);
      String cyr = null;
      List<String> candidates = ISO_LETTERS.matcher(latin).find()
          ? List.of(run(fromIso, latin)) : List.of(run(fromBgn, run(toBgn, latin)));
      for (String candidate : candidates) {
        if (Text.isCyrillic(candidate) && roundTrips(latin, candidate)) {
          cyr = candidate;
          break;
        }
      }
      if (cyr == null) {
        return null;
      }
      out.add(w.lead() + Text.apply(w.caps(), cyr) + w.trail());
    }
    return String.join(" ", out);
  }

  /** Whether a Cyrillic name is Russian by the endings and names of {@code russian-names.tsv}. */
  boolean isRussian(List<Text.Word> cyrillicWords) {
    for (Text.Word w : cyrillicWords) {
      String word = w.core().toLowerCase(Locale.ROOT);
      if (names.contains(word)) {
        return true;
      }
      for (String e : endings) {
        if (word.length() > e.length() + 1 && word.endsWith(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Cyrillic, BGN/PCGN, ISO 9, Library of Congress and English press spellings. */
  Set<Spelling> spellings(List<Text.Word> cyrillicWords) {
    Set<Spelling> out = new LinkedHashSet<>();
    out.add(new Spelling(write(cyrillicWords, null), Spelling.CYRILLIC));
    out.add(new Spelling(write(cyrillicWords, bgn), Spelling.BGN_PCGN));
    out.add(new Spelling(write(cyrillicWords, iso), Spelling.ISO_9));
    out.add(new Spelling(write(cyrillicWords, lc), Spelling.LIBRARY_OF_CONGRESS));
    out.add(new Spelling(write(cyrillicWords, press), Spelling.ENGLISH_PRESS));
    return out;
  }

  /** The BGN/PCGN spelling folded (ё as е, no diacritics or primes): equal for every scheme. */
  String key(List<Text.Word> cyrillicWords) {
    List<String> out = new ArrayList<>();
    for (Text.Word w : cyrillicWords) {
      String word = w.core().toLowerCase(Locale.ROOT).replace('ё', 'е');
      out.add(run(bgn, word));
    }
    return Text.plainKey(String.join(" ", out));
  }

  private String write(List<Text.Word> words, Transliterator t) {
    List<String> out = new ArrayList<>();
    for (Text.Word w : words) {
      String word = w.core().toLowerCase(Locale.ROOT);
      String latin = t == null ? word : run(t, word);
      out.add(w.lead() + Text.apply(w.caps(), latin) + w.trail());
    }
    return String.join(" ", out);
  }

  private boolean roundTrips(String latin, String cyr) {
    String want = compare(latin);
    for (Transliterator t : List.of(bgn, iso, lc, press)) {
      if (compare(run(t, cyr)).equals(want)) {
        return true;
      }
    }
    return false;
  }

  private static String compare(String s) {
    return SOFT_SIGNS.matcher(Text.stripMarks(s)).replaceAll("");
  }

  /** Runs a transliterator with a space either side, which the rules' word-end contexts need. */
  private static String run(Transliterator t, String s) {
    synchronized (t) {
      return t.transliterate(" " + s + " ").strip();
    }
  }
}
