package org.chancery.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Measured values, one row each, printed as a table and written as CSV. */
final class Results {

  /**
   * @param docs corpus size
   * @param metric what was measured ({@code search p50}, {@code ingest})
   * @param engine {@code chancery}, {@code solr} (straight SolrJ) or {@code postgres}
   * @param clients concurrent clients, 0 when not applicable
   * @param query query kind or {@code all}
   */
  record Row(long docs, String metric, String engine, int clients, String query, double value,
      String unit) { }

  private final List<Row> rows = new ArrayList<>();

  synchronized void add(long docs, String metric, String engine, int clients, String query,
      double value, String unit) {
    rows.add(new Row(docs, metric, engine, clients, query, value, unit));
  }

  synchronized List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The value of the first row matching, or NaN. */
  synchronized double value(long docs, String metric, String engine, int clients, String query) {
    for (Row r : rows) {
      if (r.docs() == docs && r.metric().equals(metric) && r.engine().equals(engine)
          && r.clients() == clients && r.query().equals(query)) {
        return r.value();
      }
    }
    return Double.NaN;
  }

  void writeCsv(Path file) throws IOException {
    StringBuilder b = new StringBuilder("docs,metric,engine,clients,query,value,unit\n");
    for (Row r : rows()) {
      b.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%s,%.3f,%s%n", r.docs(), r.metric(),
          r.engine(), r.clients(), r.query(), r.value(), r.unit()));
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  /** Every row as a Markdown table. */
  String markdown() {
    StringBuilder b = new StringBuilder("| docs | metric | engine | clients | query | value |"
        + " unit |\n|---:|---|---|---:|---|---:|---|\n");
    for (Row r : rows()) {
      b.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s |%n", r.docs(),
          r.metric(), r.engine(), r.clients() == 0 ? "" : Integer.toString(r.clients()),
          r.query(), format(r.value()), r.unit()));
    }
    return b.toString();
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  void print(PrintStream out) {
    out.print(markdown());
  }
}
