package org.chancery.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;

/**
 * Finds the authority a written name refers to: by any of its forms (preferred name,
 * variants, the inverted list form {@code Johnson, U. Alexis}), by a surname that only
 * one authority of the kind has, or — for misspellings such as {@code Le Kenong} — by a
 * close spelling, never below {@link #FUZZY_FLOOR} and never when two authorities are
 * nearly as close.
 */
public final class NameIndex {

  static final double FUZZY_FLOOR = 0.85;
  // A score below this can neither be the best (under the floor) nor come within 0.05 of a
  // best above the floor, so the close-spelling scan may stop computing it early.
  private static final double FUZZY_IRRELEVANT = FUZZY_FLOOR - 0.06;

  // Forms of address and ranks, stripped before matching ("Cde. FILIPPOV", "Colonel Makarov").
  private static final Pattern ADDRESS = Pattern.compile(
      "^(?:(?:cdes?\\.?|comrades?|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|sir|general|gen\\.|colonel|col\\."
          + "|marshal|admiral|ambassador|minister|premier|chairman|president|secretary|prince"
          + "|vice|deputy|acting|lieutenant|lt\\.|major|captain|capt\\.|section chief)\\s+)+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ADDRESS_ONLY = Pattern.compile(
      "^(?:(?:cdes?\\.?|comrades?|tov\\.)\\s+)+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE = Pattern.compile("^[^()]*\\(([^()]{2,40})\\)$");
  private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\[([^\\]]+)\\]\\s*$");

  /** A match: the authority, how sure, and why ({@code variant}, {@code surname}, ...). */
  record Match(Authority authority, double confidence, String how) {}

  private final List<Authority> authorities;
  private final Map<String, Set<Authority>> byForm = new HashMap<>();
  private final Map<String, Set<Authority>> bySurname = new HashMap<>();
  // byForm's entries by the length of the form: a close spelling differs by two at most
  private final Map<Integer, List<Map.Entry<String, Set<Authority>>>> byLength =
      new HashMap<>();
  private final Set<String> firstWords = new HashSet<>();
  private int maxFormWords = 1;

  public NameIndex(List<Authority> authorities) {
    this.authorities = List.copyOf(authorities);
    for (Authority a : this.authorities) {
      List<String> forms = new ArrayList<>();
      forms.add(a.name());
      forms.addAll(a.forms());
      for (String form : forms) {
        addForm(form, a);
        int comma = form.indexOf(',');
        if (comma > 0) { // "Johnson, U. Alexis" → "U. Alexis Johnson"
          addForm(form.substring(comma + 1).strip() + " " + form.substring(0, comma), a);
          addSurname(form.substring(0, comma), a);
        } else {
          String[] tokens = normal(form).split(" ");
          if (tokens.length > 1) {
            addSurname(tokens[0], a);
            addSurname(tokens[tokens.length - 1], a);
          }
        }
      }
    }
    for (Map.Entry<String, Set<Authority>> e : byForm.entrySet()) {
      byLength.computeIfAbsent(e.getKey().length(), k -> new ArrayList<>()).add(e);
    }
  }

  /** The authorities shipped with Chancery ({@code authorities/cold-war.json}). */
  public static NameIndex bundled() {
    return new NameIndex(BundledAuthorities.load());
  }

  /** Authorities from JSON: an array of authority objects as {@code RecordJson} writes them. */
  public static List<Authority> parseAuthorities(String json) {
    return BundledAuthorities.parse(json);
  }

  public static NameIndex empty() {
    return new NameIndex(List.of());
  }

  /** This index with more authorities (those loaded with {@code --authorities}). */
  public NameIndex with(List<Authority> more) {
    List<Authority> all = new ArrayList<>(authorities);
    all.addAll(more);
    return new NameIndex(all);
  }

  public List<Authority> authorities() {
    return authorities;
  }

  private void addForm(String form, Authority a) {
    String n = normal(form);
    if (!n.isEmpty()) {
      byForm.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(a);
      String[] words = n.split(" ");
      firstWords.add(words[0]);
      maxFormWords = Math.max(maxFormWords, words.length);
    }
  }

  private void addSurname(String surname, Authority a) {
    String n = normal(surname);
    if (n.length() >= 3 && !n.contains(" ")) {
      bySurname.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(a);
      firstWords.add(n);
    }
  }

  /**
   * The name a document writes, as a reference: the authority's preferred form and id when
   * one matches, else the written form cleaned of forms of address; {@code as} keeps what
   * was written.
   */
  NameRef ref(String written, Authority.Kind kind) {
    String as = writtenForm(written);
    Optional<Match> m = match(written, kind);
    if (m.isPresent()) {
      return new NameRef(m.get().authority().name(), as, m.get().authority().id());
    }
    Matcher b = BRACKETED.matcher(written.strip());
    String clean = b.matches() && !b.group(2).isBlank() ? clean(b.group(2)) : clean(written);
    return new NameRef(clean.isEmpty() ? written.strip() : clean, as, null);
  }

