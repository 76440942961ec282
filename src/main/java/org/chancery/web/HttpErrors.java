package org.chancery.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.chancery.archive.EditRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP responses. Client errors answer with their status
 * and message; anything else is logged with its stack trace and answers 500 with a
 * generic message, so no trace or internal detail ever reaches a browser. API paths get
 * JSON bodies, pages get HTML.
 */
final class HttpErrors {

  private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

  private final Pages pages;

  HttpErrors(Pages pages) {
    this.pages = pages;
  }

  void install(Javalin app) {
    app.exception(ClientError.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
    app.exception(EditRefused.class, (e, ctx) -> respond(ctx, switch (e.reason()) {
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case INVALID -> 400;
    }, e.getMessage()));
    app.exception(HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "Something went wrong on our side. The error has been logged.");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        respond(ctx, 404, "There is no page at " + ctx.path() + ".");
      }
    });
    app.error(405, ctx -> respond(ctx, 405, "This address does not accept "
        + ctx.method() + " requests."));
  }

  private void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("status", status, "error", reason(status), "message", message));
    } else {
      ctx.html(pages.render("error.jte", new ErrorPage(status, reason(status), message)));
    }
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
