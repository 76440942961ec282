package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The correspondence network graph (assets/graph.js, cytoscape) and the offline place map
 * (assets/map.js, Leaflet + the Natural Earth basemap) in a real headless Chromium, on
 * fixture pages (src/test/resources/visuals) served with the reading room's assets and
 * Content-Security-Policy, as a reader would check them: drawn, in the right places,
 * clickable, and with nothing refused or thrown in the console.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisualsBrowserIT {

  /** The reading room's policy, as WebServer sends it. */
  static final String CSP = WebServer.CONTENT_SECURITY_POLICY;

  @TempDir
  static Path dir;

  private Javalin server;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void start() throws IOException {
    server = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      // The same static-files set-up as WebServer.
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/assets";
        s.directory = "/assets";
        s.location = Location.CLASSPATH;
        s.headers = Map.of("Cache-Control", "public, max-age=86400");
      });
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/visuals";
        s.directory = "/visuals";
        s.location = Location.CLASSPATH;
      });
      cfg.router.ignoreTrailingSlashes = true;
    });
    server.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
    });
    server.get("/api/authorities/{id}/network", ctx -> fixture(ctx, "network"));
    server.get("/api/authorities/{id}/map", ctx -> fixture(ctx, "map"));
    server.get("/authorities/{id}", ctx -> {
      String id = ctx.pathParam("id").replaceAll("[^a-z-]", "");
      ctx.html("<!DOCTYPE html><html lang=\"en\"><head><title>" + id
          + "</title></head><body><h1>Authority " + id + "</h1></body></html>");
    });
    server.start("localhost", 0);

    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    // This machine has no network but localhost: keep Chromium from reaching out.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // An explicit driver path keeps Selenium Manager from trying to download one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @BeforeEach
  void freshConsole() {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    browser.manage().logs().get(LogType.BROWSER);
  }

  /** Serves visuals/{kind}-{id}.json, or a 404 like the API's for an unknown id. */
  private static void fixture(Context ctx, String kind) throws IOException {
    String id = ctx.pathParam("id").replaceAll("[^a-z-]", "");
    try (InputStream in = VisualsBrowserIT.class.getResourceAsStream(
        "/visuals/" + kind + "-" + id + ".json")) {
      if (in == null) {
        ctx.status(404).json(Map.of("status", 404, "error", "Not Found",
            "message", "No authority " + id));
        return;
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private String url(String path) {
    return "http://localhost:" + server.port() + path;
  }

  private Object js(String script, Object... args) {
    return browser.executeScript(script, args);
  }

  private WebElement drawn(String figureId) {
    By figure = By.id(figureId);
    wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(figure), "data-drawn"));
    return browser.findElement(figure);
  }

  @Test
  void networkGraphDrawsCorrespondentsAroundTheFocus() {
    browser.get(url("/visuals/graph.html"));
    WebElement figure = drawn("network");
    // The edge to a person missing from "nodes" is left out, not drawn to nowhere.
    assertThat(figure.getAttribute("data-drawn")).isEqualTo("4 nodes, 5 edges");
    assertThat(js("return arguments[0].cy.nodes().length", figure)).isEqualTo(4L);
    assertThat(js("return arguments[0].cy.edges().length", figure)).isEqualTo(5L);
    assertThat(js("return arguments[0].cy.getElementById('stalin').hasClass('focus')", figure))
        .isEqualTo(true);
    // Bigger nodes for more documents, wider lines for more letters, arrows to recipients.
    assertThat(number("return arguments[0].cy.getElementById('stalin').width()", figure))
        .isGreaterThan(number("return arguments[0].cy.getElementById('zhou').width()", figure));
    assertThat(number("return arguments[0].cy.edges('[source=\"mao\"]').renderedWidth()", figure))
        .isGreaterThan(number("return arguments[0].cy.edges('[source=\"zhou\"]').renderedWidth()",
            figure));
    assertThat(js("return arguments[0].cy.edges()[0].style('target-arrow-shape')", figure))
        .isEqualTo("triangle");

    // The focus sits in the middle of the others, everyone inside the visible canvas.
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Number>> at = (Map<String, Map<String, Number>>) js(
        "var out = {}; arguments[0].cy.nodes().forEach(function (n) {"
            + " out[n.id()] = n.renderedPosition(); }); return out;", figure);
    WebElement canvas = figure.findElement(By.cssSelector(".network-canvas"));
    double centreX = 0;
    double centreY = 0;
    for (String id : List.of("mao", "kim", "zhou")) {
      centreX += at.get(id).get("x").doubleValue() / 3;
      centreY += at.get(id).get("y").doubleValue() / 3;
    }
    for (Map<String, Number> p : at.values()) {
      assertThat(p.get("x").doubleValue()).isBetween(0.0, (double) canvas.getSize().getWidth());
      assertThat(p.get("y").doubleValue()).isBetween(0.0, (double) canvas.getSize().getHeight());
    }
    Map<String, Number> focus = at.get("stalin");
    double ring = Math.hypot(at.get("mao").get("x").doubleValue() - focus.get("x").doubleValue(),
        at.get("mao").get("y").doubleValue() - focus.get("y").doubleValue());
    assertThat(Math.hypot(centreX - focus.get("x").doubleValue(),
        centreY - focus.get("y").doubleValue())).isLessThan(ring / 2);

    // Something is painted, and the focus in the accent colour at its place (one readback
    // per canvas layer).
    @SuppressWarnings("unchecked")
    Map<String, Object> paint = (Map<String, Object>) js(
        "var f = arguments[0], p = f.cy.getElementById('stalin').renderedPosition();"
            + " var out = {painted: 0, focus: false};"
            + " f.querySelectorAll('canvas').forEach(function (c) {"
            + " if (!c.width || !c.height) { return; }"
            + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { out.painted++; } }"
            + " var r = c.width / c.clientWidth;"
            + " var at = 4 * (Math.round(p.y * r) * c.width + Math.round(p.x * r));"
            + " if (d[at + 3] > 200 && d[at] > 100 && d[at + 1] < 60 && d[at + 2] < 60) {"
            + " out.focus = true; } }); return out;", figure);
    assertThat(((Number) paint.get("painted")).longValue()).isGreaterThan(3000);
    assertThat(paint.get("focus")).as("the focus node is painted in the accent colour")
        .isEqualTo(true);
    assertThat(canvas.getAttribute("aria-label")).contains("4 correspondents");
    assertNoProblems();
  }

  @Test
  void clickingANodeOpensThatPersonsPage() {
    browser.get(url("/visuals/graph.html"));
    WebElement figure = drawn("network");
    WebElement canvas = figure.findElement(By.cssSelector(".network-canvas"));
    @SuppressWarnings("unchecked")
    Map<String, Number> mao = (Map<String, Number>) js(
        "return arguments[0].cy.getElementById('mao').renderedPosition()", figure);
    int dx = (int) Math.round(mao.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(mao.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
    new Actions(browser).moveToElement(canvas, dx, dy).click().perform();
    wait.until(ExpectedConditions.urlToBe(url("/authorities/mao")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Authority mao");
  }

  @Test
  void graphSaysSoWhenItHasNothingToDraw() {
    browser.get(url("/visuals/graph.html"));
    WebElement broken = drawn("broken");
    WebElement empty = drawn("empty");
    assertThat(broken.getAttribute("data-drawn")).isEqualTo("0 nodes, 0 edges");
    assertThat(broken.findElement(By.cssSelector(".visual-message")).getText())
        .isEqualTo("The correspondence network could not be loaded.");
    assertThat(broken.findElement(By.cssSelector(".network-canvas")).isDisplayed()).isFalse();
    assertThat(empty.getAttribute("data-drawn")).isEqualTo("0 nodes, 0 edges");
    assertThat(empty.findElement(By.cssSelector(".visual-message")).getText())
        .isEqualTo("No correspondence to show.");
    assertThat(drawn("network").getAttribute("data-drawn")).isEqualTo("4 nodes, 5 edges");
    assertNoProblems();
  }

  @Test
  void placeMapDrawsKoreaAndItsPlacesWestToEast() {
    browser.get(url("/visuals/map.html"));
    WebElement figure = drawn("places");
    assertThat(figure.getAttribute("data-drawn")).isEqualTo("3 points");
    // The basemap is drawn from the shipped Natural Earth countries: no tile, no network.
    assertThat(figure.findElements(By.cssSelector("path.basemap-land")).size()).isGreaterThan(50);
    assertThat(figure.findElements(By.cssSelector("img, .leaflet-tile"))).isEmpty();
    WebElement canvas = figure.findElement(By.cssSelector(".map-canvas"));
    WebElement south = figure.findElement(By.cssSelector("path.basemap-land.country-410"));
    WebElement north = figure.findElement(By.cssSelector("path.basemap-land.country-408"));
    assertThat(south.getRect().getWidth()).as("South Korea drawn large").isGreaterThan(80);
    assertThat(north.getRect().getWidth()).as("North Korea drawn large").isGreaterThan(80);
    // Land and sea take their colours from style.css, not from attributes in markup.
    assertThat(south.getCssValue("fill")).isEqualTo("rgb(243, 239, 230)");
    assertThat(canvas.getCssValue("background-color")).isEqualTo("rgba(214, 227, 234, 1)");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> markers = (List<Map<String, Object>>) js(
        "return Array.prototype.map.call(arguments[0].querySelectorAll('path.place-marker'),"
            + " function (p) { var r = p.getBoundingClientRect(); return {id: p.getAttribute('data-place'),"
            + " x: r.left + r.width / 2, y: r.top + r.height / 2,"
            + " focus: p.classList.contains('is-focus')}; });",
        figure);
    assertThat(markers).hasSize(3);
    List<Map<String, Object>> westToEast = new ArrayList<>(markers);
    westToEast.sort(Comparator.comparingDouble(m -> ((Number) m.get("x")).doubleValue()));
    assertThat(westToEast).extracting(m -> m.get("id"))
        .containsExactly("pyongyang", "panmunjom", "seoul");
    List<Map<String, Object>> northToSouth = new ArrayList<>(markers);
    northToSouth.sort(Comparator.comparingDouble(m -> ((Number) m.get("y")).doubleValue()));
    assertThat(northToSouth).extracting(m -> m.get("id"))
        .containsExactly("pyongyang", "panmunjom", "seoul");
    assertThat(markers).filteredOn(m -> Boolean.TRUE.equals(m.get("focus")))
        .extracting(m -> m.get("id")).containsExactly("panmunjom");
    org.openqa.selenium.Rectangle box = canvas.getRect();
    for (Map<String, Object> m : markers) {
      double x = ((Number) m.get("x")).doubleValue();
      double y = ((Number) m.get("y")).doubleValue();
      assertThat(x).isBetween((double) box.getX(), (double) box.getX() + box.getWidth());
      assertThat(y).isBetween((double) box.getY(), (double) box.getY() + box.getHeight());
      String id = (String) m.get("id");
      if (!id.equals("panmunjom")) { // on the demarcation line itself
        assertThat(inCountry(figure, id.equals("seoul") ? "410" : "408", x, y))
            .as("%s lies inside its country's outline", id).isTrue();
        assertThat(inCountry(figure, id.equals("seoul") ? "408" : "410", x, y))
            .as("%s lies outside the other Korea", id).isFalse();
      }
    }
    // The focus is labelled all the time; the others on hover or keyboard focus.
    assertThat(figure.findElements(By.cssSelector(".leaflet-tooltip.place-label")))
        .extracting(WebElement::getText).containsExactly("Panmunjom");
    assertNoProblems();
  }

  private boolean inCountry(WebElement figure, String code, double x, double y) {
    return Boolean.TRUE.equals(js("var path = arguments[0].querySelector('path.country-' + arguments[1]);"
        + " var pt = path.ownerSVGElement.createSVGPoint(); pt.x = arguments[2]; pt.y = arguments[3];"
        + " return path.isPointInFill(pt.matrixTransform(path.getScreenCTM().inverse()));",
        figure, code, x, y));
  }

  @Test
  void markerOpensAPopupLinkingToThePlace() {
    browser.get(url("/visuals/map.html"));
    WebElement figure = drawn("places");
    figure.findElement(By.cssSelector("path.place-marker[data-place=seoul]")).click();
    WebElement link = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(figure,
        By.cssSelector(".leaflet-popup-content a"))).get(0);
    assertThat(link.getText()).isEqualTo("Seoul");
    assertThat(figure.findElement(By.cssSelector(".leaflet-popup-content")).getText())
        .contains("5 documents");
    assertNoProblems();
    link.click();
    wait.until(ExpectedConditions.urlToBe(url("/authorities/seoul")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Authority seoul");
  }

  @Test
  void keyboardReachesTheMarkersAndFollowsTheirLinks() {
    browser.get(url("/visuals/map.html"));
    WebElement figure = drawn("places");
    assertThat(figure.findElement(By.cssSelector("path.place-marker[data-place=seoul]"))
        .getAttribute("aria-label")).isEqualTo("Seoul, 5 documents");
    String focused = null;
    for (int i = 0; i < 12 && !"seoul".equals(focused); i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      focused = (String) js("return document.activeElement.getAttribute('data-place')");
    }
    assertThat(focused).as("Tab reaches the Seoul marker").isEqualTo("seoul");
    assertThat(figure.findElements(By.cssSelector(".leaflet-tooltip.place-label")))
        .extracting(WebElement::getText).contains("Seoul");
    assertNoProblems();
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.urlToBe(url("/authorities/seoul")));
  }

  @Test
  void singlePlaceIsShownAtRegionalZoomAndBrokenDataSaysSo() {
    browser.get(url("/visuals/map.html"));
    WebElement single = drawn("single");
    assertThat(single.getAttribute("data-drawn")).isEqualTo("1 points");
    assertThat(number("return arguments[0].leafletMap.getZoom()", single)).isEqualTo(7.0);
    assertThat(single.findElements(By.cssSelector("path.place-marker"))).hasSize(1);
    WebElement broken = drawn("broken");
    assertThat(broken.getAttribute("data-drawn")).isEqualTo("0 points");
    assertThat(broken.findElement(By.cssSelector(".visual-message")).getText())
        .isEqualTo("The map could not be loaded.");
    assertNoProblems();
  }

  @Test
  void reducedMotionTurnsOffMapAnimationAndPagesWithoutVisualsStayQuiet() {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    browser.get(url("/visuals/map.html"));
    WebElement figure = drawn("places");
    assertThat(js("return arguments[0].leafletMap.options.zoomAnimation", figure)).isEqualTo(false);
    assertThat(js("return arguments[0].leafletMap.options.fadeAnimation", figure)).isEqualTo(false);

    browser.get(url("/visuals/none.html"));
    wait.until(d -> "complete".equals(js("return document.readyState")));
    assertThat(js("return typeof window.cytoscape + ' ' + typeof window.L")).isEqualTo("function object");
    // The fixture pages really are under the reading room's policy.
    Object policy = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + " fetch(location.href).then(function (r) { done(r.headers.get('content-security-policy')); });");
    assertThat(policy).isEqualTo(CSP);
    assertNoProblems();
  }

  private double number(String script, Object... args) {
    return ((Number) js(script, args)).doubleValue();
  }

  /**
   * Nothing refused by the CSP, thrown or warned about, except what the fixtures' missing
   * authority (a 404 on purpose) causes.
   */
  private void assertNoProblems() {
    assertThat(js("return window.visualProblems")).as("CSP violations and errors")
        .asList().isEmpty();
    List<String> logged = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      boolean expected = message.contains("/api/authorities/missing/")
          || message.contains("favicon.ico");
      if (entry.getLevel().intValue() >= Level.WARNING.intValue() && !expected) {
        logged.add(entry.getLevel() + " " + message);
      }
    }
    assertThat(logged).as("browser console").isEmpty();
  }
}
