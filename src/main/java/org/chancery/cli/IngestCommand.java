package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.archive.IngestReport;
import org.chancery.record.Problem;
import org.chancery.record.PublicationState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chancery ingest FILE...}: reads inputs into the catalogue and the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads plain-text transcripts (the archive page layout), FRUS TEI-XML "
        + "volumes and Chancery JSON Lines exports into the archive.",
        "Each file is saved whole or not at all; ingesting a file again updates its records "
        + "in place."})
final class IngestCommand implements Callable<Integer> {

  /** Warnings shown per file; more would bury the summary (the count is still shown). */
  static final int MAX_WARNINGS = 10;

  @Mixin
  DataOptions options;

  @Option(names = "--state", defaultValue = "published",
      description = "Editorial state of new records from text and TEI inputs: draft, "
          + "in_review or published (default). JSON Lines keep their own.")
  String state;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<Path> files;

  @Override
  public Integer call() {
    PublicationState s = parseState(state);
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        System.err.println("chancery: no such file: " + f);
        return 2;
      }
    }
    long start = System.nanoTime();
    List<IngestReport> reports;
    try (Archive archive = Archive.open(options.resolve());
         ProgressBar bar = new ProgressBar(System.err)) {
      reports = archive.ingest(files, s, bar);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int refused = 0;
    int records = 0;
    for (IngestReport r : reports) {
      int warnings = 0;
      for (Problem p : r.problems()) {
        if (p.fatal()) {
          System.err.println("error: " + p);
        } else if (++warnings <= MAX_WARNINGS) {
          System.err.println("warning: " + p);
        }
      }
      if (warnings > MAX_WARNINGS) {
        System.err.printf("%s: %d more warnings%n", r.file(), warnings - MAX_WARNINGS);
      }
      if (r.refused()) {
        refused++;
        System.err.println(r.file() + ": refused, nothing saved");
      } else {
        records += r.saved().total();
        System.out.printf("%s: %d records (%d new, %d updated, %d unchanged)%n", r.file(),
            r.saved().total(), r.saved().created(), r.saved().updated(), r.saved().unchanged());
      }
    }
    System.out.printf("%d records from %d files in %.1f s%n", records, files.size() - refused,
        seconds);
    return refused == 0 ? 0 : 1;
  }

  static PublicationState parseState(String s) {
    try {
      return PublicationState.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--state must be draft, in_review, published or withdrawn, was '" + s + "'", e);
    }
  }
}
