package org.chancery.web;

import io.javalin.http.Context;
import org.chancery.archive.Archive;
import org.chancery.cite.CitationData;
import org.chancery.cite.CitationFormat;
import org.chancery.cite.Citations;
import org.chancery.record.ArchivalRecord;

/**
 * {@code GET /api/records/{id}/citation?format=...}: a published record as BibTeX, RIS,
 * CSL-JSON or one of the styles' plain-text citations, as a download named after the
 * record.
 */
final class CitationApi {

  private final Archive archive;
  private final Citations citations;
  private final ReadingRoom room;

  CitationApi(Archive archive, Citations citations, ReadingRoom room) {
    this.archive = archive;
    this.citations = citations;
    this.room = room;
  }

  void citation(Context ctx) {
    String id = ctx.pathParam("id");
    String param = ctx.queryParam("format");
    CitationFormat format = CitationFormat.byParam(param).orElseThrow(() -> ClientError
        .badRequest((param == null ? "Say which citation format you want"
            : "There is no citation format '" + param + "'")
            + ": use ?format= with one of " + CitationFormat.accepted() + "."));
    ArchivalRecord r = archive.publicRecord(id)
        .orElseThrow(() -> ClientError.notFound("There is no published record " + id + "."));
    CitationData d = citations.data(r, room.baseUrl(ctx) + Links.record(r.id().value()));
    ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName(r.id().value())
        + "\"");
    ctx.contentType(format.mediaType() + "; charset=utf-8").result(citations.render(d, format));
  }
}
