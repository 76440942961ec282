package org.chancery.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.archive.EditRefused;
import org.chancery.search.CursorRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP responses. Client errors answer with their status
 * and message; anything else is logged with its stack trace and answers 500 with a
 * generic message, so no trace or internal detail ever reaches a browser. Pages get HTML;
 * every {@code /api/} error gets the same JSON body (docs/api.md):
 * {@code {"error": {"status": 400, "code": "bad_parameter", "message": "...",
 * "parameter": "limit"}}} — {@code parameter} only when one query parameter is at fault.
 */
final class HttpErrors {

  private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

  private final Pages pages;

  HttpErrors(Pages pages) {
    this.pages = pages;
  }

  void install(Javalin app) {
    app.exception(ClientError.class,
        (e, ctx) -> respond(ctx, e.status(), e.getMessage(), e.parameter()));
    app.exception(EditRefused.class, (e, ctx) -> respond(ctx, switch (e.reason()) {
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case INVALID -> 400;
    }, e.getMessage(), null));
    app.exception(CursorRejected.class, (e, ctx) -> respond(ctx, 400,
        "cursor is not one this search handed out (it may be cut short or from another "
        + "search); start again without it", "cursor"));
    app.exception(HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), e.getStatus() == 405 ? notAllowed(ctx)
            : e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "Something went wrong on our side. The error has been logged.", null);
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        respond(ctx, 404, "There is no page at " + ctx.path() + ".", null);
      }
    });
    app.error(405, ctx -> respond(ctx, 405, notAllowed(ctx), null));
  }

  private static String notAllowed(Context ctx) {
    return "This address does not accept " + ctx.method() + " requests.";
  }

  private void respond(Context ctx, int status, String message, String parameter) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      // an error is about this moment (an id not yet published, a refused token): never
      // let a cache keep it, and never a validator that could turn it into a 304
      ctx.removeHeader("ETag");
      ctx.header("Cache-Control", "no-store");
      ctx.json(body(status, message, parameter));
    } else {
      ctx.html(pages.render("error.jte", new ErrorPage(status, reason(status), message)));
    }
  }

  /** The JSON error body every {@code /api/} error answers with. */
  static Map<String, Object> body(int status, String message, String parameter) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", status);
    error.put("code", code(status, parameter));
    error.put("message", message);
    if (parameter != null) {
      error.put("parameter", parameter);
    }
    return Map.of("error", error);
  }

  /** A stable, machine-readable name for the error, for clients to branch on. */
  static String code(int status, String parameter) {
    return switch (status) {
      case 400 -> parameter == null ? "bad_request" : "bad_parameter";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 413 -> "too_large";
      case 415 -> "unsupported_media_type";
      case 503 -> "not_ready";
      default -> status >= 500 ? "server_error" : "request_refused";
    };
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Not authorised";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      case 413 -> "Too large";
      case 415 -> "Unsupported media type";
      case 500 -> "Server error";
      case 503 -> "Not ready";
      default -> status >= 500 ? "Server error" : "Request refused";
    };
  }
}
