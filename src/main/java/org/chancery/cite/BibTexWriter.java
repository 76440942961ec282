package org.chancery.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.record.EdtfDate;

/**
 * A biblatex {@code @unpublished} entry (read by biblatex, by BibTeX for the classic
 * fields, by Zotero and by citation-js). The date is the EDTF text in biblatex's
 * {@code date} field, which biblatex reads with its qualifiers ({@code 1951-10?},
 * {@code 1951~}, {@code 1951-10/1951-11}; an open end as {@code 1951/}) and citation-js
 * and Zotero read as date parts; {@code year} is added for classic BibTeX styles, and
 * the qualification is said in {@code note} too. An organisation is one braced name
 * ({@code {Department of State}}), never split. The archive is the {@code publisher},
 * the record id the {@code library} call number, the collection the {@code series}.
 */
final class BibTexWriter {

  private BibTexWriter() {}

  static String write(CitationData d) {
    Map<String, String> f = new LinkedHashMap<>();
    if (!d.authors().isEmpty()) {
      f.put("author", names(d.authors()));
    }
    f.put("title", escape(d.title()));
    if (d.genre() != null) {
      f.put("type", escape(d.genre()));
    }
    biblatexDate(d.date()).ifPresent(v -> f.put("date", v));
    year(d.date()).ifPresent(v -> f.put("year", v));
    if (!d.translators().isEmpty()) {
      f.put("translator", names(d.translators()));
    }
    if (d.collection() != null) {
      f.put("series", escape(d.collection()));
    }
    f.put("publisher", escape(d.archive()));
    f.put("library", escape(d.id()));
    if (d.language() != null) {
      f.put("language", escape(d.language()));
    }
    f.put("url", d.url().replaceAll("[\\s{}\\\\%]", ""));
    f.put("urldate", d.accessed().toString());
    String note = d.noteText();
    if (note != null) {
      f.put("note", escape(note));
    }
    StringBuilder s = new StringBuilder("@unpublished{").append(key(d.id())).append(",\n");
    f.forEach((k, v) -> s.append("  ").append(k).append(" = {").append(v).append("},\n"));
    return s.append("}\n").toString();
  }

  private static String key(String id) {
    return id.replaceAll("[^A-Za-z0-9_:.-]", "-");
  }

  private static String names(List<CitedName> names) {
    List<String> out = new ArrayList<>();
    for (CitedName n : names) {
      if (n.organisation()) {
        out.add("{" + escape(n.name()) + "}");
      } else {
        String family = escape(n.family());
        if (family.contains(" ") || family.contains(",")) {
          family = "{" + family + "}";
        }
        out.add(n.given() == null ? family : family + ", " + protect(escape(n.given())));
      }
    }
    return String.join(" and ", out);
  }

  private static String protect(String s) {
    return s.contains(" and ") || s.contains(",") ? "{" + s + "}" : s;
  }

  private static java.util.Optional<String> biblatexDate(EdtfDate date) {
    if (date == null) {
      return java.util.Optional.empty();
    }
    String t = date.text();
    if (t.startsWith("/") || t.startsWith("../")) {
      // biblatex has no open start; the note says the date.
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(t.endsWith("/..") ? t.substring(0, t.length() - 2) : t);
  }

  private static java.util.Optional<String> year(EdtfDate date) {
    if (date == null) {
      return java.util.Optional.empty();
    }
    boolean openStart = date.text().startsWith("/") || date.text().startsWith("../");
    return java.util.Optional.of(Integer.toString(openStart ? date.latest().getYear()
        : date.earliest().getYear()));
  }

  /**
   * Text for a braced BibTeX value: TeX's special characters escaped, Unicode kept, and
   * TeX's ligatures broken ({@code --} would read as a dash, {@code ``} as a curly quote).
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if ((c == '-' || c == '`' || c == '\'') && next == c
          || (c == '?' || c == '!') && next == '`') {
        out.append(c).append("{}");
        continue;
      }
      switch (c) {
        case '\\' -> out.append("{\\textbackslash}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("{\\textasciitilde}");
        case '^' -> out.append("{\\textasciicircum}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
