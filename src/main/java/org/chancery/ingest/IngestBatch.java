package org.chancery.ingest;

import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.Problem;

/**
 * What one input file yields: records, the collections and authorities it defines, and
 * the problems met while reading it. A batch with a fatal problem must not be saved at
 * all: the catalogue commits a batch whole or not at all.
 */
public record IngestBatch(String file, List<ArchivalRecord> records, List<Collection> collections,
    List<Authority> authorities, List<Problem> problems) {

  public IngestBatch {
    records = List.copyOf(records);
    collections = List.copyOf(collections);
    authorities = List.copyOf(authorities);
    problems = List.copyOf(problems);
  }

  /** A batch that yields nothing because of one fatal problem. */
  public static IngestBatch failed(String file, String where, String message) {
    return new IngestBatch(file, List.of(), List.of(), List.of(),
        List.of(new Problem(file, where, message, true)));
  }

  /** True when the input as a whole is unusable and nothing of it may be saved. */
  public boolean isFatal() {
    return problems.stream().anyMatch(Problem::fatal);
  }
}
