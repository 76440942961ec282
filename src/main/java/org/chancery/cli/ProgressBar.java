package org.chancery.cli;

import java.io.PrintStream;
import org.chancery.archive.Progress;

/**
 * A one-line progress bar on the terminal, redrawn at most ten times a second. When
 * the output is not a terminal (a log, CI) it prints nothing, so logs stay readable.
 */
final class ProgressBar implements Progress, AutoCloseable {

  private static final int WIDTH = 30;
  private final PrintStream out;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintStream out) {
    this(out, System.console() != null);
  }

  ProgressBar(PrintStream out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  @Override
  public void update(String label, long done, long total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    boolean finished = total >= 0 && done >= total;
    if (!finished && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    // \033[K clears what a longer previous line left on the terminal.
    out.print("\r" + line(label, done, total, (now - started) / 1e9) + "\033[K");
    out.flush();
    drawn = true;
  }

  static String line(String label, long done, long total, double seconds) {
    String rate = seconds > 0 ? String.format(" %.0f/s", done / seconds) : "";
    if (total <= 0) {
      return done == 0 ? label : String.format("%-36.36s %,d%s", label, done, rate);
    }
    int filled = (int) Math.min(WIDTH, WIDTH * done / total);
    return String.format("%-36.36s [%s%s] %3d%% %,d/%,d%s", label, "#".repeat(filled),
        " ".repeat(WIDTH - filled), 100 * done / total, done, total, rate);
  }

  @Override
  public void close() {
    if (drawn) {
      out.println();
    }
  }
}
