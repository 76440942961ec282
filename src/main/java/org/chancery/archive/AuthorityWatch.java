package org.chancery.archive;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a web node's name expansion in step with authority edits made elsewhere: several
 * nodes share one catalogue, and an editor's new variant or merge through one node must
 * reach searches on all of them. Every period it asks the catalogue for its cheap
 * authorities stamp ({@link Archive#refreshNamesIfChanged}) and rebuilds the names only
 * when the stamp moved.
 */
public final class AuthorityWatch implements AutoCloseable {

  /** Five seconds: an edit reaches every node about as fast as a reader reloads a page. */
  public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(AuthorityWatch.class);

  private final ScheduledExecutorService timer;
  private volatile String lastFailure;

  private AuthorityWatch(Archive archive, Duration period) {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "chancery-authority-watch");
      t.setDaemon(true);
      return t;
    });
    long millis = period.toMillis();
    timer.scheduleWithFixedDelay(() -> check(archive), millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Starts watching; {@link #close} stops. */
  public static AuthorityWatch every(Archive archive, Duration period) {
    Objects.requireNonNull(archive, "archive");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("the watch period must be positive, was " + period);
    }
    return new AuthorityWatch(archive, period);
  }

  private void check(Archive archive) {
    try {
      if (archive.refreshNamesIfChanged()) {
        LOG.info("authorities changed in the catalogue: name expansion rebuilt");
      }
      lastFailure = null;
    } catch (RuntimeException e) {
      // A catalogue that is briefly unreachable must not stop the watch; say it once.
      String message = String.valueOf(e.getMessage());
      if (!message.equals(lastFailure)) {
        LOG.warn("cannot check the authorities for changes: {}", message);
        lastFailure = message;
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
