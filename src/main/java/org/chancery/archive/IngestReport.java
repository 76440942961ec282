package org.chancery.archive;

import java.util.List;
import org.chancery.record.Problem;
import org.chancery.store.SaveSummary;

/**
 * What ingesting one input did.
 *
 * @param file the input's name
 * @param saved what the catalogue changed; all zero when the input was refused
 * @param problems what the reader found wrong; a fatal one means nothing was saved
 * @param refused true when nothing of the input was saved
 */
public record IngestReport(String file, SaveSummary saved, List<Problem> problems,
    boolean refused) {

  public IngestReport {
    problems = List.copyOf(problems);
  }
}
