package org.chancery.export;

import java.io.IOException;
import org.chancery.record.ArchivalRecord;

/**
 * Writes records of one format to a stream, one at a time: whatever a format needs before
 * the first record (a CSV header, a teiCorpus header) is written when it is opened, and
 * whatever it needs after the last (closing tags) by {@link #finish}.
 */
interface RecordWriter {

  void write(ArchivalRecord r) throws IOException;

  /** Ends the file and flushes; the underlying stream stays the caller's to close. */
  void finish() throws IOException;
}
