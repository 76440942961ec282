package org.chancery.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * APA Publication Manual (7th ed.) reference for an archival document ("unpublished
 * and informally published works"): author with initials, (date), title with the
 * document type in square brackets, translator, collection, archive holding the
 * original, the publishing archive, URL. "n.d." for no date, "ca." for an approximate
 * one. With no author, the title moves to the author's place.
 */
final class ApaStyle {

  private ApaStyle() {}

  static String reference(CitationData d) {
    String date = "(" + StyleDates.APA.format(d.date()).orElseThrow() + ").";
    String title = d.title() + (d.genre() == null ? "" : " [" + d.genre() + "]")
        + (d.translators().isEmpty() ? "" : " (" + Sentences.and(d.translators().stream()
            .map(CitedName::initialsFirst).toList()).replace(" and ", " & ") + ", Trans.)");
    List<String> parts = new ArrayList<>();
    if (d.authors().isEmpty()) {
      parts.add(Sentences.end(title));
      parts.add(date);
    } else {
      parts.add(Sentences.end(authors(d.authors())));
      parts.add(date);
      parts.add(Sentences.end(title));
    }
    if (d.collection() != null) {
      parts.add(Sentences.end(d.collection()));
    }
    if (d.originalArchive() != null) {
      parts.add(Sentences.end(d.originalArchive()));
    }
    parts.add(Sentences.end(d.archive()));
    parts.add(d.url());
    return String.join(" ", parts);
  }

  // APA 9.8: up to twenty authors, commas between, an ampersand before the last.
  private static String authors(List<CitedName> authors) {
    List<String> names = authors.stream().map(a -> a.withCover(a.initialled())).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    if (names.size() > 20) {
      return String.join(", ", names.subList(0, 19)) + ", . . . " + names.get(names.size() - 1);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + ", & "
        + names.get(names.size() - 1);
  }
}
