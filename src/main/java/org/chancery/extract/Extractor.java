package org.chancery.extract;

import java.util.List;
import org.chancery.record.ArchivalRecord;

/**
 * Reads a document's structure from its raw text: parties, dates and times, numbers,
 * classification, handling chain, embedded documents and references — every value with
 * the span it came from, the rule that read it and a confidence. Pure: text in, record out.
 *
 * <p>Thread-safe once built; build one per set of authorities and reuse it.
 */
public final class Extractor {

  private final NameIndex names;
  private final List<Rule> rules;

  public Extractor(NameIndex names) {
    this.names = names;
    this.rules = Rules.all(names);
  }

  /** An extractor that knows only the authorities shipped with Chancery. */
  public static Extractor withBundledAuthorities() {
    return new Extractor(new NameIndex(BundledAuthorities.load()));
  }

  public NameIndex names() {
    return names;
  }

  /**
   * Extracts from {@code text} and completes {@code frame} with what it finds. The frame
   * holds what the catalogue already says (a title line, a date line, sections); the
   * catalogue's values stay where they exist, the text's fill the rest, and the cable
   * structure comes from the text.
   *
   * @param frame the record as catalogued so far (at least an id and a title)
   * @param text the document's text (a transcript, a telegram as printed)
   * @param offset where {@code text} starts in the file, so spans point into the file
   */
  public ArchivalRecord extract(ArchivalRecord frame, String text, int offset) {
    SourceText source = new SourceText(text, offset);
    Draft draft = new Draft(offset, offset + text.length());
    if (frame.date() != null) {
      frame.date().year().ifPresent(draft::contextYear);
    }
    for (Rule rule : rules) {
      rule.apply(source, draft);
    }
    return Merge.into(frame, draft);
  }
}
