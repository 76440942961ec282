package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code chancery serve} as the launcher runs it ({@code java -jar target/chancery.jar}), in
 * a process of its own on a free port, for tests that compare what two deployments serve.
 * Its own JVM keeps the web server's Jetty 11 apart from the Jetty 10 of the test cluster.
 */
final class ServedArchive implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("Chancery ready in .*http://[^:/]+:(\\d+)/");

  private final Process process;
  private final StringBuilder output = new StringBuilder();
  private final int port;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private ServedArchive(Process process) throws Exception {
    this.process = process;
    CompletableFuture<Integer> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (output) {
            output.append(line).append('\n');
          }
          Matcher m = READY.matcher(line);
          if (m.find()) {
            ready.complete(Integer.parseInt(m.group(1)));
          }
        }
      } catch (java.io.IOException e) {
        ready.completeExceptionally(e);
      }
      ready.completeExceptionally(new AssertionError("chancery serve stopped:\n" + output()));
    }, "served-archive-output");
    reader.setDaemon(true);
    reader.start();
    this.port = ready.get(4, TimeUnit.MINUTES);
  }

  /** Starts {@code chancery serve --demo --port 0} with these flags and environment. */
  static ServedArchive start(Path data, Map<String, String> env, String... flags)
      throws Exception {
    Path jar = Path.of("target", "chancery.jar");
    assertThat(jar).as("built by mvn package before the integration tests").isRegularFile();
    List<String> line = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-jar", jar.toString(), "serve", "--demo", "--port", "0", "--data", data.toString()));
    line.addAll(List.of(flags));
    ProcessBuilder pb = new ProcessBuilder(line).redirectErrorStream(true);
    pb.environment().putAll(env);
    return new ServedArchive(pb.start());
  }

  /** The body of a GET, asserting a 200. */
  String get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
    return r.body();
  }

  String output() {
    synchronized (output) {
      return output.toString();
    }
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
