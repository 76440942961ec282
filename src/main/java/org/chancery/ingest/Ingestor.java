package org.chancery.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.chancery.extract.Extractor;
import org.chancery.record.Problem;
import org.chancery.record.RecordJson;

/**
 * Reads one input file into an {@link IngestBatch}: the only door into this package.
 *
 * <p>Never throws on bad input. Whatever is wrong ends up as a {@link Problem} naming the
 * file; when the file as a whole is unusable the batch is fatal and holds no records, so
 * nothing half-read reaches the catalogue. Formats are recognised by content, with the
 * file name's extension only as a hint, because uploads are often misnamed.
 */
public final class Ingestor {

  /** Default limit on an input's size, before and after gunzip: 512 MiB. */
  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  static final String ACCEPTED = "accepted formats: seed-layout plain text (.txt), FRUS"
      + " TEI-XML (.xml) and Chancery JSON Lines (.jsonl, .ndjson), each optionally gzipped"
      + " (.gz)";

  private final long maxBytes;
  private final Extractor extractor;
  private final RecordJson json = new RecordJson();

  /** An ingestor that extracts with the authorities shipped with Chancery. */
  public Ingestor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** @param maxBytes the largest input accepted, in bytes, before and after gunzip */
  public Ingestor(long maxBytes) {
    this(maxBytes, Extractor.withBundledAuthorities());
  }

  /** @param extractor reads the cable structure of plain-text transcripts */
  public Ingestor(Extractor extractor) {
    this(DEFAULT_MAX_BYTES, extractor);
  }

  public Ingestor(long maxBytes, Extractor extractor) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
    }
    if (extractor == null) {
      throw new IllegalArgumentException("an ingestor needs an extractor");
    }
    this.maxBytes = maxBytes;
    this.extractor = extractor;
  }

  /** Reads a file from disk; its name (not its path) names it in records and problems. */
  public IngestBatch read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return tooBig(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return readStream(name, in);
      }
    } catch (NoSuchFileException e) {
      return IngestBatch.failed(name, null, "no such file: " + file);
    } catch (IOException e) {
      return IngestBatch.failed(name, null, "cannot read the file: " + e.getMessage());
    }
  }

  /** Reads an upload. */
  public IngestBatch read(String fileName, byte[] content) {
    String name = fileName == null || fileName.isBlank() ? "upload" : lastSegment(fileName);
    if (content == null) {
      return IngestBatch.failed(name, null, "the upload has no content");
    }
    if (content.length > maxBytes) {
      return tooBig(name, content.length);
    }
    try {
      return readStream(name, new java.io.ByteArrayInputStream(content));
    } catch (IOException e) {
      return IngestBatch.failed(name, null, "cannot read the upload: " + e.getMessage());
    }
  }

  private IngestBatch readStream(String name, InputStream raw) throws IOException {
    byte[] bytes = readAtMost(raw, maxBytes);
    if (bytes == null) {
      return tooBig(name, -1);
    }
    if (isGzip(bytes)) {
      try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        bytes = readAtMost(gz, maxBytes);
      } catch (IOException e) {
        return IngestBatch.failed(name, null, "the file looks gzipped but cannot be unpacked ("
            + e.getMessage() + "); is it cut off?");
      }
      if (bytes == null) {
        return IngestBatch.failed(name, null, "the file unpacks to more than "
            + human(maxBytes) + ", the limit for one input; split it into smaller files");
      }
    }
    return readBytes(name, bytes);
  }

  private IngestBatch readBytes(String name, byte[] bytes) {
    if (bytes.length == 0) {
      return IngestBatch.failed(name, null, "the file is empty");
    }
    if (TextDecoder.looksBinary(bytes)) {
      return IngestBatch.failed(name, null, "looks like a binary file, not text ("
          + ACCEPTED + ")");
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.text().isBlank()) {
      return IngestBatch.failed(name, null, "the file is empty (only blank space)");
    }
    Format format = Format.sniff(stripGz(name), decoded.text());
    IngestBatch batch;
    try {
      batch = switch (format) {
        case FRUS_TEI -> FrusTeiReader.read(name, decoded.text());
        case JSON_LINES -> JsonLines.read(name, decoded.text(), json);
        case SEED_TEXT -> SeedTextReader.read(name, decoded.text(), extractor);
        case OTHER_XML -> IngestBatch.failed(name, null, Format.describeOtherXml(
            decoded.text()) + "; " + ACCEPTED);
        case UNKNOWN -> IngestBatch.failed(name, null,
            "this is not a format Chancery reads; " + ACCEPTED);
      };
    } catch (RuntimeException e) {
      // A reader bug must not take the caller down with it: report it against the file.
      return IngestBatch.failed(name, null, "could not be read because of an internal error ("
          + e + "); please report it with the file");
    }
    if (decoded.warning() == null || batch.isFatal()) {
      return batch;
    }
    List<Problem> problems = new ArrayList<>();
    problems.add(new Problem(name, null, decoded.warning(), false));
    problems.addAll(batch.problems());
    return new IngestBatch(batch.file(), batch.records(), batch.collections(),
        batch.authorities(), problems);
  }

  private IngestBatch tooBig(String name, long size) {
    return IngestBatch.failed(name, null, "the file is " + (size >= 0 ? human(size) + ", " : "")
        + "over the limit of " + human(maxBytes) + " for one input; split it into smaller files");
  }

  /** Reads up to {@code limit} bytes; null when there are more, without reading them. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  private static String lastSegment(String name) {
    String n = name.replace('\\', '/');
    String last = n.substring(n.lastIndexOf('/') + 1);
    return last.isBlank() ? "upload" : last;
  }

  static String stripGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz")
        ? name.substring(0, name.length() - 3) : name;
  }

  /** The file name without {@code .gz} and without its extension. */
  static String baseName(String name) {
    String n = stripGz(name);
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
