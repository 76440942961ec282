package org.chancery.cite;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;
import org.chancery.record.Variant;

/**
 * Resolves the names a record gives into names a citation can use.
 *
 * <p>A name linked to an authority takes the authority's preferred form; a person's
 * family and given names come from the authority's inverted form ({@code Mao, Zedong}:
 * the preferred name itself when it is inverted, else its name-order variant), so Chinese
 * and Korean names are not split the Western way. Organisations, places and subjects
 * are never split. A name with no authority is read as an organisation or an office
 * when it reads like one (a lower-case word such as "of", or a word such as Department,
 * Agency, Staff); otherwise its last word is the family name.
 */
final class CitedNames {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  // Lower-case words that belong to a person's family name rather than making an office.
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "du",
      "da", "di", "del", "della", "des", "la", "le", "ter", "ten", "y", "bin", "ibn", "al");
  private static final Set<String> ORGANISATION_WORDS = Set.of("agency", "army", "bureau",
      "cabinet", "chiefs", "command", "commission", "committee", "congress", "consulate",
      "council", "delegation", "department", "directorate", "division", "embassy", "government",
      "headquarters", "institute", "legation", "ministry", "mission", "navy", "office", "party",
      "politburo", "presidium", "secretariat", "service", "staff", "union", "university",
      "ambassador", "secretary", "minister", "president", "premier", "chairman", "consul",
      "commander", "chargé", "director", "general", "united", "nations", "republic", "state",
      "states", "people's", "central", "national", "foreign");

  private final Function<String, Optional<Authority>> authorities;

  CitedNames(Function<String, Optional<Authority>> authorities) {
    this.authorities = authorities;
  }

  CitedName resolve(NameRef ref) {
    Optional<Authority> authority = ref.id() == null ? Optional.empty()
        : authorities.apply(ref.id());
    if (authority.isEmpty()) {
      return unlinked(ref.name());
    }
    Authority a = authority.get();
    CitedName name = a.kind() == Authority.Kind.PERSON ? person(a)
        : CitedName.organisation(a.name());
    return coverName(a, ref.as()).map(name::signedAs).orElse(name);
  }

  /** A name known only as written (a translator's credit, an unlinked author). */
  static CitedName unlinked(String written) {
    String name = SPACES.matcher(written.strip()).replaceAll(" ");
    if (readsAsOrganisation(name)) {
      return CitedName.organisation(name);
    }
    int comma = name.indexOf(',');
    if (comma > 0) {
      String family = name.substring(0, comma).strip();
      String given = name.substring(comma + 1).strip();
      return CitedName.person(given.isEmpty() ? family : given + " " + family, family, given);
    }
    return split(name);
  }

  private static CitedName person(Authority a) {
    String inverted = a.name().contains(",") ? a.name()
        : a.variants().stream()
            .filter(v -> v.kind() == Variant.Kind.NAME_ORDER && v.form().contains(","))
            .map(Variant::form).findFirst().orElse(null);
    if (inverted == null) {
      return split(a.name());
    }
    int comma = inverted.indexOf(',');
    String family = inverted.substring(0, comma).strip();
    String given = inverted.substring(comma + 1).strip();
    String natural = a.name().contains(",")
        ? a.variants().stream()
            .filter(v -> v.kind() == Variant.Kind.NAME_ORDER && !v.form().contains(","))
            .map(Variant::form).findFirst().orElse((given + " " + family).strip())
        : a.name();
    return CitedName.person(natural, family.isEmpty() ? natural : family, given);
  }

  private static CitedName split(String name) {
    String[] words = name.split(" ");
    int familyStart = words.length - 1;
    while (familyStart > 0 && PARTICLES.contains(words[familyStart - 1])) {
      familyStart--;
    }
    String given = String.join(" ", java.util.Arrays.copyOfRange(words, 0, familyStart));
    String family = String.join(" ", java.util.Arrays.copyOfRange(words, familyStart,
        words.length));
    return CitedName.person(name, family, given);
  }

  private static boolean readsAsOrganisation(String name) {
    for (String word : name.split(" ")) {
      String w = word.replaceAll("[,.;:()]", "");
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      boolean lowerCaseWord = Character.isLowerCase(w.codePointAt(0));
      if ((lowerCaseWord && !PARTICLES.contains(lower)) || ORGANISATION_WORDS.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /** The cover name the document uses for this person, if the written form is one. */
  private static Optional<String> coverName(Authority a, String as) {
    if (as == null) {
      return Optional.empty();
    }
    // "Filippov [Stalin]" and "Cde. FILIPPOV" both name the cover name Filippov.
    String written = as.replaceAll("\\[[^\\]]*\\]", "").replaceFirst("^(?i)(cde|comrade)\\.?\\s+", "")
        .strip();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    return a.variant(written)
        .filter(v -> v.kind() == Variant.Kind.COVER_NAME || v.kind() == Variant.Kind.PSEUDONYM)
        .map(Variant::form);
  }
}
