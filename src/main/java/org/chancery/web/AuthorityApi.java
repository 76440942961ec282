package org.chancery.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.archive.Archive;
import org.chancery.archive.AuthorityDesk;
import org.chancery.archive.AuthorityProfile;
import org.chancery.record.Authority;
import org.chancery.record.Variant;

/**
 * The authorities in JSON: list, one authority with its counts, its correspondence
 * network and map points, its history; and, for clients holding the configured edit
 * token, adding a variant, merging and splitting. A merged id answers 301 to the survivor.
 */
final class AuthorityApi {

  private final Archive archive;

  AuthorityApi(Archive archive) {
    this.archive = archive;
  }

  void list(Context ctx) {
    AuthorityPages.Listing listing = AuthorityPages.Listing.of(ctx);
    List<Authority> all = archive.authorities().matching(listing.kind(), listing.q());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", all.size());
    body.put("page", listing.page());
    body.put("authorities", listing.shown(all));
    read(ctx, body);
  }

  void one(Context ctx) {
    AuthorityProfile p = profile(ctx);
    if (p != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("authority", p.authority());
      body.put("documents", p.counts().documents());
      body.put("years", p.counts().years());
      body.put("wroteTo", p.counts().wroteTo());
      body.put("heardFrom", p.counts().heardFrom());
      body.put("names", names(p));
      read(ctx, body);
    }
  }

  void network(Context ctx) {
    AuthorityProfile p = profile(ctx);
    if (p != null) {
      read(ctx, NetworkGraph.json(p));
    }
  }

  void map(Context ctx) {
    AuthorityProfile p = profile(ctx);
    if (p != null) {
      read(ctx, MapPoints.json(p));
    }
  }

  void history(Context ctx) {
    String id = ctx.pathParam("id");
    var versions = archive.authorities().history(id);
    if (versions.isEmpty()) {
      throw ClientError.notFound("There is no authority " + id + ".");
    }
    read(ctx, new History(id, versions));
  }

  void addVariant(Context ctx) {
    String actor = editor(ctx);
    JsonNode b = body(ctx);
    Variant v;
    try {
      v = archive.json().mapper().treeToValue(b, Variant.class);
    } catch (Exception e) {
      throw ClientError.badRequest("a variant is {\"form\": ..., \"kind\": one of "
          + java.util.Arrays.toString(Variant.Kind.values()).toLowerCase(Locale.ROOT)
          + ", \"system\", \"from\", \"to\", \"source\"}");
    }
    ctx.status(201);
    write(ctx, archive.authorities().addVariant(ctx.pathParam("id"), v, actor,
        text(b, "note")));
  }

  void merge(Context ctx) {
    String actor = editor(ctx);
    JsonNode b = body(ctx);
    String from = required(b, "from");
    AuthorityDesk.EditResult r = archive.authorities().merge(from, ctx.pathParam("id"), actor,
        text(b, "note"));
    write(ctx, new Merged(r.authority(), r.recordsRelinked(), from));
  }

  void split(Context ctx) {
    String actor = editor(ctx);
    JsonNode b = body(ctx);
    List<String> forms = new ArrayList<>();
    if (b.has("forms") && b.get("forms").isArray()) {
      b.get("forms").forEach(f -> forms.add(f.asText()));
    }
    AuthorityDesk.EditResult r = archive.authorities().split(ctx.pathParam("id"),
        required(b, "id"), required(b, "name"), forms, actor, text(b, "note"));
    ctx.status(201);
    write(ctx, new Split(r.authority(), r.recordsRelinked()));
  }

  private AuthorityProfile profile(Context ctx) {
    return AuthorityPages.profileOrRedirect(archive, ctx, ctx.pathParam("id"),
        "/api/authorities/");
  }

  private static Map<String, String> names(AuthorityProfile p) {
    Map<String, String> out = new LinkedHashMap<>();
    p.named().forEach((id, a) -> out.put(id, a.name()));
    return out;
  }

  /**
   * The editor's name, when the request carries the configured token; refused otherwise.
   * Compared in constant time so the token cannot be guessed by timing.
   */
  private String editor(Context ctx) {
    String token = archive.config().editToken();
    if (token == null) {
      throw new ClientError(403, "Editing through the API is disabled on this archive "
          + "(no edit-token is configured); use the 'chancery authority' command.");
    }
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
    if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8))) {
      throw new ClientError(401, "Editing needs 'Authorization: Bearer <edit-token>'.");
    }
    String who = ctx.header("X-Editor");
    return who == null || who.isBlank() ? "api" : "api:" + who.strip();
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode n = archive.json().mapper().readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw ClientError.badRequest("the request body must be a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ClientError.badRequest("the request body is not JSON: " + e.getOriginalMessage());
    }
  }

  private static String required(JsonNode b, String field) {
    String v = text(b, field);
    if (v == null || v.isBlank()) {
      throw ClientError.badRequest("the request body needs \"" + field + "\"");
    }
    return v;
  }

  private static String text(JsonNode b, String field) {
    JsonNode n = b.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** An edit's answer: never cached (see {@link ApiReads} for reads). */
  private void write(Context ctx, Object body) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json").result(archive.json().write(body));
  }

  private void read(Context ctx, Object body) {
    ApiReads.json(ctx, archive.json().write(body), ApiReads.Freshness.DOCUMENT);
  }

  // Answers as records, not Map.of: their fields keep one order, so every web node writes
  // the same bytes (and the same ETag) for the same answer.
  record History(String id, List<org.chancery.store.AuthorityVersion> versions) {}

  record Merged(org.chancery.record.Authority authority, int recordsRelinked,
      String redirected) {}

  record Split(org.chancery.record.Authority authority, int recordsRelinked) {}
}
