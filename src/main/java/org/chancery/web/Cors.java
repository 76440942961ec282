package org.chancery.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Cross-origin access to the JSON API: any site's script may read it (GET, HEAD and their
 * preflight), since everything it serves is public. The edit endpoints (the POSTs that
 * need the edit token) get no CORS headers at all, so a browser never lets another site
 * call them, even for an editor who holds the token; their preflight is refused.
 */
final class Cors {

  /** The token-protected edits, which must not be callable from another origin. */
  private static final Pattern EDITS =
      Pattern.compile("/api/authorities/[^/]+/(variants|merge|split)/?");

  static final String EXPOSED = "ETag, Link";
  static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match";

  private Cors() {}

  /**
   * Before every /api/ request: reads are open to any origin; an OPTIONS request is
   * answered here (no route lists OPTIONS, so a wrong method stays a 405 and an unknown
   * path a 404 for the other methods).
   */
  static void headers(Context ctx) {
    String method = ctx.method().name();
    if (method.equals("OPTIONS")) {
      preflight(ctx);
      ctx.skipRemainingHandlers();
      return;
    }
    if ((method.equals("GET") || method.equals("HEAD")) && !isEdit(ctx.path())) {
      ctx.header("Access-Control-Allow-Origin", "*");
      ctx.header("Access-Control-Expose-Headers", EXPOSED);
    }
  }

  /**
   * OPTIONS on an /api/ path: a preflight for a read is granted (for a day); for an edit
   * it is answered without any Access-Control header, which the browser takes as refusal.
   */
  static void preflight(Context ctx) {
    ctx.status(204);
    if (isEdit(ctx.path())) {
      ctx.header("Allow", "POST, OPTIONS");
      return;
    }
    ctx.header("Allow", "GET, HEAD, OPTIONS");
    ctx.header("Access-Control-Allow-Origin", "*");
    ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    ctx.header("Access-Control-Expose-Headers", EXPOSED);
    ctx.header("Access-Control-Max-Age", "86400");
  }

  static boolean isEdit(String path) {
    return EDITS.matcher(path).matches();
  }
}
