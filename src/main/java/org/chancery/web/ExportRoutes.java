package org.chancery.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.archive.Archive;
import org.chancery.archive.Progress;
import org.chancery.export.ExportFormat;
import org.chancery.export.Exporter;
import org.chancery.export.Sitemaps;
import org.chancery.record.ArchivalRecord;

/**
 * Downloads and crawler files: {@code /api/export} (every published record, streamed),
 * {@code /api/records/{id}/export} (one), {@code /sitemap.xml} with its pages, and
 * {@code /robots.txt}. Only published records ever leave through these doors.
 */
final class ExportRoutes {

  private static final Pattern RECORD_PAGE = Pattern.compile("records-([1-9][0-9]{0,8})\\.xml");

  private final Archive archive;
  private final ReadingRoom room;
  private final Sitemaps sitemaps;

  ExportRoutes(Archive archive, ReadingRoom room) {
    this.archive = archive;
    this.room = room;
    this.sitemaps = new Sitemaps(archive.catalogue());
  }

  void all(Context ctx) throws IOException {
    ExportFormat format = format(ctx);
    attachment(ctx, format, Exporter.fileName(format));
    try (Writer out = writer(ctx)) {
      new Exporter(archive, room.baseUrl(ctx)).exportAll(format, out, true, Progress.NONE);
    }
  }

  void one(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ExportFormat format = format(ctx);
    ArchivalRecord r = archive.publicRecord(id)
        .orElseThrow(() -> ClientError.notFound("There is no published record " + id + "."));
    attachment(ctx, format, Exporter.fileName(r.id().value(), format));
    try (Writer out = writer(ctx)) {
      new Exporter(archive, room.baseUrl(ctx)).exportOne(format, out, r);
    }
  }

  void sitemapIndex(Context ctx) throws IOException {
    ctx.contentType("application/xml; charset=utf-8");
    try (Writer out = writer(ctx)) {
      sitemaps.index(out, room.baseUrl(ctx));
    }
  }

  void sitemap(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    if (name.equals("pages.xml")) {
      ctx.contentType("application/xml; charset=utf-8");
      try (Writer out = writer(ctx)) {
        sitemaps.pages(out, room.baseUrl(ctx));
      }
      return;
    }
    Matcher m = RECORD_PAGE.matcher(name);
    int n = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    if (n < 1 || n > sitemaps.recordPages()) {
      throw ClientError.notFound("There is no sitemap " + name + "; /sitemap.xml lists them.");
    }
    ctx.contentType("application/xml; charset=utf-8");
    try (Writer out = writer(ctx)) {
      sitemaps.records(n, out, room.baseUrl(ctx));
    }
  }

  /** Crawlers may read every page but searches (endless facet combinations) and the API. */
  void robots(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8").result("User-agent: *\n"
        + "Disallow: /search\n"
        + "Disallow: /api/\n"
        + "Allow: /\n"
        + "\n"
        + "Sitemap: " + room.baseUrl(ctx) + "/sitemap.xml\n");
  }

  private static ExportFormat format(Context ctx) {
    String f = ctx.queryParam("format");
    if (f == null || f.isBlank()) {
      throw ClientError.badRequest("Say which format to export with format="
          + ExportFormat.names().replace(", ", ", format=") + ".");
    }
    try {
      return ExportFormat.parse(f);
    } catch (IllegalArgumentException e) {
      throw ClientError.badRequest("Unknown export format '" + f + "'; choose one of "
          + ExportFormat.names() + ".");
    }
  }

  private static void attachment(Context ctx, ExportFormat format, String fileName) {
    ctx.contentType(format.mediaType() + "; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
  }

  /** The response body as UTF-8 text, streamed as it is written. */
  private static Writer writer(Context ctx) {
    return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8),
        64 * 1024);
  }
}
