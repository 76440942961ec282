package org.chancery.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.extract.Extractor;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Cable;
import org.chancery.record.EdtfDate;
import org.chancery.record.Origin;
import org.chancery.record.Problem;
import org.chancery.record.Provenance;
import org.chancery.record.RecordId;
import org.chancery.record.Text;

/**
 * A digital archive's record page scraped to text, the seed's layout: date, catalogue
 * title, optional credit line, the transcript, a summary, then catalogue sections
 * ({@code Author(s):}, {@code Source}, {@code Rights}, ...), any of them empty.
 *
 * <p>The transcript is kept verbatim, as a slice of the file, and its span is recorded as
 * provenance: the cable extractor works on it later, and its offsets must point at the
 * characters the cataloguer sees. Nothing of the cable's inner structure is read here.
 */
final class SeedTextReader {

  static final String FORMAT = "text";

  /** Credit lines name a funder, not a foundation we know: "This document was made
   * possible with support from ...", "Translation funded by ...", "Courtesy of ...". */
  private static final Pattern CREDIT = Pattern.compile("(?i)^(?:"
      + "(?:(?:this |the )?(?:document|translation|transcription|record|item|collection"
      + "|publication|digitization|digitisation)(?: of this document)?"
      + " (?:was |is |has been )?)?"
      + "(?:made possible|funded|sponsored|supported|digitized|digitised)(?: in part)?"
      + " (?:with|by|through|thanks to)"
      + "|(?:with|thanks to) (?:the )?(?:generous )?(?:support|funding|assistance) (?:of|from)"
      + "|courtesy of|credit:)");

  /** Section header (lower case, no colon) to the field it fills. */
  private static final Map<String, String> HEADERS = headers();

  /** A run of lines between two headers longer than this is a transcript, not a section:
   * a stray "Summary" line inside a document must not cut it short. */
  private static final int MAX_SECTION_LINES = 25;

  private final String file;
  private final String text;
  private final Extractor extractor;
  private final String[] lines;
  private final int[] starts;
  private final List<Problem> problems = new ArrayList<>();

  private SeedTextReader(String file, String text, Extractor extractor) {
    this.file = file;
    this.text = text;
    this.extractor = extractor;
    this.lines = text.split("\n", -1);
    this.starts = new int[lines.length + 1];
    for (int i = 0; i < lines.length; i++) {
      starts[i + 1] = starts[i] + lines[i].length() + 1;
    }
  }

  static IngestBatch read(String file, String text, Extractor extractor) {
    return new SeedTextReader(file, text, extractor).read();
  }

