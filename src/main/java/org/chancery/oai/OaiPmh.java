package org.chancery.oai;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;

/**
 * The OAI-PMH 2.0 door at {@code /oai}, GET and POST (form-encoded) alike. Every answer,
 * errors included, is HTTP 200 with {@code text/xml; charset=UTF-8}, as the protocol says
 * (section 3.1.2.1): the error is in the XML, for the harvester to read.
 */
public final class OaiPmh {

  /** Where the provider answers; baseURL is the public URL plus this. */
  public static final String PATH = "/oai";
  /** Records per ListRecords/ListIdentifiers response. */
  public static final int PAGE_SIZE = 100;
  /** How long a resumption token is accepted: a slow harvester's day, not for ever. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

  private final ChanceryConfig.Site site;
  private final Verbs verbs;
  private final Clock clock;

  /** The provider with the production page size and token lifetime. */
  public OaiPmh(Archive archive) {
    this(archive, PAGE_SIZE, TOKEN_LIFETIME, Clock.systemUTC());
  }

  /**
   * A provider with its own page size, token lifetime and clock (tests page a small demo
   * and expire tokens without waiting a day).
   */
  public OaiPmh(Archive archive, int pageSize, Duration tokenLifetime, Clock clock) {
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("page size must be 1..1000, was " + pageSize);
    }
    this.site = archive.config().site();
    this.clock = clock;
    ResumptionTokens tokens = new ResumptionTokens(ResumptionTokens.loadOrCreateKey(
        archive.config().dataDir().resolve("oai-token.key")), clock, tokenLifetime);
    this.verbs = new Verbs(archive.catalogue(), tokens, pageSize, site.name(),
        site.adminEmail(), clock);
  }

  /** Mounts the provider on {@link #PATH} for GET and POST. */
  public void routes(Javalin app) {
    app.get(PATH, this::handle);
    app.post(PATH, this::handle);
  }

  void handle(Context ctx) {
    String publicUrl = publicUrl(ctx);
    Verbs.Where where = new Verbs.Where(publicUrl, new OaiIdentifiers(host(publicUrl)));
    Map<String, List<String>> params = ctx.method().name().equals("POST")
        ? ctx.formParamMap() : ctx.queryParamMap();
    ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
    OaiXml x = new OaiXml(out);
    String baseUrl = publicUrl + PATH;
    try {
      OaiArguments args = OaiArguments.parse(params);
      Verbs.Body body = verbs.answer(args, where);
      x.open(clock.instant(), baseUrl, echo(args));
      body.write(x);
    } catch (OaiError e) {
      Map<String, String> echo = Map.of();
      if (e.code().echoesArguments()) {
        // only errors found after the arguments were checked get here with this code
        echo = echo(OaiArguments.parse(params));
      }
      x.open(clock.instant(), baseUrl, echo);
      x.start("error");
      x.attribute("code", e.code().wire());
      x.text(e.getMessage());
      x.end();
    }
    x.finish();
    ctx.status(200).contentType("text/xml; charset=UTF-8").result(out.toByteArray());
  }

  private static Map<String, String> echo(OaiArguments args) {
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("verb", args.verb().wire());
    attrs.putAll(new java.util.TreeMap<>(args.args()));
    return attrs;
  }

  /** The configured public URL, or the one this request came in by (no trailing slash). */
  private String publicUrl(Context ctx) {
    if (site.baseUrl() != null) {
      return site.baseUrl();
    }
    String url = ctx.fullUrl();
    int end = url.indexOf('?');
    url = end < 0 ? url : url.substring(0, end);
    return url.substring(0, url.length() - ctx.path().length());
  }

  private static String host(String publicUrl) {
    String host = URI.create(publicUrl).getHost();
    return host == null || host.isEmpty() ? "localhost" : host;
  }
}
