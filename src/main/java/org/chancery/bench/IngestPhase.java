package org.chancery.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.Archive;
import org.chancery.archive.IngestReport;
import org.chancery.archive.Progress;
import org.chancery.record.PublicationState;

/**
 * The ingest phase of a run: the files of one layout after another, each layout as one
 * {@code Archive.ingest} call over all its files — what {@code chancery ingest DIR/*} does,
 * so the archive's batching across files is measured as a user gets it. One call per layout
 * (rather than the manifest's interleaved order) is what lets each layout be timed alone.
 */
final class IngestPhase {

  /** One corpus file as the manifest lists it. */
  record Entry(String path, String layout, int docs, long bytes) { }

  /**
   * What ingesting one layout took.
   *
   * @param cpuSeconds CPU time of the whole process (every thread) meanwhile: unlike the
   *     elapsed time, it barely moves when other processes share the machine
   */
  record Timing(String layout, long files, long docs, long bytes, double seconds,
      double cpuSeconds) { }

  /** What the whole phase did. */
  record Outcome(List<Timing> layouts, long records, int refused, double seconds) {
    long bytes() {
      return layouts.stream().mapToLong(Timing::bytes).sum();
    }

    double cpuSeconds() {
      return layouts.stream().mapToDouble(Timing::cpuSeconds).sum();
    }
  }

  private IngestPhase() { }

  /**
   * Ingests the files layout by layout; {@code layoutDone} hears each layout's timing as
   * soon as it is measured.
   */
  static Outcome run(Archive archive, Path corpus, List<Entry> files, String label,
      Progress progress, java.util.function.Consumer<Timing> layoutDone) {
    Map<String, List<Entry>> byLayout = new LinkedHashMap<>();
    for (Entry e : files) {
      byLayout.computeIfAbsent(e.layout(), k -> new ArrayList<>()).add(e);
    }
    long total = files.stream().mapToLong(Entry::docs).sum();
    List<Timing> timings = new ArrayList<>();
    long records = 0;
    int refused = 0;
    long[] done = {0};
    long started = System.nanoTime();
    for (Map.Entry<String, List<Entry>> layout : byLayout.entrySet()) {
      List<Entry> group = layout.getValue();
      List<Path> paths = group.stream().map(e -> corpus.resolve(e.path())).toList();
      long before = done[0];
      // the archive reports each file as it starts reading it: count files, show documents
      int[] file = {0};
      Progress perFile = (what, d, t) -> {
        if (what.endsWith(": reading") && file[0] < group.size()) {
          done[0] += file[0] == 0 ? 0 : group.get(file[0] - 1).docs();
          file[0]++;
          progress.update("ingest " + label + " (" + layout.getKey() + ")", done[0], total);
        }
      };
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      List<IngestReport> reports = archive.ingest(paths, PublicationState.PUBLISHED, perFile);
      double seconds = (System.nanoTime() - t0) / 1e9;
      for (IngestReport r : reports) {
        refused += r.refused() ? 1 : 0;
        records += r.saved().total();
      }
      long docs = group.stream().mapToLong(Entry::docs).sum();
      done[0] = before + docs;
      Timing timing = new Timing(layout.getKey(), group.size(), docs,
          group.stream().mapToLong(Entry::bytes).sum(), seconds,
          (processCpuNanos() - cpu0) / 1e9);
      timings.add(timing);
      layoutDone.accept(timing);
    }
    progress.update("ingest " + label, total, total);
    return new Outcome(timings, records, refused, (System.nanoTime() - started) / 1e9);
  }

  /** CPU time of this process so far, or 0 where the platform does not tell. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean s
        ? Math.max(0, s.getProcessCpuTime()) : 0;
  }
}
