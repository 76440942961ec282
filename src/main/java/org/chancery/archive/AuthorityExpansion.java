package org.chancery.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.Variant;
import org.chancery.romanise.Romaniser;
import org.chancery.search.NameMatch;
import org.chancery.search.QueryExpansion;

/**
 * The names a query mentions, from the authorities the archive knows (its catalogue's and
 * the bundled file's): every authority's forms are its preferred name, its variants and
 * what the {@link Romaniser} derives from each. A phrase of the query names an authority
 * when it equals one of those forms (case-insensitively) or shares its romanisation key
 * ({@code Peng Teh-huai} and {@code P'eng Te-huai}, once the romaniser knows them).
 *
 * <p>Deliberately no fuzzy matching: a close spelling is good evidence in a cable (where
 * {@code NameIndex} resolves it with a confidence), but expanding a reader's query on a
 * guess would silently search other people. Known misspellings are listed as
 * {@code MISSPELLING} variants instead. Immutable; build a new one when authorities change.
 */
public final class AuthorityExpansion implements QueryExpansion {

  /** Longest phrase looked up, in words ({@code Second Main Directorate of the ...}). */
  static final int MAX_WORDS = 8;

  // a word with inner apostrophes, hyphens and dots (P'eng, Te-huai, D.C.), and a final dot
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019.\\-][\\p{L}\\p{N}\\p{M}]+)*\\.?");

  /**
   * One authority's forms, each with why it counts. Authorities written alike (the same
   * person in the persons lists of many FRUS volumes) share one entry: a match reads only
   * the preferred name and the reasons, which are then equal.
   */
  private record Entry(String name, Map<String, String> why) {}

  private final Romaniser romaniser;
  private final Map<String, List<Entry>> byForm;
  private final Map<String, List<Entry>> byKey;

  private AuthorityExpansion(Builder b) {
    this.romaniser = b.romaniser;
    this.byForm = b.byForm;
    this.byKey = b.byKey;
  }

  /** An expansion over these authorities; of two with one id, the first is kept. */
  public static AuthorityExpansion of(List<Authority> authorities, Romaniser romaniser) {
    Builder b = builder(romaniser);
    authorities.forEach(b::add);
    return b.build();
  }

  /**
   * Builds an expansion from authorities given one at a time (a catalogue's, read as a
   * stream), holding only their forms: not the authorities, which at a million FRUS
   * persons-list entries would not fit a small heap.
   */
  public static Builder builder(Romaniser romaniser) {
    return new Builder(romaniser);
  }

  /** Collects authorities for one expansion; of two with one id, the first is kept. */
  public static final class Builder {
    private final Romaniser romaniser;
    private final Map<String, List<Entry>> byForm = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byKey = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    // what each authority added so far is written as: its name and its variants' forms
    // and reasons
    private final Set<List<String>> written = new HashSet<>();

    private Builder(Romaniser romaniser) {
      this.romaniser = romaniser;
    }

    /** Adds an authority's forms, unless one with its id was added before. */
    public Builder add(Authority a) {
      if (!seen.add(a.id())) {
        return this;
      }
      List<String> writtenAs = new ArrayList<>(1 + 2 * a.variants().size());
      writtenAs.add(a.name());
      for (Variant v : a.variants()) {
        writtenAs.add(v.form());
        writtenAs.add(reason(v, a.name()));
      }
      // an entry equal to one already listed under every form would change no match
      if (written.add(writtenAs)) {
        index(a);
      }
      return this;
    }

    private void index(Authority a) {
      Map<String, String> why = new LinkedHashMap<>();
      why.put(a.name(), "preferred name");
      for (Variant v : a.variants()) {
        why.putIfAbsent(v.form(), reason(v, a.name()));
      }
      for (String form : List.copyOf(why.keySet())) {
        for (String derived : romaniser.variants(form)) {
          if (!derived.isBlank()) {
            why.putIfAbsent(derived.strip(), "romanised form of " + a.name());
          }
        }
      }
      Entry e = new Entry(a.name(), why);
      for (String form : why.keySet()) {
        byForm.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        String key = romaniser.key(form);
        if (!key.isBlank()) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
      }
    }

    public AuthorityExpansion build() {
      return new AuthorityExpansion(this);
    }
  }

  /** Why a variant counts, for a reader: {@code cover name of Joseph Stalin, 1949–1953}. */
  static String reason(Variant v, String name) {
    String system = v.system() == null || v.system().isBlank() ? null : v.system().strip();
    String what = switch (v.kind()) {
      case COVER_NAME -> "cover name";
      case PSEUDONYM -> "pseudonym";
      case ROMANISATION -> system == null ? "romanisation" : system + " form";
      case OTHER_LANGUAGE -> system == null ? "other-language form"
          : system.toLowerCase(Locale.ROOT).endsWith("reading") ? system : system + " form";
      case MISSPELLING -> "misspelling";
      case TITLE_FORM -> "title form";
      case NAME_ORDER -> "inverted form";
      case OTHER -> "another form";
    };
    String out = what + " of " + name;
    if (v.from() != null && v.to() != null) {
      out += ", " + v.from() + "\u2013" + v.to();
    } else if (v.from() != null) {
      out += ", from " + v.from();
    } else if (v.to() != null) {
      out += ", until " + v.to();
    }
    return out;
  }

  @Override
  public List<NameMatch> expand(String queryText) {
    if (queryText == null || queryText.isBlank()) {
      return List.of();
    }
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(queryText);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<NameMatch> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = 0;
      // longest phrase first, over words separated by spaces only (not ':', quotes, '(')
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
        if (!spaced(queryText, words, i, n)) {
          continue;
        }
        int start = words.get(i)[0];
        int end = words.get(i + n - 1)[1];
        String phrase = queryText.substring(start, end);
        List<Entry> found = lookup(phrase);
        if (found.isEmpty() && phrase.endsWith(".")) {
          end--;
          phrase = queryText.substring(start, end);
          found = lookup(phrase);
        }
        if (!found.isEmpty()) {
          out.add(match(phrase, start, end, found));
          taken = n;
        }
      }
      i += Math.max(1, taken);
    }
    return out;
  }

  private static boolean spaced(String text, List<int[]> words, int from, int n) {
    for (int k = from + 1; k < from + n; k++) {
      if (!text.substring(words.get(k - 1)[1], words.get(k)[0]).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private List<Entry> lookup(String phrase) {
    if (phrase.equals("AND") || phrase.equals("OR") || phrase.equals("NOT")) {
      return List.of();
    }
    List<Entry> found = byForm.get(phrase.toLowerCase(Locale.ROOT));
    if (found == null) {
      String key = romaniser.key(phrase);
      found = key.isBlank() ? null : byKey.get(key);
    }
    return found == null ? List.of() : found;
  }

  /** Every form of every authority the phrase names (two authorities for one person merge). */
  private static NameMatch match(String typed, int start, int end, List<Entry> found) {
    Set<String> preferred = new LinkedHashSet<>();
    Map<String, String> why = new LinkedHashMap<>();
    // the authority the reader named explains first: typing "Zhou Enlai" makes "Chou
    // En-lai" a Wade-Giles form of Zhou Enlai, even where a FRUS list prefers that spelling;
    // the others follow in name order, whatever order the authorities were added in
    List<Entry> ordered = new ArrayList<>(found);
    ordered.sort(java.util.Comparator.<Entry>comparingInt(e -> e.name()
        .equalsIgnoreCase(typed.strip()) ? 0 : 1).thenComparing(Entry::name));
    for (Entry e : ordered) {
      preferred.add(e.name());
      e.why().forEach((form, reason) -> why.putIfAbsent(form, reason.equals("preferred name")
          ? "preferred name of " + e.name() : reason));
    }
    List<String> forms = new ArrayList<>(why.keySet());
    return new NameMatch(typed, start, end, forms, String.join(" / ", preferred), why);
  }
}
