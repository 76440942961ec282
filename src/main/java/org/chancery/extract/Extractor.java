package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;

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
      if (frame.date().precision() != EdtfDate.Precision.YEAR && !frame.date().isInterval()) {
        draft.contextMonth(frame.date().earliest().getMonthValue());
      }
    }
    for (Rule rule : rules) {
      rule.apply(source, draft);
    }
    return Merge.into(resolved(frame), draft);
  }

  /**
   * The catalogue's own names (from a title such as {@code Mao Zedong to Filippov [Stalin]})
   * resolved to authorities where one matches: {@code name} the preferred form, {@code as}
   * what the document's author wrote.
   */
  private ArchivalRecord resolved(ArchivalRecord frame) {
    return frame.toBuilder()
        .authors(resolve(frame.authors(), Authority.Kind.PERSON))
        .recipients(resolve(frame.recipients(), Authority.Kind.PERSON))
        .via(resolve(frame.via(), Authority.Kind.PERSON))
        .copiesTo(resolve(frame.copiesTo(), Authority.Kind.PERSON))
        .build();
  }

  private List<NameRef> resolve(List<NameRef> refs, Authority.Kind kind) {
    List<NameRef> out = new ArrayList<>();
    for (NameRef r : refs) {
      NameRef n = r.id() != null ? r : names.ref(r.as() != null ? r.as() : r.name(), kind);
      out.add(n.id() != null ? n : r);
    }
    return out;
  }
}
