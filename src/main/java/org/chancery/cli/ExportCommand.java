package org.chancery.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chancery export}: writes the archive as JSON Lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the whole archive as JSON Lines (collections, authorities, records "
        + "with their editorial state).",
        "The file reads back with 'chancery ingest'."})
final class ExportCommand implements Callable<Integer> {

  @Mixin
  DataOptions options;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--published-only",
      description = "Leave out records that are not published (a public dump).")
  boolean publishedOnly;

  @Override
  public Integer call() throws IOException {
    try (Archive archive = Archive.open(options.resolve());
         Writer w = out == null
             ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
             : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
         ProgressBar bar = new ProgressBar(System.err, out != null && System.console() != null)) {
      long n = archive.export(w, publishedOnly, bar);
      if (out != null) {
        System.err.printf("%d records written to %s%n", n, out);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return 0;
  }
}
