package org.chancery.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.chancery.archive.Archive;
import org.chancery.cite.Citations;

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
    Citations citations = new Citations(archive.config().site().name(),
        id -> archive.authorities().find(id), archive.catalogue()::collection,
        java.time.Clock.systemUTC());
    ReadingRoom room = new ReadingRoom(archive, pages, citations);
    Api api = new Api(archive, room::baseUrl);
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
      // a known path asked with the wrong method answers 405, not 404 (API clients tell
      // "no such thing" from "not like that")
      cfg.http.prefer405over404 = true;
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
    // JSON API (issue 6): CORS for reads (and OPTIONS preflights), GET and HEAD for every
    // read, cursor-paged listings, collections, the OpenAPI description
    app.before("/api/*", Cors::headers);
    read("/api/health", api::health);
    read("/api/records", new RecordListing(archive, room::baseUrl)::list);
    read("/api/records/{id}", api::record);
    read("/api/search", api::search);
    CollectionApi collections = new CollectionApi(archive);
    read("/api/collections", collections::list);
    read("/api/collections/{id}", collections::one);
    read("/api/openapi.json", new OpenApiDocument(archive.json().mapper(), room::baseUrl)::serve);
    AuthorityPages authorityPages = new AuthorityPages(archive, pages);
    app.get("/authorities", authorityPages::list);
    app.get("/authorities/{id}", authorityPages::page);
    AuthorityApi authorities = new AuthorityApi(archive);
    read("/api/authorities", authorities::list);
    read("/api/authorities/{id}", authorities::one);
    read("/api/authorities/{id}/network", authorities::network);
    read("/api/authorities/{id}/map", authorities::map);
    read("/api/authorities/{id}/history", authorities::history);
    app.post("/api/authorities/{id}/variants", authorities::addVariant);
    app.post("/api/authorities/{id}/merge", authorities::merge);
    app.post("/api/authorities/{id}/split", authorities::split);
    // exports and sitemaps (docs/exports.md): published records only, streamed
    ExportRoutes exports = new ExportRoutes(archive, room);
    read("/api/export", exports::all);
    read("/api/records/{id}/export", exports::one);
    app.get("/sitemap.xml", exports::sitemapIndex);
    app.get("/sitemaps/{name}", exports::sitemap);
    app.get("/robots.txt", exports::robots);
    // Citations (issue 6): BibTeX, RIS, CSL-JSON downloads and the styles' plain text.
    read("/api/records/{id}/citation", new CitationApi(archive, citations, room)::citation);
    // OAI-PMH 2.0 data provider (docs/oai-pmh.md)
    new org.chancery.oai.OaiPmh(archive).routes(app);
  }

  /**
   * A read: GET, and HEAD with the same handler (Jetty sends the headers without the body;
   * Javalin alone would answer HEAD 200 even for an unknown id).
   */
  private void read(String path, io.javalin.http.Handler handler) {
    app.get(path, handler);
    app.head(path, handler);
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
