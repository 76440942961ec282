package org.chancery.cite;

import java.util.ArrayList;
import java.util.List;
import org.chancery.record.EdtfDate;

/**
 * The Highwire Press {@code citation_*} meta tags, as Google Scholar documents them and
 * Zotero's Embedded Metadata translator reads them. Authors are written
 * {@code Family, Given} so Zotero splits them at the comma (and does not turn Mao Zedong
 * into "Zedong Mao"); dates are {@code YYYY/MM/DD} with what is known ({@code 1951/10}).
 */
public final class HighwireTags {

  /**
   * One meta tag.
   *
   * @param name the {@code name} attribute
   * @param content the {@code content} attribute, unescaped (the template escapes it)
   */
  public record Tag(String name, String content) {}

  private HighwireTags() {}

  public static List<Tag> of(CitationData d) {
    List<Tag> tags = new ArrayList<>();
    tags.add(new Tag("citation_title", d.title()));
    for (CitedName a : d.authors()) {
      tags.add(new Tag("citation_author", a.inverted()));
    }
    if (d.date() != null) {
      String date = date(d.date());
      tags.add(new Tag("citation_date", date));
      tags.add(new Tag("citation_publication_date", date));
    }
    tags.add(new Tag("citation_publisher", d.archive()));
    tags.add(new Tag("citation_archive_location", d.id()));
    if (d.collection() != null) {
      tags.add(new Tag("citation_series_title", d.collection()));
    }
    if (d.language() != null) {
      tags.add(new Tag("citation_language", d.language()));
    }
    tags.add(new Tag("citation_abstract_html_url", d.url()));
    tags.add(new Tag("citation_public_url", d.url()));
    return tags;
  }

  private static String date(EdtfDate d) {
    String t = d.text();
    String first = t.contains("/") ? t.substring(0, t.indexOf('/')) : t;
    EdtfDate known = EdtfDate.tryParse(first.equals("..") ? "" : first).orElse(d);
    if (t.startsWith("/") || t.startsWith("../")) {
      known = EdtfDate.tryParse(t.substring(t.lastIndexOf('/') + 1)).orElse(d);
    }
    var day = known.earliest();
    return switch (known.precision()) {
      case YEAR -> String.format("%04d", day.getYear());
      case MONTH -> String.format("%04d/%02d", day.getYear(), day.getMonthValue());
      case DAY -> String.format("%04d/%02d/%02d", day.getYear(), day.getMonthValue(),
          day.getDayOfMonth());
    };
  }
}
