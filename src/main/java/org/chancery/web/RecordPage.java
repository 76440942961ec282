package org.chancery.web;

import java.util.List;
import org.chancery.record.ArchivalRecord;

/**
 * The record page model: the record and what the page shows of it, prepared so the
 * template only lays out.
 *
 * @param record the record
 * @param permalink its absolute stable URL
 * @param date the date as a reader reads it, or null
 * @param fields the catalogue fields that have values, in reading order
 * @param texts the texts, rendered
 * @param cable the cable structure's fields that have values
 * @param notes editorial notes
 * @param referredToBy published records whose references resolve to this one
 * @param citation the record's citations and the head's citation metadata
 */
public record RecordPage(ArchivalRecord record, String permalink, String date,
    List<Field> fields, List<TextView> texts, List<Field> cable, List<PageLink> notes,
    List<PageLink> referredToBy, CitationView citation) {

  /**
   * One labelled field with one or more values.
   *
   * @param label the field's label ({@code Author(s)})
   * @param values its values
   */
  public record Field(String label, List<Value> values) {}

  /**
   * One shown value.
   *
   * @param link the value, linked where a search by it makes sense
   * @param machine how a machine read it (rule, confidence, source words), or null when
   *     it was catalogued by a person or confirmed
   */
  public record Value(PageLink link, String machine) {}

  /**
   * One text of the record.
   *
   * @param label e.g. {@code English translation}
   * @param language BCP 47 tag, for the {@code lang} attribute
   * @param html the text as safe HTML
   * @param credit translator or source, or null
   */
  public record TextView(String label, String language, String html, String credit) {}

  /** True when two texts can be read side by side. */
  public boolean sideBySide() {
    return texts.size() > 1;
  }
}
