package org.chancery.archive;

/**
 * Receives progress of a long operation (ingest, reindex, export), so the command line
 * can draw a bar and the web layer can report a job's state.
 */
@FunctionalInterface
public interface Progress {

  Progress NONE = (label, done, total) -> { };

  /**
   * @param label what is being done ({@code frus1951v07p2.xml})
   * @param done units done so far
   * @param total units in all, or -1 when unknown
   */
  void update(String label, long done, long total);
}
