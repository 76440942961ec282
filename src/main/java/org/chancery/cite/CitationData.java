package org.chancery.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chancery.record.EdtfDate;

/**
 * What every citation form of one record is written from, with names resolved and text
 * cleaned of control characters and line breaks (a citation is one line).
 *
 * @param id the record id (the archive's identifier, cited as its call number)
 * @param title the catalogue title
 * @param genre the document type ({@code Cable}), or null
 * @param authors the authors, resolved
 * @param recipients the recipients, resolved
 * @param translators the translators of the record's translation
 * @param date the date, or null when undated
 * @param language BCP 47 tag of the cited text, or null
 * @param originalLanguage BCP 47 tag of the original when the cited text is a
 *     translation and the original's language is known, else null
 * @param archive the archive publishing the record (the site's name)
 * @param collection the title of the record's first collection, or null
 * @param originalArchive the archive holding the original, or null
 * @param url the record's permalink
 * @param rightsUri the rights statement's URI, or null
 * @param summary the archive's summary, or null
 * @param accessed the day the citation is made (MLA asks for it)
 */
public record CitationData(String id, String title, String genre, List<CitedName> authors,
    List<CitedName> recipients, List<CitedName> translators, EdtfDate date, String language,
    String originalLanguage, String archive, String collection, String originalArchive,
    String url, String rightsUri, String summary, LocalDate accessed) {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+");

  public CitationData {
    title = clean(title);
    genre = clean(genre);
    archive = clean(archive);
    collection = clean(collection);
    originalArchive = clean(originalArchive);
    summary = clean(summary);
    authors = List.copyOf(authors);
    recipients = List.copyOf(recipients);
    translators = List.copyOf(translators);
  }

  /** One line: control characters and runs of white space become one space. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = CONTROL.matcher(s).replaceAll(" ").strip();
    return c.isEmpty() ? null : c;
  }

  /**
   * What the formats without a field for it say in a note: a cover name, the translation,
   * a date's qualification, the original's archive.
   */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    for (CitedName a : authors) {
      if (a.coverName() != null) {
        notes.add("Signed with the cover name " + a.coverName() + " (" + a.name() + ").");
      }
    }
    for (CitedName r : recipients) {
      if (r.coverName() != null) {
        notes.add("Addressed to the cover name " + r.coverName() + " (" + r.name() + ").");
      }
    }
    if (!translators.isEmpty() || originalLanguage != null) {
      notes.add("Translated" + (originalLanguage == null ? "" : " from "
          + languageName(originalLanguage))
          + (translators.isEmpty() ? "" : " by " + String.join(" and ",
              translators.stream().map(CitedName::name).toList())) + ".");
    }
    if (date != null && (date.approximate() || date.uncertain())) {
      notes.add("Date " + (date.approximate() && date.uncertain() ? "approximate and uncertain"
          : date.approximate() ? "approximate" : "uncertain") + ": " + date.text() + ".");
    }
    if (date != null && date.isInterval()) {
      String t = date.text();
      if (t.startsWith("/") || t.startsWith("../")) {
        notes.add("Date open at its start: " + t + ".");
      } else if (t.endsWith("/") || t.endsWith("/..")) {
        notes.add("Date open at its end: " + t + ".");
      }
    }
    if (originalArchive != null) {
      notes.add("Original in " + originalArchive + ".");
    }
    return notes;
  }

  /** The notes as one sentence run, or null when there are none. */
  public String noteText() {
    List<String> n = notes();
    return n.isEmpty() ? null : String.join(" ", n);
  }

  /** {@code Russian} for {@code ru}; the tag itself when Java does not know it. */
  static String languageName(String tag) {
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? tag : name;
  }
}