  private IngestBatch read() {
    int i = nextNonBlank(0);
    if (i < 0) {
      return IngestBatch.failed(file, null, "the file is empty");
    }
    Optional<EdtfDate> date = SeedDate.parse(lines[i]);
    if (date.isEmpty() && CatalogueTitle.parse(lines[i]).type() == null) {
      return bare(i);
    }
    int dateLine = -1;
    if (date.isPresent()) {
      dateLine = i;
      i = nextNonBlank(i + 1);
    } else {
      problems.add(new Problem(file, "line " + (i + 1), "the first line is not a date (\""
          + shorten(lines[i]) + "\"); the record has no date", false));
    }
    if (i < 0) {
      return IngestBatch.failed(file, null, "there is no title line after the date");
    }
    int titleLine = i;
    String title = lines[i].strip();
    int bodyFrom = i + 1;
    int credit = nextNonBlank(bodyFrom);
    String creditLine = null;
    if (credit >= 0 && lines[credit].strip().length() < 400
        && CREDIT.matcher(lines[credit].strip()).find()) {
      creditLine = lines[credit].strip();
      bodyFrom = credit + 1;
    }

    int sectionsFrom = sectionsStart(bodyFrom);
    Map<String, List<String>> sections = sections(sectionsFrom);
    int bodyTo = sectionsFrom;
    String summary = joined(sections.get("summary"), " ");
    int summaryLine = -1;
    if (summary == null && sectionsFrom < lines.length) {
      summaryLine = implicitSummary(bodyFrom, sectionsFrom);
      if (summaryLine >= 0) {
        summary = joinLines(summaryLine, sectionsFrom).strip().replaceAll("\\s*\n\\s*", " ");
        bodyTo = summaryLine;
      }
    }

    RecordId id = recordId(sections.get("id"));
    ArchivalRecord.Builder b = ArchivalRecord.builder(id)
        .title(title)
        .date(date.orElse(null))
        .creditLine(creditLine)
        .summary(summary)
        .languages(List.of("en"))
        .origin(new Origin(FORMAT, file, null));
    if (dateLine >= 0) {
      b.provenance(span("date", dateLine, dateLine + 1, "seed-text:line-1-date"));
    }
    b.provenance(span("title", titleLine, titleLine + 1, "seed-text:title-line"));
    if (creditLine != null) {
      b.provenance(span("creditLine", credit, credit + 1, "seed-text:credit-line"));
    }
    if (summaryLine >= 0) {
      b.provenance(span("summary", summaryLine, sectionsFrom, "seed-text:line-before-sections"));
    }

    int from = nextNonBlank(bodyFrom);
    int to = bodyTo;
    while (to > bodyFrom && lines[to - 1].isBlank()) {
      to--;
    }
    if (from >= 0 && from < to) {
      b.text(new Text(Text.Kind.TRANSLATION, "en", joinLines(from, to), null, null));
      b.provenance(span("texts[0]", from, to, "seed-text:transcript"));
    } else {
      problems.add(new Problem(file, null, "the page has no transcript between the title and"
          + " the catalogue sections", false));
    }

    CatalogueTitle parsed = CatalogueTitle.parse(title);
    String type = joined(sections.get("type"), "; ");
    b.type(type != null ? type : parsed.type());
    b.authors(parsed.from()).recipients(parsed.to()).via(parsed.via());
    if (parsed.number() != null) {
      b.cable(new Cable(null, List.of(parsed.number()), null, null, null, null, List.of(), List.of(),
          List.of(), List.of(), List.of()));
    }
    SeedSections.apply(sections, b);
    ArchivalRecord r = b.build();
    if (from >= 0 && from < to) {
      // The cable's own structure, with spans into this file.
      r = extractor.extract(r, joinLines(from, to), starts[from]);
    }
    return new IngestBatch(file, List.of(r), List.of(), List.of(), problems);
  }

  /**
   * A text without the archive's frame (no date line, no title in house style): a bare
   * cable, a FRUS telegram as printed. The whole text is the transcript; the title is made
   * in house style from what the extraction finds, else from the file name.
   */
  private IngestBatch bare(int first) {
    int last = lines.length;
    while (last > first && lines[last - 1].isBlank()) {
      last--;
    }
    String body = joinLines(first, last);
    ArchivalRecord frame = ArchivalRecord.builder(recordId(null))
        .title(Ingestor.baseName(file))
        .languages(List.of("en"))
        .origin(new Origin(FORMAT, file, null))
        .text(new Text(Text.Kind.TRANSLATION, "en", body, null, null))
        .provenance(span("texts[0]", first, last, "seed-text:bare-transcript"))
        .build();
    ArchivalRecord r = extractor.extract(frame, body, starts[first]);
    String title = CatalogueTitle.houseStyle(r);
    r = r.toBuilder().title(title != null ? title : r.title())
        .provenance(Provenance.fromMarkup("title", title != null
            ? "seed-text:title-from-extraction" : "seed-text:title-from-file-name"))
        .build();
    problems.add(new Problem(file, null, "no catalogue frame (date line and title); read as a"
        + " bare transcript, title made from its contents", false));
    return new IngestBatch(file, List.of(r), List.of(), List.of(), problems);
  }

  private RecordId recordId(List<String> idSection) {
    String wanted = joined(idSection, " ");
    for (String candidate : new String[] {wanted, Ingestor.baseName(file)}) {
      if (candidate != null && candidate.chars().anyMatch(Character::isLetterOrDigit)) {
        return RecordId.slug(candidate);
      }
    }
    return RecordId.slug("text-" + Integer.toHexString(text.hashCode()));
  }

