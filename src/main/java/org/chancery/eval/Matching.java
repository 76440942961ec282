package org.chancery.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.NameRef;

/**
 * How an extracted value is compared with the editors' one.
 *
 * <p>Places: equal after dropping editors' brackets, punctuation, accents and case.
 *
 * <p>Parties (the documented lenient rule): each gold name of a side must be matched by one
 * extracted name of that side; extra extracted names are not penalised. A gold name and an
 * extracted one match when any of their forms are equal after normalising, or when one form
 * is a single word (a surname) that ends the other. The forms of a gold name are the name and
 * the surname in its parentheses; of an extracted name, its preferred form, its inverted
 * list form ({@code Johnson, U. Alexis} → {@code u alexis johnson}), the written form and
 * the surname in the written form's parentheses. Normalising drops a leading {@code the}
 * or {@code certain} and forms of address ({@code Mr.}, {@code Ambassador}), so {@code Department of State}
 * matches {@code the Department of State} and {@code Muccio} matches {@code The Ambassador
 * in Korea (Muccio)}, while {@code the Secretary of State} never matches {@code Rusk}.
 */
final class Matching {

  private static final Pattern PARENS = Pattern.compile("\\(([^()]+)\\)");
  private static final Pattern ADDRESS = Pattern.compile("^(?:(?:the|certain|mr|mrs|dr|ambassador"
      + "|general|admiral|secretary)\\s+)+");

  private Matching() {}

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  static boolean samePlace(String gold, NameRef got) {
    if (got == null) {
      return false;
    }
    String g = norm(gold);
    return g.equals(norm(got.name())) || g.equals(norm(got.as()));
  }

  static boolean sameSide(List<String> gold, List<NameRef> got) {
    if (got.isEmpty()) {
      return false;
    }
    for (String g : gold) {
      if (got.stream().noneMatch(r -> sameParty(g, r))) {
        return false;
      }
    }
    return true;
  }

  static boolean sameParty(String gold, NameRef got) {
    Set<String> g = forms(gold);
    Set<String> x = forms(got.name());
    x.addAll(forms(got.as()));
    String name = got.name();
    int comma = name.indexOf(',');
    if (comma > 0) {
      x.add(bare(name.substring(comma + 1) + " " + name.substring(0, comma)));
    }
    for (String a : g) {
      for (String b : x) {
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        if (a.equals(b) || endsWithWord(a, b) || endsWithWord(b, a)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code surname} is one word and {@code full} ends with it. */
  private static boolean endsWithWord(String full, String surname) {
    return !surname.contains(" ") && surname.length() >= 3 && full.endsWith(" " + surname);
  }

  private static Set<String> forms(String s) {
    Set<String> out = new LinkedHashSet<>();
    if (s == null) {
      return out;
    }
    out.add(bare(s));
    Matcher m = PARENS.matcher(s);
    while (m.find()) {
      out.add(bare(m.group(1)));
    }
    return out;
  }

  private static String bare(String s) {
    return ADDRESS.matcher(norm(s)).replaceFirst("").strip();
  }
}
