package org.chancery.export;

import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats the archive exports to, with what an HTTP response or a file needs. */
public enum ExportFormat {
  JSONL("application/x-ndjson", "jsonl"),
  CSV("text/csv", "csv"),
  TEI("application/tei+xml", "xml"),
  TXT("text/plain", "txt");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The name users type ({@code jsonl}, {@code csv}, {@code tei}, {@code txt}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String mediaType() {
    return mediaType;
  }

  /** File name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format a user named.
   *
   * @throws IllegalArgumentException naming the formats there are, for an unknown name
   */
  public static ExportFormat parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.id().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + name + "'; choose one of "
        + names());
  }

  /** The formats' names joined for messages and help: {@code jsonl, csv, tei, txt}. */
  public static String names() {
    return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
  }

  /**
   * A writer of this format over {@code out}.
   *
   * @param corpus true for a whole-archive file (TEI wraps records in a teiCorpus), false
   *     for one record
   */
  RecordWriter open(Writer out, ExportContext context, boolean corpus) {
    return switch (this) {
      case JSONL -> new JsonLinesWriter(out, context);
      case CSV -> new CsvWriter(out, context);
      case TEI -> new TeiWriter(out, context, corpus);
      case TXT -> new TextWriter(out, context);
    };
  }
}
