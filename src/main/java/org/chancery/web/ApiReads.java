package org.chancery.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * How the JSON API answers a read: the body with a validator ({@code ETag}) derived from
 * its bytes, a {@code Cache-Control} lifetime chosen per kind of resource, and
 * {@code 304 Not Modified} without a body when the client already holds that version
 * ({@code If-None-Match}). Edits never come through here: they are not cacheable.
 *
 * <p>The ETag is weak ({@code W/"..."}): the same JSON may travel gzip-compressed or not,
 * and a strong validator would promise byte-identical transfers. Weak comparison is all
 * {@code If-None-Match} needs.
 */
final class ApiReads {

  /** How long a shared cache may keep a kind of answer without asking again. */
  enum Freshness {
    /** Searches and listings: they change whenever anything is published. */
    LISTING("public, max-age=60"),
    /** One record, collection or authority: changes only when that one is edited. */
    DOCUMENT("public, max-age=300"),
    /** The API description: changes only with a new release. */
    DESCRIPTION("public, max-age=3600"),
    /** Health: always asked afresh, but a validator still spares the body. */
    LIVE("no-cache");

    private final String header;

    Freshness(String header) {
      this.header = header;
    }

    String header() {
      return header;
    }
  }

  private ApiReads() {}

  /** Answers {@code json} with its ETag and caching headers, or 304 when it is unchanged. */
  static void json(Context ctx, String json, Freshness freshness) {
    String etag = etag(json);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", freshness.header());
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304).result("");
      return;
    }
    ctx.contentType("application/json").result(json);
  }

  /** A weak validator from the SHA-256 of the body: same bytes, same tag. */
  static String etag(String body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(body.getBytes(StandardCharsets.UTF_8));
      return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest)
          .substring(0, 27) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** RFC 9110 weak comparison against an If-None-Match list ({@code *} matches any). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String opaque = opaque(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || opaque(c).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
