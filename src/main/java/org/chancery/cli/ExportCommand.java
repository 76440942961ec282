package org.chancery.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.export.ExportFormat;
import org.chancery.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chancery export}: writes the archive as JSON Lines, CSV, TEI P5 or plain text. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the whole archive in one file: JSON Lines (default; collections, "
        + "authorities and records with their editorial state, which 'chancery ingest' reads "
        + "back), CSV (one row per record), TEI P5 (a teiCorpus) or plain text.",
        "Permalinks use site.base-url from the configuration when it is set.",
        "See docs/exports.md for the columns and the TEI mapping."})
final class ExportCommand implements Callable<Integer> {

  @Mixin
  DataOptions options;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default), csv, tei or txt.")
  String format;

  @Option(names = "--published-only",
      description = "Leave out records that are not published (a public dump).")
  boolean publishedOnly;

  @Override
  public Integer call() throws IOException {
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      System.err.println("chancery: " + e.getMessage());
      return 2;
    }
    try (Archive archive = Archive.open(options.resolve());
         Writer w = out == null
             ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
             : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
         ProgressBar bar = new ProgressBar(System.err, out != null && System.console() != null)) {
      long n = new Exporter(archive, archive.config().site().baseUrl())
          .exportAll(f, w, publishedOnly, bar);
      if (out != null) {
        System.err.printf("%d records written to %s (%s)%n", n, out, f.id());
      }
    }
    return 0;
  }
}
