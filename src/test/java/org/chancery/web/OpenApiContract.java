package org.chancery.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The response schemas of an OpenAPI 3.1 document, checked with a real JSON Schema
 * validator (networknt, draft 2020-12 — the dialect of OpenAPI 3.1 schemas): finds the
 * operation a request path matches, the response its status selects (or {@code default}),
 * and validates a body against that response's {@code application/json} schema.
 */
final class OpenApiContract {

  private final JsonNode doc;
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final ObjectMapper mapper = new ObjectMapper();

  OpenApiContract(JsonNode doc) {
    this.doc = doc;
  }

  /** The path template of the document that a concrete path matches, if any. */
  Optional<String> template(String path) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      String t = it.next();
      String regex = "\\Q" + t.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
      if (bare.matches(regex)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The response object the document gives for this operation and status. */
  JsonNode response(String method, String path, int status) {
    String t = template(path).orElseThrow(() ->
        new AssertionError(path + " is not described by the OpenAPI document"));
    JsonNode op = doc.get("paths").get(t).get(method.toLowerCase(Locale.ROOT));
    if (op == null) {
      throw new AssertionError(method + " " + t + " is not described");
    }
    JsonNode r = op.get("responses").get(Integer.toString(status));
    if (r == null) {
      r = op.get("responses").get("default");
    }
    if (r == null) {
      throw new AssertionError(method + " " + t + " documents no " + status + " response");
    }
    return resolve(r);
  }

  /**
   * Validation errors of {@code body} against the JSON schema of that response (empty when
   * it conforms).
   */
  List<String> errors(String method, String path, int status, JsonNode body) {
    JsonNode content = response(method, path, status).path("content").path("application/json");
    if (content.isMissingNode()) {
      throw new AssertionError(method + " " + path + " " + status
          + " has no application/json schema in the document");
    }
    return errors(content.get("schema"), body);
  }

  /** Validation errors of {@code body} against one schema of the document. */
  List<String> errors(JsonNode schema, JsonNode body) {
    // the schema with the document's components beside it, so "#/components/..." resolve
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("allOf", mapper.createArrayNode().add(schema));
    root.set("components", doc.get("components"));
    Schema s = registry.getSchema(root);
    return s.validate(body).stream().map(Error::toString).toList();
  }

  JsonNode schema(String name) {
    return mapper.createObjectNode().put("$ref", "#/components/schemas/" + name);
  }

  private JsonNode resolve(JsonNode n) {
    while (n.has("$ref")) {
      String[] parts = n.get("$ref").asText().substring(2).split("/");
      JsonNode target = doc;
      for (String p : parts) {
        target = target.get(p);
      }
      n = target;
    }
    return n;
  }

  /** The names of every operation, as {@code GET /api/records}. */
  List<String> operations() {
    List<String> out = new java.util.ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      e.getValue().fieldNames().forEachRemaining(m -> {
        if (List.of("get", "head", "post", "put", "patch", "delete").contains(m)) {
          out.add(m.toUpperCase(Locale.ROOT) + " " + e.getKey());
        }
      });
    }
    return out;
  }
}
