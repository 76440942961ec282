package org.chancery.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.chancery.ingest.JsonLines;
import org.chancery.record.ArchivalRecord;

/**
 * One record as a JSON Lines entry ({@code {"record":{...}}}), the form {@code ingest}
 * reads. A whole-archive JSON Lines export (collections and authorities first) is
 * {@link org.chancery.archive.Archive#export}; {@link Exporter} sends it there.
 */
final class JsonLinesWriter implements RecordWriter {

  private final JsonLines out;

  JsonLinesWriter(Writer out, ExportContext context) {
    this.out = new JsonLines(out, context.json());
  }

  @Override
  public void write(ArchivalRecord r) throws IOException {
    try {
      out.record(r.toBuilder().updated(null).build());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void finish() throws IOException {
    out.close();
  }
}
