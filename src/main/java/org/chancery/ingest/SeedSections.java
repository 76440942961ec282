package org.chancery.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.NameRef;
import org.chancery.record.Note;

/**
 * The catalogue sections of a seed-layout page as record fields. Lists come one per line
 * or separated by {@code ;} or {@code ,}; commas are only split where they cannot be part
 * of one entry ({@code Mao, Zedong} is one inverted name, {@code Korean War, 1950-1953}
 * one subject heading).
 */
final class SeedSections {

  private static final Pattern DATES_OR_NUMBERS = Pattern.compile("[\\d\\s–-]+");

  private SeedSections() {}

  static void apply(Map<String, List<String>> sections, ArchivalRecord.Builder b) {
    List<NameRef> authors = new ArrayList<>(b.build().authors());
    for (String a : split(sections.get("authors"), true)) {
      NameRef n = metadataName(a);
      if (authors.stream().noneMatch(t -> sameSurname(t.name(), n.name()))) {
        authors.add(n);
      }
    }
    b.authors(authors);
    for (String p : split(sections.get("places"), false)) {
      b.place(NameRef.of(p));
    }
    for (String p : split(sections.get("persons"), true)) {
      b.person(metadataName(p));
    }
    b.subjects(split(sections.get("subjects"), false));
    if (sections.get("sources") != null) {
      b.sources(sections.get("sources"));
    }
    b.originalArchive(SeedTextReader.joined(sections.get("archive"), "; "));
    b.rights(RightsWording.of(SeedTextReader.joined(sections.get("rights"), "\n")));
    String info = SeedTextReader.joined(sections.get("information"), "\n");
    if (info != null) {
      b.note(new Note("Document Information", info));
    }
  }

  /** A name from metadata: no written form unless an editor's bracket gives a real name
   * ({@code Filippov [Stalin]}); forms of address ({@code Cde.}) dropped. */
  private static NameRef metadataName(String written) {
    NameRef n = CatalogueTitle.name(written);
    return written.contains("[") ? n : NameRef.of(n.name());
  }

  /** The title's {@code Stalin} and the section's {@code Stalin, Joseph} are one person:
   * the title keeps its written form and the section adds only people it lacks. */
  private static boolean sameSurname(String a, String b) {
    return surname(a).equalsIgnoreCase(surname(b));
  }

  private static String surname(String name) {
    int comma = name.indexOf(',');
    if (comma > 0) {
      return name.substring(0, comma).strip();
    }
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  static List<String> split(List<String> lines, boolean names) {
    List<String> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    for (String line : lines) {
      String[] parts = line.contains(";") ? line.split(";") : commaParts(line, names);
      for (String p : parts) {
        String t = p.strip();
        if (!t.isEmpty() && !out.contains(t)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static String[] commaParts(String line, boolean names) {
    String[] parts = line.split(",");
    if (parts.length < 2) {
      return parts;
    }
    for (String p : parts) {
      String t = p.strip();
      if (DATES_OR_NUMBERS.matcher(t).matches()) {
        return new String[] {line};
      }
      if (names && t.split("\\s+").length < 2) {
        return new String[] {line};
      }
    }
    return parts;
  }
}
