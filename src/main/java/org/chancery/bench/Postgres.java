package org.chancery.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL cluster for the baseline: {@code initdb} into a scratch folder, a
 * free port on localhost, stopped at {@link #close()}. Debian's binaries in
 * {@code /usr/lib/postgresql/NN/bin}; as root, the server runs as the {@code postgres} user
 * (initdb refuses root).
 */
final class Postgres implements AutoCloseable {

  private final Path dir;
  private final Path bin;
  private final int port;
  private final boolean root;

  private Postgres(Path dir, Path bin, int port, boolean root) {
    this.dir = dir;
    this.bin = bin;
    this.port = port;
    this.root = root;
  }

  static Path binaries() {
    for (String v : List.of("17", "16", "15", "14")) {
      Path b = Path.of("/usr/lib/postgresql", v, "bin");
      if (Files.isExecutable(b.resolve("initdb"))) {
        return b;
      }
    }
    return null;
  }

  static Postgres start(Path dir) throws IOException, InterruptedException {
    Path bin = binaries();
    if (bin == null) {
      throw new IOException("no PostgreSQL binaries under /usr/lib/postgresql/*/bin");
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path data = dir.toAbsolutePath();
    if (root) {
      // the server user must reach its data folder: keep it outside the (root-only) tree
      data = Path.of("/tmp", "chancery-bench-pg-" + ProcessHandle.current().pid());
    }
    if (Files.exists(data)) {
      run(root, List.of("rm", "-rf", data.toString()));
    }
    Files.createDirectories(data);
    if (root) {
      run(false, List.of("chown", "postgres:postgres", data.toString()));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Postgres pg = new Postgres(data, bin, port, root);
    run(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust",
        "-U", "bench", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"));
    run(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
        data.resolve("server.log").toString(), "-w", "-t", "60", "-o",
        "-p " + port + " -k /tmp -c listen_addresses=localhost -c shared_buffers=512MB"
            + " -c work_mem=32MB -c fsync=off -c synchronous_commit=off"
            + " -c max_connections=64", "start"));
    return pg;
  }

  String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=bench";
  }

  private static void run(boolean asPostgres, List<String> command)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run(root, List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "fast",
        "-w", "stop"));
    run(root, List.of("rm", "-rf", dir.toString()));
  }
}
