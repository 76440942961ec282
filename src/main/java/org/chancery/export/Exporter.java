package org.chancery.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.archive.Archive;
import org.chancery.archive.Progress;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;
import org.chancery.store.Catalogue;

/**
 * Writes the archive, or one record, in an {@link ExportFormat}. Whole-archive exports
 * stream the catalogue in id order ({@link Catalogue#forEach} reads it a page at a
 * time), so memory does not grow with the archive; JSON Lines goes through
 * {@link Archive#export}, the backup that {@code ingest} restores.
 */
public final class Exporter {

  private final Archive archive;
  private final String baseUrl;

  /**
   * @param baseUrl the archive's public URL for permalinks and authority links, or null
   *     for site-relative links
   */
  public Exporter(Archive archive, String baseUrl) {
    this.archive = archive;
    this.baseUrl = baseUrl;
  }

  /**
   * Writes every record (or every published one) and returns how many were written.
   * {@code out} is flushed, not closed.
   */
  public long exportAll(ExportFormat format, Writer out, boolean publishedOnly,
      Progress progress) throws IOException {
    if (format == ExportFormat.JSONL) {
      try {
        return archive.export(out, publishedOnly, progress);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    Catalogue catalogue = archive.catalogue();
    Map<String, Authority.Kind> kinds = catalogue.authorities().stream()
        .collect(Collectors.toMap(Authority::id, Authority::kind, (a, b) -> a));
    RecordWriter writer = format.open(out, context(kinds), true);
    long total = publishedOnly ? catalogue.countPublished() : catalogue.count();
    long[] done = {0};
    try {
      catalogue.forEach(r -> {
        if (publishedOnly && !r.state().isPublic()) {
          return;
        }
        try {
          writer.write(r);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (++done[0] % 1000 == 0) {
          progress.update("export " + format.id(), done[0], total);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.finish();
    progress.update("export " + format.id(), done[0], total);
    return done[0];
  }

  /** Writes one record, whatever its state (the caller checks it may be shown). */
  public void exportOne(ExportFormat format, Writer out, ArchivalRecord r) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (var list : java.util.List.of(r.authors(), r.recipients(), r.via(), r.copiesTo(),
        r.persons(), r.places())) {
      list.stream().map(NameRef::id).filter(java.util.Objects::nonNull).forEach(ids::add);
    }
    if (r.originPlace() != null && r.originPlace().id() != null) {
      ids.add(r.originPlace().id());
    }
    Map<String, Authority.Kind> kinds = new HashMap<>();
    archive.catalogue().authorities(ids).forEach(a -> kinds.put(a.id(), a.kind()));
    RecordWriter writer = format.open(out, context(kinds), false);
    writer.write(r);
    writer.finish();
  }

  /** A file name for a whole-archive download: {@code chancery-records.csv}. */
  public static String fileName(ExportFormat format) {
    return "chancery-records." + format.extension();
  }

  /** A file name for one record's download: {@code <id>.tei.xml}, {@code <id>.csv}. */
  public static String fileName(String recordId, ExportFormat format) {
    return recordId + (format == ExportFormat.TEI ? ".tei." : ".") + format.extension();
  }

  private ExportContext context(Map<String, Authority.Kind> kinds) {
    Map<String, org.chancery.record.Collection> collections = archive.catalogue().collections()
        .stream().collect(Collectors.toMap(org.chancery.record.Collection::id,
            Function.identity(), (a, b) -> a));
    return new ExportContext(baseUrl, archive.config().site().name(), collections, kinds,
        archive.json());
  }
}