  /** Where the catalogue sections begin: the earliest header of the block of headers
   * that ends the page. */
  private int sectionsStart(int from) {
    List<Integer> headers = new ArrayList<>();
    for (int k = from; k < lines.length; k++) {
      if (header(lines[k]) != null) {
        headers.add(k);
      }
    }
    if (headers.isEmpty()) {
      return lines.length;
    }
    int start = headers.get(headers.size() - 1);
    for (int k = headers.size() - 2; k >= 0; k--) {
      int h = headers.get(k);
      if (nonBlankBetween(h + 1, start) > MAX_SECTION_LINES) {
        break;
      }
      start = h;
    }
    return start;
  }

  private Map<String, List<String>> sections(int from) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (int k = from; k < lines.length; k++) {
      String key = header(lines[k]);
      if (key != null) {
        current = out.computeIfAbsent(key, x -> new ArrayList<>());
      } else if (current != null && !lines[k].isBlank()) {
        current.add(lines[k].strip());
      }
    }
    return out;
  }

  /**
   * The first line of the paragraph just before the sections when it reads like a
   * summary (a sentence of several words), else -1.
   */
  private int implicitSummary(int bodyFrom, int sectionsFrom) {
    int last = sectionsFrom - 1;
    while (last >= bodyFrom && lines[last].isBlank()) {
      last--;
    }
    if (last < bodyFrom) {
      return -1;
    }
    int firstText = nextNonBlank(bodyFrom);
    boolean paragraphs = false;
    for (int k = firstText; k < last && !paragraphs; k++) {
      paragraphs = lines[k].isBlank();
    }
    int first = last;
    while (paragraphs && first - 1 >= bodyFrom && !lines[first - 1].isBlank()) {
      first--;
    }
    String candidate = joinLines(first, last + 1).strip();
    boolean sentence = candidate.split("\\s+").length >= 5
        && candidate.chars().anyMatch(Character::isLowerCase)
        && firstText < first;
    return sentence ? first : -1;
  }

  static String header(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    if (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s.length() > 40 ? null : HEADERS.get(s);
  }

  private static Map<String, String> headers() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("summary", "summary");
    for (String a : List.of("author(s)", "authors", "author")) {
      m.put(a, "authors");
    }
    m.put("associated places", "places");
    m.put("associated people & organizations", "persons");
    m.put("associated people and organizations", "persons");
    m.put("subjects discussed", "subjects");
    m.put("associated topics", "subjects");
    m.put("document information", "information");
    m.put("source", "sources");
    m.put("sources", "sources");
    m.put("original archive", "archive");
    m.put("rights", "rights");
    m.put("original uploaded date", "uploaded");
    m.put("type", "type");
    m.put("document type", "type");
    m.put("language", "language");
    m.put("languages", "language");
    m.put("record id", "id");
    return Map.copyOf(m);
  }

  private int nextNonBlank(int from) {
    for (int k = Math.max(0, from); k < lines.length; k++) {
      if (!lines[k].isBlank()) {
        return k;
      }
    }
    return -1;
  }

  private int nonBlankBetween(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += lines[k].isBlank() ? 0 : 1;
    }
    return n;
  }

  /** Lines [from, to) exactly as in the file, without the last line break. */
  private String joinLines(int from, int to) {
    int end = Math.min(starts[to] - 1, text.length());
    return text.substring(starts[from], Math.max(starts[from], end));
  }

  private Provenance span(String field, int fromLine, int toLine, String rule) {
    int end = Math.min(starts[toLine] - 1, text.length());
    return new Provenance(field, starts[fromLine], end, rule, 1.0, false);
  }

  static String joined(List<String> values, String sep) {
    return values == null || values.isEmpty() ? null : String.join(sep, values);
  }

  private static String shorten(String s) {
    String t = s.strip();
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }
}
