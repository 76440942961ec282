package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's path through the reading room in a real headless Chromium (Debian's
 * chromium and chromedriver, installed by the build): search, narrow by a facet, open a
 * record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingRoomBrowserIT {

  @TempDir
  static Path dir;

  private Archive archive;
  private WebServer server;
  private WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    archive = Archive.open(ChanceryConfig.defaults(dir.resolve("data")));
    archive.loadDemo(Progress.NONE);
    server = new WebServer(archive).start("localhost", 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    // This machine has no network but localhost: keep Chromium from reaching out.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    // An explicit driver path keeps Selenium Manager from trying to download one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
    archive.close();
  }

  private String url(String path) {
    return "http://localhost:" + server.port() + path;
  }

  @Test
  void searchNarrowByFacetAndOpenARecord() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(url("/"));
    WebElement box = browser.findElement(By.id("home-q"));
    box.sendKeys("Formosa");
    box.submit();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-count")));
    long before = count(browser.findElement(By.cssSelector(".result-count")).getText());
    assertThat(before).isGreaterThan(1);

    WebElement value = browser.findElement(By.cssSelector("[data-facet=type] li a"));
    long expected = count(value.findElement(By.xpath("following-sibling::span")).getText());
    String chosen = value.getText();
    value.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".active-filters")));
    assertThat(browser.findElement(By.cssSelector(".active-filters")).getText()).contains(chosen);
    assertThat(count(browser.findElement(By.cssSelector(".result-count")).getText()))
        .isEqualTo(expected);
    assertThat(browser.findElements(By.cssSelector(".hit")).size())
        .isEqualTo((int) Math.min(expected, 20));

    WebElement first = browser.findElement(By.cssSelector(".hit h3 a"));
    String title = first.getText();
    first.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.title")));
    assertThat(browser.findElement(By.cssSelector("h1.title")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.cssSelector(".transcript")).getText()).isNotBlank();
  }

  @Test
  void seedRecordShowsEditorialInsertionsDistinctly() {
    browser.get(url("/search?q=" + "%22neutral%20zone%22"));
    browser.findElement(By.linkText("Cable No. 25025, Mao Zedong to Filippov [Stalin]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".transcript .ed")));
    WebElement insertion = browser.findElement(By.cssSelector(".transcript .ed"));
    assertThat(insertion.getText()).startsWith("[").endsWith("]");
    String plain = browser.findElement(By.cssSelector(".transcript")).getCssValue("color");
    assertThat(insertion.getCssValue("color")).isNotEqualTo(plain);

    // A machine-extracted value explains itself on hover: the tip moves on screen.
    WebElement badge = browser.findElement(By.cssSelector(".machine"));
    WebElement tip = badge.findElement(By.cssSelector(".tip"));
    assertThat(tip.getRect().getX()).isNegative();
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(badge).perform();
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> tip.getRect().getX() >= 0);
    assertThat(tip.getText()).startsWith("Machine-extracted by rule");
  }

  private static long count(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,]*").matcher(text);
    assertThat(m.find()).as("a number in '%s'", text).isTrue();
    return Long.parseLong(m.group().replace(",", ""));
  }

  @Test
  void stalinsPageDrawsHisCorrespondenceGraphAndFollowsANode() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(url("/records/seed"));
    browser.findElement(By.cssSelector("a[href='/authorities/stalin']")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.title"), "Joseph Stalin"));
    WebElement figure = browser.findElement(By.cssSelector("figure.network-graph"));
    wait.until(ExpectedConditions.attributeToBeNotEmpty(figure, "data-drawn"));
    assertThat(figure.getAttribute("data-drawn")).matches("[2-9]\\d* nodes, [1-9]\\d* edges");
    Object labels = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "return arguments[0].cy.nodes().map(function (n) { return n.data('label'); });", figure);
    assertThat(labels.toString()).contains("Joseph Stalin", "Mao Zedong");
    assertThat(browser.findElement(By.cssSelector("figure.network-graph canvas")).getSize()
        .getHeight()).isPositive();
    // a reader clicks Mao in the graph and lands on his page
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "arguments[0].cy.getElementById('mao-zedong').emit('tap');", figure);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.title"), "Mao Zedong"));
  }

  @Test
  void aPlacePageDrawsItsMapOnTheShippedBasemap() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(url("/authorities/panmunjom"));
    WebElement figure = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("figure.place-map")));
    wait.until(ExpectedConditions.attributeToBeNotEmpty(figure, "data-drawn"));
    assertThat(figure.getAttribute("data-drawn")).matches("[1-9]\\d* points");
    assertThat(figure.findElements(By.cssSelector("path.basemap-land")).size())
        .isGreaterThan(50);
    assertThat(figure.findElements(By.cssSelector("path.place-marker[data-place=panmunjom]")))
        .hasSize(1);
    assertThat(figure.findElements(By.cssSelector("img.leaflet-tile")))
        .as("no tile server").isEmpty();
  }
}
