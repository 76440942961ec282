package org.chancery.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Persons mentioned anywhere in the text: runs of capitalised words ({@code Ambassador
 * Johnson}, {@code Mr. Wang}, {@code U. Alexis Johnson}, {@code Johnson, U. Alexis}) resolved
 * through the authorities. Only names that resolve count, each authority once, with the span
 * of its first mention. A single word resolves only as a surname and never by a close
 * spelling: in running text a near-miss is more often another word than a misspelt name.
 *
 * <p>A surname two authorities share is left alone unless something in the document tells
 * them apart: only one of them has it as the surname of its indexed form ({@code George,
 * Walter F.} against {@code Allen, George V.}), or the title before it matches only one's
 * description ({@code Secretary Dulles}; the role of a heading's {@code Assistant Secretary
 * of State for Far Eastern Affairs (Robertson)}).
 */
final class PersonMentionsRule implements Rule {

  private static final String WORD = "(?:\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*|\\p{Lu}[\\p{L}’'-]*\\p{L})";
  private static final Pattern WORDS = Pattern.compile(WORD);
  /** A run of capitalised words, with lower-case particles inside it (de, van, von). */
  private static final Pattern RUN = Pattern.compile(WORD + "(?:,?\\s(?:(?:de|van|von|der|la|"
      + "du|da|bin|al)\\s)?" + WORD + ")*");
  private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
  private static final Set<String> TITLES = Set.of("secretary", "ambassador", "senator",
      "general", "admiral", "president", "governor", "minister", "premier", "chairman",
      "director", "representative", "congressman", "consul", "judge", "justice");
  private static final Set<String> SKIP = Set.of("The", "He", "She", "It", "We", "They", "I");

  private final NameIndex names;
  /** Every normalised word of every authority's forms: a cheap test before a lookup. */
  private final Set<String> known = new HashSet<>();
  /** Indexed surname ({@code Robertson} of {@code Robertson, Walter S.}) → its authorities. */
  private final Map<String, List<Authority>> surnames = new HashMap<>();

  PersonMentionsRule(NameIndex names) {
    this.names = names;
    for (Authority a : names.authorities()) {
      if (a.kind() != Authority.Kind.PERSON) {
        continue;
      }
      List<String> forms = new ArrayList<>(a.forms());
      forms.add(a.name());
      for (String f : forms) {
        known.addAll(List.of(NameIndex.normal(f).split(" ")));
      }
      int comma = a.name().indexOf(',');
      String[] tokens = NameIndex.normal(a.name()).split(" ");
      String surname = comma > 0 ? NameIndex.normal(a.name().substring(0, comma))
          : tokens[tokens.length - 1];
      surnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(a);
    }
  }

  @Override
  public String name() {
    return "persons.mentions";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    if (surnames.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    draft.list(Field.PERSONS, NameRef.class).forEach(p -> seen.add(p.id()));
    for (SourceText.Line line : text.lines()) {
      Matcher m = RUN.matcher(line.text());
      while (m.find()) {
        String before = line.text().substring(Math.max(0, m.start() - 60), m.start());
        run(m.group(), before, line.start() + m.start(), seen, draft);
      }
    }
  }

  private void run(String run, String before, int at, Set<String> seen, Draft draft) {
    String whole = POSSESSIVE.matcher(run).replaceFirst("");
    if (whole.contains(" ") && anyKnown(whole) && resolve(whole, at, seen, draft, true)) {
      return;
    }
    Matcher w = WORDS.matcher(run);
    String title = before.endsWith("(") ? role(before) : lastWord(before);
    while (w.find()) {
      String word = POSSESSIVE.matcher(w.group()).replaceFirst("");
      if (word.length() < 3 || word.contains(".") || SKIP.contains(word)) {
        title = NameIndex.normal(word);
        continue;
      }
      String n = NameIndex.normal(word);
      if (known.contains(n) && !resolve(word, at + w.start(), seen, draft, false)) {
        List<Authority> c = surnames.getOrDefault(n, List.of());
        Authority pick = pick(c, title);
        if (pick != null) {
          add(pick, word, at + w.start(), 0.75, seen, draft);
        }
      }
      title = n;
    }
  }

  /** One of several authorities sharing a surname, when the title before it tells. */
  private static Authority pick(List<Authority> candidates, String title) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (title == null || !TITLES.contains(title) && !title.contains(" ")) {
      return null;
    }
    List<Authority> fit = candidates.stream().filter(a -> a.description() != null
        && a.description().toLowerCase(Locale.ROOT).contains(title)).toList();
    return fit.size() == 1 ? fit.get(0) : null;
  }

  /** {@code ... Assistant Secretary of State for Far Eastern Affairs (}: its last words. */
  private static String role(String before) {
    String[] w = NameIndex.normal(before).split(" ");
    return w.length < 3 ? null
        : String.join(" ", List.of(w).subList(w.length - 3, w.length));
  }

  private static String lastWord(String before) {
    String[] w = NameIndex.normal(before).split(" ");
    return w.length == 0 ? null : w[w.length - 1];
  }

  private boolean anyKnown(String run) {
    for (String t : NameIndex.normal(run).split(" ")) {
      if (t.length() >= 3 && known.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean resolve(String written, int at, Set<String> seen, Draft draft,
      boolean allowClose) {
    Optional<NameIndex.Match> m = names.match(written, Authority.Kind.PERSON);
    if (m.isEmpty() || (!allowClose && m.get().how().equals("close spelling"))) {
      return false;
    }
    add(m.get().authority(), written, at, m.get().confidence(), seen, draft);
    return true;
  }

  private void add(Authority a, String written, int at, double confidence, Set<String> seen,
      Draft draft) {
    if (seen.add(a.id())) {
      draft.add(Field.PERSONS, new NameRef(a.name(), written, a.id()), at,
          at + written.length(), name(), confidence);
    }
  }
}
