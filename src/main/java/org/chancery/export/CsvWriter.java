package org.chancery.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;

/**
 * One CSV row per record (RFC 4180: comma-separated, CRLF line ends, fields with commas,
 * quotes or line breaks quoted), with a header row naming the {@link #COLUMNS}. Cells that
 * hold several values join them with {@link #SEPARATOR}. Free-text cells that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage
 * return) get a leading apostrophe; the machine columns (id, dates, language, URLs,
 * state, save time) are never altered, so they can be read back exactly.
 */
final class CsvWriter implements RecordWriter {

  /** Between the values of a multi-valued cell ({@code Mao Zedong | Zhou Enlai}). */
  static final String SEPARATOR = " | ";

  /** The columns in order: name, how to read the value, whether it is free text. */
  private record Column(String name, Function<Row, String> value, boolean freeText) {}

  /** A record with the context its cells need. */
  private record Row(ArchivalRecord r, ExportContext c) {}

  private static final List<Column> COLUMN_LIST = List.of(
      machine("id", w -> w.r().id().value()),
      text("title", w -> w.r().title()),
      machine("date", w -> date(w.r(), EdtfDate::text)),
      machine("date_earliest", w -> date(w.r(), d -> d.earliest().toString())),
      machine("date_latest", w -> date(w.r(), d -> d.latest().toString())),
      text("type", w -> w.r().type()),
      machine("language", w -> String.join(SEPARATOR, w.r().languages())),
      text("authors", w -> names(w.r().authors())),
      text("recipients", w -> names(w.r().recipients())),
      text("origin_place", w -> w.r().originPlace() == null ? null : w.r().originPlace().name()),
      text("places", w -> names(w.r().places())),
      text("persons", w -> names(w.r().persons())),
      text("subjects", w -> String.join(SEPARATOR, w.r().subjects())),
      text("collection", w -> w.r().collections().stream().map(w.c()::collectionTitle)
          .collect(Collectors.joining(SEPARATOR))),
      text("archive", w -> w.r().originalArchive()),
      text("source", w -> String.join(SEPARATOR, w.r().sources())),
      text("rights", w -> w.r().rights() == null ? null : w.r().rights().statement()),
      machine("rights_uri", w -> w.r().rights() == null ? null : w.r().rights().uri()),
      machine("permalink", w -> w.c().permalink(w.r().id())),
      text("summary", w -> w.r().summary()),
      machine("state", w -> w.r().state().name().toLowerCase(java.util.Locale.ROOT)),
      machine("updated", w -> w.r().updated() == null ? null : w.r().updated().toString()));

  /** The header row. */
  static final List<String> COLUMNS = COLUMN_LIST.stream().map(Column::name).toList();

  private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

  private final CSVPrinter printer;
  private final ExportContext context;

  CsvWriter(Writer out, ExportContext context) {
    this.context = context;
    try {
      this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
          .setHeader(COLUMNS.toArray(String[]::new)).get());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the CSV header", e);
    }
  }

  @Override
  public void write(ArchivalRecord r) throws IOException {
    Row row = new Row(r, context);
    List<String> cells = new ArrayList<>(COLUMN_LIST.size());
    for (Column c : COLUMN_LIST) {
      String v = CleanText.of(c.value().apply(row));
      cells.add(c.freeText() ? defused(v) : v);
    }
    printer.printRecord(cells);
  }

  @Override
  public void finish() throws IOException {
    printer.flush();
  }

  /** A cell a spreadsheet shows as text rather than evaluates (OWASP's CSV injection advice). */
  static String defused(String cell) {
    if (cell == null || cell.isEmpty() || !FORMULA_STARTS.contains(cell.charAt(0))) {
      return cell;
    }
    return "'" + cell;
  }

  private static Column machine(String name, Function<Row, String> value) {
    return new Column(name, value, false);
  }

  private static Column text(String name, Function<Row, String> value) {
    return new Column(name, value, true);
  }

  private static String date(ArchivalRecord r, Function<EdtfDate, String> part) {
    return r.date() == null ? null : part.apply(r.date());
  }

  private static String names(List<NameRef> names) {
    return names.stream().map(NameRef::name).distinct().collect(Collectors.joining(SEPARATOR));
  }
}
