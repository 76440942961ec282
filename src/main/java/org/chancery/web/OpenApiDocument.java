package org.chancery.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of every {@code /api/} path,
 * hand-written in {@code src/main/resources/openapi/chancery-api.json} (a description
 * written beside the code it describes reads better than one generated from annotations,
 * and Javalin 6's OpenAPI plugin would add an annotation processor to the build). The
 * server fills in {@code servers[0].url} with the archive's base URL, so tools pointed at
 * the document call this archive.
 */
final class OpenApiDocument {

  static final String RESOURCE = "/openapi/chancery-api.json";

  private final ObjectMapper mapper;
  private final ObjectNode document;
  private final Function<Context, String> baseUrl;

  OpenApiDocument(ObjectMapper mapper, Function<Context, String> baseUrl) {
    this.mapper = mapper;
    this.baseUrl = baseUrl;
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      this.document = (ObjectNode) mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  void serve(Context ctx) {
    ObjectNode doc = document.deepCopy();
    ObjectNode server = doc.putArray("servers").addObject();
    server.put("url", baseUrl.apply(ctx));
    server.put("description", "this archive");
    try {
      ApiReads.json(ctx, mapper.writeValueAsString(doc), ApiReads.Freshness.DESCRIPTION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
