package org.chancery.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * The Chicago Manual of Style (17th ed.), notes and bibliography, for an unpublished
 * archival document (14.222–14.235): author, "title," type and date, translator,
 * collection, archive holding the original, the archive publishing it with its
 * identifier, URL. Chicago asks for no access date when a date of the document is
 * given. A document signed with a cover name is cited under the name it bears with the
 * real name in brackets (14.80: "Filippov [Joseph Stalin]").
 */
final class ChicagoStyle {

  private ChicagoStyle() {}

  /** The bibliography entry. */
  static String bibliography(CitationData d) {
    List<String> parts = new ArrayList<>();
    String authors = bibliographyAuthors(d.authors());
    if (!authors.isEmpty()) {
      parts.add(Sentences.end(authors));
    }
    parts.add("“" + Sentences.end(d.title()) + "”");
    String date = StyleDates.CHICAGO.format(d.date()).orElseThrow();
    parts.add(Sentences.end(d.genre() == null ? date : d.genre() + ", " + date));
    if (!d.translators().isEmpty()) {
      parts.add("Translated by " + Sentences.end(Sentences.and(
          d.translators().stream().map(CitedName::name).toList())));
    }
    addIfPresent(parts, d.collection());
    addIfPresent(parts, d.originalArchive());
    parts.add(d.archive() + ", record " + d.id() + ".");
    parts.add(d.url() + ".");
    return String.join(" ", parts);
  }

  /** The first (full) note. */
  static String note(CitationData d) {
    StringBuilder s = new StringBuilder();
    List<String> names = d.authors().stream().map(a -> a.withCover(a.name())).toList();
    if (!names.isEmpty()) {
      s.append(names.size() > 3 ? names.get(0) + " et al." : Sentences.and(names)).append(", ");
    }
    s.append("“").append(d.title()).append(",” ");
    String date = StyleDates.CHICAGO.format(d.date()).orElseThrow();
    List<String> rest = new ArrayList<>();
    rest.add(d.genre() == null ? date : Sentences.lowerFirst(d.genre()) + ", " + date);
    if (!d.translators().isEmpty()) {
      rest.add("trans. " + Sentences.and(d.translators().stream().map(CitedName::name).toList()));
    }
    if (d.collection() != null) {
      rest.add(d.collection());
    }
    if (d.originalArchive() != null) {
      rest.add(d.originalArchive());
    }
    rest.add(d.archive() + ", record " + d.id());
    rest.add(d.url() + ".");
    return s.append(String.join(", ", rest)).toString();
  }

  // Chicago 14.76: the first author inverted, the others in reading order; more than ten
  // are cut to seven and "et al.".
  private static String bibliographyAuthors(List<CitedName> authors) {
    if (authors.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    names.add(authors.get(0).withCover(authors.get(0).inverted()));
    int shown = authors.size() > 10 ? 7 : authors.size();
    for (CitedName a : authors.subList(1, shown)) {
      names.add(a.withCover(a.name()));
    }
    if (shown < authors.size()) {
      return String.join(", ", names) + ", et al";
    }
    return names.size() == 2 ? names.get(0) + ", and " + names.get(1) : Sentences.and(names);
  }

  private static void addIfPresent(List<String> parts, String value) {
    if (value != null) {
      parts.add(Sentences.end(value));
    }
  }
}
