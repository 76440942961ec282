package org.chancery.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * MLA Handbook (9th ed.) works-cited entry: author, "title," description and date,
 * translator, the collection and archive as containers, the publishing archive and the
 * URL without its scheme, and the access date (MLA recommends it for online sources).
 * One author is inverted; two are joined with "and"; three or more become the first and
 * "et al.". A document with no date leaves the date out.
 */
final class MlaStyle {

  private MlaStyle() {}

  static String worksCited(CitationData d) {
    List<String> parts = new ArrayList<>();
    List<CitedName> a = d.authors();
    if (a.size() == 1) {
      parts.add(Sentences.end(a.get(0).withCover(a.get(0).inverted())));
    } else if (a.size() == 2) {
      parts.add(Sentences.end(a.get(0).withCover(a.get(0).inverted()) + ", and "
          + a.get(1).withCover(a.get(1).name())));
    } else if (a.size() > 2) {
      parts.add(a.get(0).withCover(a.get(0).inverted()) + ", et al.");
    }
    parts.add("“" + Sentences.end(d.title()) + "”");
    List<String> description = new ArrayList<>();
    if (d.genre() != null) {
      description.add(d.genre());
    }
    StyleDates.MLA.format(d.date()).ifPresent(description::add);
    if (!description.isEmpty()) {
      parts.add(Sentences.end(String.join(", ", description)));
    }
    if (!d.translators().isEmpty()) {
      parts.add("Translated by " + Sentences.end(Sentences.and(
          d.translators().stream().map(CitedName::name).toList())));
    }
    List<String> holders = new ArrayList<>();
    if (d.collection() != null) {
      holders.add(d.collection());
    }
    if (d.originalArchive() != null) {
      holders.add(d.originalArchive());
    }
    if (!holders.isEmpty()) {
      parts.add(Sentences.end(String.join(", ", holders)));
    }
    parts.add(d.archive() + ", " + d.url().replaceFirst("^https?://", "") + ".");
    parts.add("Accessed " + StyleDates.MLA.format(
        org.chancery.record.EdtfDate.of(d.accessed())).orElseThrow() + ".");
    return String.join(" ", parts);
  }
}
