package org.chancery.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.Problem;
import org.chancery.record.RecordJson;

/**
 * Chancery's own export and backup format: one JSON object per line, each with exactly
 * one key, {@code collection}, {@code authority} or {@code record}, whose value is the
 * {@link RecordJson} form. Collections come first and authorities next, so a reader can
 * load a file in one pass with every reference already defined.
 *
 * <p>Writing streams (an export of a whole archive never holds it in memory); reading is
 * all or nothing, because a backup restored with holes is worse than one refused.
 *
 * <pre>{@code
 * try (JsonLines out = new JsonLines(writer, json)) {
 *   out.collection(volume);
 *   records.forEach(out::record);
 * }
 * }</pre>
 */
public final class JsonLines implements AutoCloseable {

  static final String FORMAT = "jsonl";
  private static final int MAX_REPORTED = 50;
  private static final Map<String, Class<?>> KINDS = Map.of("collection", Collection.class,
      "authority", Authority.class, "record", ArchivalRecord.class);

  private final Writer out;
  private final RecordJson json;
  private int stage;

  /** A streaming writer; call collections, then authorities, then records. */
  public JsonLines(Writer out, RecordJson json) {
    this.out = out;
    this.json = json;
  }

  public JsonLines collection(Collection c) {
    return line("collection", 0, c);
  }

  public JsonLines authority(Authority a) {
    return line("authority", 1, a);
  }

  public JsonLines record(ArchivalRecord r) {
    return line("record", 2, r);
  }

  private JsonLines line(String key, int order, Object value) {
    if (order < stage) {
      throw new IllegalStateException("JSON Lines order is collections, authorities,"
          + " records: cannot write a " + key + " after a later kind");
    }
    stage = order;
    try {
      out.write("{\"" + key + "\":");
      out.write(json.write(value));
      out.write("}\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON Lines export", e);
    }
    return this;
  }

  /** Flushes the underlying writer; closing it stays the caller's business. */
  @Override
  public void close() throws IOException {
    out.flush();
  }

  /** Writes a whole export: collections, then authorities, then records, in the given order. */
  public static void write(Writer out, RecordJson json, List<Collection> collections,
      List<Authority> authorities, Iterable<ArchivalRecord> records) throws IOException {
    JsonLines w = new JsonLines(out, json);
    try {
      collections.forEach(w::collection);
      authorities.forEach(w::authority);
      records.forEach(w::record);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.close();
  }

  /** Reads an export; any bad line makes the batch fatal, with every bad line listed. */
  public static IngestBatch read(String fileName, Reader in) {
    StringWriter text = new StringWriter();
    try (BufferedReader r = new BufferedReader(in)) {
      r.transferTo(text);
    } catch (IOException e) {
      return IngestBatch.failed(fileName, null, "cannot read the file: " + e.getMessage());
    }
    return read(fileName, text.toString(), new RecordJson());
  }

  static IngestBatch read(String file, String text, RecordJson json) {
    ObjectMapper mapper = json.mapper();
    List<Collection> collections = new ArrayList<>();
    List<Authority> authorities = new ArrayList<>();
    List<ArchivalRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int bad = 0;
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String error;
      try {
        error = readLine(mapper, line, collections, authorities, records);
      } catch (JsonProcessingException e) {
        error = "not valid JSON (" + rootMessage(e) + ")";
      } catch (IllegalArgumentException e) {
        error = rootMessage(e);
      }
      if (error != null && ++bad <= MAX_REPORTED) {
        problems.add(new Problem(file, "line " + lineNo, error, true));
      }
    }
    if (bad > MAX_REPORTED) {
      problems.add(new Problem(file, null, (bad - MAX_REPORTED) + " more bad lines not listed",
          true));
    }
    if (bad > 0) {
      return new IngestBatch(file, List.of(), List.of(), List.of(), problems);
    }
    if (collections.isEmpty() && authorities.isEmpty() && records.isEmpty()) {
      return IngestBatch.failed(file, null, "the file holds no JSON Lines entries");
    }
    return new IngestBatch(file, records, collections, authorities, problems);
  }

  /** Reads one line into the lists; gives what is wrong with it, or null. */
  private static String readLine(ObjectMapper mapper, String line, List<Collection> collections,
      List<Authority> authorities, List<ArchivalRecord> records) throws JsonProcessingException {
    JsonNode node = mapper.readTree(line);
    if (node == null || !node.isObject()) {
      return "each line must be one JSON object like {\"record\":{...}}";
    }
    if (node.size() != 1) {
      return "each line must have exactly one key (collection, authority or record), this one"
          + " has " + node.size();
    }
    String key = node.fieldNames().next();
    Class<?> kind = KINDS.get(key);
    if (kind == null) {
      return "unknown key \"" + key + "\"; expected collection, authority or record";
    }
    Object value = mapper.treeToValue(node.get(key), kind);
    if (value == null) {
      return "the " + key + " is null";
    }
    if (value instanceof Collection c) {
      collections.add(c);
    } else if (value instanceof Authority a) {
      authorities.add(a);
    } else {
      records.add((ArchivalRecord) value);
    }
    return null;
  }

  /** The innermost cause's message: Jackson wraps a record's own complaint ("record x
   * needs a title") in layers of location detail. */
  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t instanceof JsonProcessingException jp ? jp.getOriginalMessage() : t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }
}
