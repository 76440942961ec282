package org.chancery.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chancery.extract.ContractJson;
import org.chancery.extract.Extractor;
import org.chancery.extract.NameIndex;
import org.chancery.ingest.IngestBatch;
import org.chancery.ingest.Ingestor;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery extract FILE...}: the extract contract of each document, JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Reads each file as ingest does (archive-page text, a bare cable or "
        + "telegram as plain text, a FRUS TEI-XML volume, JSON Lines) and prints one JSON "
        + "object per document: file, type, title, date, datetime, origin_place, from, to, "
        + "via, copies_to, classification, precedence, numbers, issuing_office, stamps, "
        + "persons, places, handling, embedded, references, source, summary.",
        "A file that cannot be read prints {\"file\": ..., \"error\": ...} and the exit code "
            + "is 1. Nothing is saved."})
final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--authorities", paramLabel = "FILE",
      description = "More authorities to match names against, besides those shipped with "
          + "Chancery: a JSON array of authority objects ({id, kind, name, variants, "
          + "description, source}, kind PERSON, ORGANISATION, PLACE or SUBJECT), or a FRUS "
          + "TEI-XML volume whose persons list becomes person authorities.")
  Path authorities;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    NameIndex names = NameIndex.bundled();
    if (authorities != null) {
      names = names.with(loadAuthorities(authorities));
    }
    Ingestor ingestor = new Ingestor(new Extractor(names));
    int code = 0;
    for (Path f : files) {
      String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
      IngestBatch batch = ingestor.read(f);
      if (batch.isFatal()) {
        out.println(ContractJson.error(name, batch.problems().stream().filter(Problem::fatal)
            .map(Problem::message).collect(Collectors.joining("; "))));
        code = 1;
        continue;
      }
      for (ArchivalRecord r : batch.records()) {
        out.println(ContractJson.line(r));
      }
    }
    out.flush();
    return code;
  }

  /** Authorities from a JSON array or from a FRUS volume's persons list. */
  static List<Authority> loadAuthorities(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --authorities " + file + ": "
          + e.getMessage(), e);
    }
    if (text.stripLeading().startsWith("[")) {
      try {
        return NameIndex.parseAuthorities(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--authorities " + file + " is not a JSON array of "
            + "authorities: " + e.getMessage(), e);
      }
    }
    IngestBatch b = new Ingestor(new Extractor(NameIndex.empty())).read(file);
    if (b.isFatal() || b.authorities().isEmpty()) {
      throw new IllegalArgumentException("--authorities " + file + " holds no authorities: give"
          + " a JSON array of authorities or a FRUS TEI volume with a persons list");
    }
    return b.authorities();
  }
}