  /**
   * The form the document's author wrote: without forms of address ({@code Cde.}) and
   * without an editor's bracket after it ({@code Filippov [Stalin]} was written
   * {@code Filippov}); a name that is all editors' bracket ({@code [BEIJING]}) stays so.
   */
  static String writtenForm(String written) {
    String s = written.strip().replaceAll("[!,;:]+$", "").replaceAll("(?<=\\p{L}{2})\\.$", "");
    Matcher b = BRACKETED.matcher(s);
    if (b.matches() && !b.group(1).isBlank()) {
      s = b.group(1);
    }
    String c = ADDRESS_ONLY.matcher(s).replaceFirst("").strip();
    return c.isEmpty() ? s : c;
  }

  /** The authority a normalised form names, when exactly one of the kind has it. */
  Optional<Authority> byForm(String normalForm, Authority.Kind kind) {
    return unique(byForm.get(normalForm), kind);
  }

  /** The one authority of the kind with this (normalised) surname, if only one has it. */
  Optional<Authority> bySurname(String normalSurname, Authority.Kind kind) {
    return unique(bySurname.get(normalSurname), kind);
  }

  /** True when some form or surname starts with this normalised word: a cheap pre-check. */
  boolean startsForm(String normalWord) {
    return firstWords.contains(normalWord);
  }

  /** The most words any form has. */
  int maxFormWords() {
    return maxFormWords;
  }

  /** The authority of the given kind that a written name refers to, if one does. */
  Optional<Match> match(String written, Authority.Kind kind) {
    Matcher b = BRACKETED.matcher(written.strip());
    if (b.matches()) {
      // "Filippov [Stalin]": the editors' bracket names the person; the rest is a cover name.
      Optional<Match> inBracket = match(b.group(2), kind);
      if (inBracket.isPresent() || b.group(1).isBlank()) {
        return inBracket;
      }
      return match(b.group(1), kind);
    }
    Matcher role = ROLE.matcher(written.strip());
    if (role.matches()) {
      // "Section Chief Colonel (Makarov)": the parentheses name the person.
      return match(role.group(1), kind);
    }
    String n = normal(clean(written));
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Optional<Authority> exact = unique(byForm.get(n), kind);
    if (exact.isPresent()) {
      return Optional.of(new Match(exact.get(), 0.98, "variant"));
    }
    if (!n.contains(" ")) {
      Optional<Authority> surname = unique(bySurname.get(n), kind);
      if (surname.isPresent()) {
        return Optional.of(new Match(surname.get(), 0.85, "surname"));
      }
    }
    return fuzzy(n, kind);
  }

  private Optional<Match> fuzzy(String n, Authority.Kind kind) {
    if (n.length() < 6) {
      return Optional.empty();
    }
    // Best score per authority over all its forms, then the best and the runner-up.
    Map<Authority, Double> scores = new HashMap<>();
    for (int length = n.length() - 2; length <= n.length() + 2; length++) {
      for (Map.Entry<String, Set<Authority>> e : byLength.getOrDefault(length, List.of())) {
        if (!hasKind(e.getValue(), kind)) {
          continue;
        }
        double s = similarity(n, e.getKey(), FUZZY_IRRELEVANT);
        if (s < FUZZY_IRRELEVANT) {
          continue;
        }
        for (Authority a : e.getValue()) {
          if (a.kind() == kind) {
            scores.merge(a, s, Math::max);
          }
        }
      }
    }
    Authority best = null;
    double bestScore = 0;
    double second = 0;
    for (Map.Entry<Authority, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        second = bestScore;
        bestScore = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    if (best == null || bestScore < FUZZY_FLOOR || bestScore - second < 0.05) {
      return Optional.empty();
    }
    return Optional.of(new Match(best, Math.min(0.8, bestScore * 0.9), "close spelling"));
  }

  private static boolean hasKind(Set<Authority> found, Authority.Kind kind) {
    for (Authority a : found) {
      if (a.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Authority> unique(Set<Authority> found, Authority.Kind kind) {
    if (found == null) {
      return Optional.empty();
    }
    List<Authority> ofKind = found.stream().filter(a -> a.kind() == kind).toList();
    return ofKind.size() == 1 ? Optional.of(ofKind.get(0)) : Optional.empty();
  }

  /** A written name without forms of address or ranks. */
  static String clean(String written) {
    String s = written.strip().replaceAll("[!.,;:]+$", "");
    return ADDRESS.matcher(s).replaceFirst("").strip();
  }

  /** Lower case, accents and apostrophes dropped, hyphens and dots as spaces. */
  static String normal(String s) {
    if (plainAscii(s)) {
      // The common case, without the cost of Unicode normalisation and regexes.
      StringBuilder b = new StringBuilder(s.length());
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          if (space && b.length() > 0) {
            b.append(' ');
          }
          space = false;
          b.append(c);
        } else if (c != '\'' && c != '`') {
          space = true;
        }
      }
      return b.toString();
    }
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  private static boolean plainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** 1 − edit distance / longer length. */
  static double similarity(String a, String b) {
    return similarity(a, b, 0);
  }

  /**
   * {@link #similarity(String, String)}, or some value below {@code floor} as soon as the
   * distance is known to put it there (a row of the table has no cell small enough).
   */
  static double similarity(String a, String b, double floor) {
    int longer = Math.max(a.length(), b.length());
    double most = (1.0 - floor) * longer; // the largest distance that can reach the floor
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int least = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        least = Math.min(least, cur[j]);
      }
      if (least > most) {
        return -1; // every path through this row is already too long
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 1.0 - (double) prev[b.length()] / Math.max(a.length(), b.length());
  }
}
