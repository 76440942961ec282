package org.chancery.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.chancery.archive.Archive;

/**
 * The reading room and the JSON API over one archive, served by Javalin (embedded Jetty).
 * Start it with {@link #start}; port 0 picks a free port, which {@link #port} then tells.
 */
public final class WebServer implements AutoCloseable {

  /**
   * Pages carry no inline script or style and load nothing from elsewhere: the browser is
   * told so, and even a sanitiser miss could not run injected code.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
      + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
      + "form-action 'self'";

  private final Javalin app;

  public WebServer(Archive archive) {
    Pages pages = new Pages();
    ReadingRoom room = new ReadingRoom(archive, pages);
    Api api = new Api(archive);
    app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/assets";
        s.directory = "/assets";
        s.location = Location.CLASSPATH;
        // Assets are versioned with the application; a day of caching is safe.
        s.headers = java.util.Map.of("Cache-Control", "public, max-age=86400");
      });
      cfg.http.maxRequestSize = 1_000_000L;
      cfg.router.ignoreTrailingSlashes = true;
    });
    new HttpErrors(pages).install(app);
    // Pages carry no inline script and load nothing from elsewhere; say so to the browser,
    // so even a sanitiser miss could not run injected code.
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    });
    app.get("/", room::home);
    app.get("/search", room::search);
    app.get("/records/{id}", room::record);
    app.get("/api/health", api::health);
    app.get("/api/records/{id}", api::record);
    app.get("/api/search", api::search);
    AuthorityPages authorityPages = new AuthorityPages(archive, pages);
    app.get("/authorities", authorityPages::list);
    app.get("/authorities/{id}", authorityPages::page);
    AuthorityApi authorities = new AuthorityApi(archive);
    app.get("/api/authorities", authorities::list);
    app.get("/api/authorities/{id}", authorities::one);
    app.get("/api/authorities/{id}/network", authorities::network);
    app.get("/api/authorities/{id}/map", authorities::map);
    app.get("/api/authorities/{id}/history", authorities::history);
    app.post("/api/authorities/{id}/variants", authorities::addVariant);
    app.post("/api/authorities/{id}/merge", authorities::merge);
    app.post("/api/authorities/{id}/split", authorities::split);
    // OAI-PMH 2.0 data provider (docs/oai-pmh.md)
    new org.chancery.oai.OaiPmh(archive).routes(app);
  }

  public WebServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
