package org.chancery.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.archive.Archive;
import org.chancery.archive.AuthorityWatch;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.IngestReport;
import org.chancery.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chancery serve}: runs the reading room and the API until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the reading room and the JSON API.")
final class ServeCommand implements Callable<Integer> {

  @Mixin
  DataOptions options;

  @Option(names = "--port", paramLabel = "PORT",
      description = "HTTP port (default 8080, or $CHANCERY_PORT; 0 picks a free one).")
  Integer port;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default localhost; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--demo",
      description = "Load the demo collection bundled with Chancery (idempotent).")
  boolean demo;

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    ChanceryConfig config = options.resolve();
    if (port != null) {
      config = config.withPort(port);
    }
    if (host != null) {
      config = config.withHost(host);
    }
    // serve at once; the names of a large archive's authorities load meanwhile
    Archive archive = Archive.open(config, true);
    WebServer server;
    try {
      if (demo) {
        List<IngestReport> reports = archive.loadDemo(org.chancery.archive.Progress.NONE);
        if (!reports.isEmpty()) {
          int n = reports.stream().mapToInt(r -> r.saved().total()).sum();
          System.out.printf("Demo collection loaded: %d records%n", n);
        }
      }
      server = new WebServer(archive).start(config.server().host(), config.server().port());
    } catch (RuntimeException e) {
      archive.close();
      throw e;
    }
    // Other nodes (or `chancery authority`) may edit the shared authorities meanwhile.
    AuthorityWatch watch = AuthorityWatch.every(archive, AuthorityWatch.DEFAULT_PERIOD);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      watch.close();
      server.close();
      archive.close();
      stopped.countDown();
    }, "chancery-shutdown"));
    String shown = config.server().host().equals("0.0.0.0") ? "localhost" : config.server().host();
    System.out.printf("Chancery ready in %.1f s: http://%s:%d/ (data in %s; Ctrl-C stops)%n",
        (System.nanoTime() - start) / 1e9, shown, server.port(), config.dataDir());
    stopped.await();
    return 0;
  }
}
