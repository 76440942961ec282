package org.chancery.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.NameRef;
import org.chancery.record.Note;
import org.chancery.record.Text;

/**
 * Plain text for reading and printing: per record a catalogue card (title underlined,
 * then one labelled line per known field) followed by the summary, each text and the
 * notes. Records are separated by a form feed on a line of its own, so a printer starts
 * each on a new page and a script splits the file on {@code \f}; no form feed can come
 * from a document, since {@link CleanText} drops control characters.
 */
final class TextWriter implements RecordWriter {

  static final String RECORD_SEPARATOR = "\f\n";
  private static final int LABEL_WIDTH = 13;

  private final Writer out;
  private final ExportContext context;
  private boolean first = true;

  TextWriter(Writer out, ExportContext context) {
    this.out = out;
    this.context = context;
  }

  @Override
  public void write(ArchivalRecord r) throws IOException {
    StringBuilder b = new StringBuilder();
    if (!first) {
      b.append(RECORD_SEPARATOR);
    }
    first = false;
    String title = clean(r.title());
    b.append(title).append('\n').append("=".repeat(Math.min(78, title.length()))).append("\n\n");
    field(b, "Date", r.date() == null ? null
        : r.date().display() + " (EDTF " + r.date().text() + ")");
    field(b, "Type", r.type());
    field(b, "From", names(r.authors()));
    field(b, "To", names(r.recipients()));
    field(b, "Sent from", r.originPlace() == null ? null : r.originPlace().name());
    field(b, "Places", names(r.places()));
    field(b, "Persons", names(r.persons()));
    field(b, "Subjects", String.join("; ", r.subjects()));
    field(b, "Languages", String.join(", ", r.languages()));
    field(b, "Collection", r.collections().stream().map(context::collectionTitle)
        .collect(Collectors.joining("; ")));
    field(b, "Archive", r.originalArchive());
    for (String s : r.sources()) {
      field(b, "Source", s);
    }
    field(b, "Rights", r.rights() == null ? null : r.rights().statement());
    field(b, "Credit", r.creditLine());
    field(b, "Permalink", context.permalink(r.id()));
    section(b, "Summary", r.summary());
    for (Text t : r.texts()) {
      String kind = t.kind().name().charAt(0) + t.kind().name().substring(1).toLowerCase(Locale.ROOT);
      String heading = kind + " (" + t.language() + ")"
          + (t.translator() == null ? "" : ", " + t.translator());
      section(b, heading, t.body());
    }
    if (!r.notes().isEmpty()) {
      StringBuilder notes = new StringBuilder();
      for (Note n : r.notes()) {
        notes.append(n.label() == null ? "" : "[" + n.label() + "] ").append(n.text()).append('\n');
      }
      section(b, "Notes", notes.toString());
    }
    out.write(b.toString());
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private static void field(StringBuilder b, String label, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String indent = " ".repeat(LABEL_WIDTH);
    String v = clean(value).strip().replaceAll("\r?\n", "\n" + indent);
    b.append(String.format("%-" + LABEL_WIDTH + "s", label + ":")).append(v).append('\n');
  }

  private static void section(StringBuilder b, String heading, String body) {
    if (body == null || body.isBlank()) {
      return;
    }
    b.append('\n').append(heading).append('\n').append("-".repeat(heading.length()))
        .append('\n').append(clean(body).strip().replace("\r\n", "\n")).append('\n');
  }

  private static String names(List<NameRef> names) {
    return names.stream().map(NameRef::name).distinct().collect(Collectors.joining("; "));
  }

  private static String clean(String s) {
    return CleanText.of(s);
  }
}
