package org.chancery.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.chancery.ingest.IngestBatch;

/**
 * Reads the files of a long ingest on other threads, ahead of the thread that saves them,
 * and hands them back in the order of the list. Reading (decoding, parsing, extraction) is
 * about half of an ingest's work and files are independent of each other, while saving
 * must go in order on one thread; so reading runs on the cores saving leaves idle.
 *
 * <p>What is read ahead is bounded in files and in bytes on disk, so a folder of large FRUS
 * volumes does not fill the heap; the next file in order is always read, however large.
 */
final class ReadAhead implements AutoCloseable {

  /** Reading threads beside the saving one: the other cores. */
  static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private record Pending(Future<IngestBatch> batch, long bytes) {}

  private final List<Path> files;
  private final Function<Path, IngestBatch> reader;
  private final ExecutorService pool;
  private final int maxFiles;
  private final long maxBytes;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private int submitted;
  private long bytesAhead;

  /**
   * Reads ahead at most {@code maxFiles} files: give more than the caller consumes between
   * two calls, or the readers run dry while it works and the threads take turns.
   */
  ReadAhead(List<Path> files, Function<Path, IngestBatch> reader, int maxFiles) {
    this(files, reader, THREADS, maxFiles, MAX_BYTES);
  }

  ReadAhead(List<Path> files, Function<Path, IngestBatch> reader, int threads, int maxFiles,
      long maxBytes) {
    this.files = List.copyOf(files);
    this.reader = reader;
    this.maxFiles = Math.max(1, maxFiles);
    this.maxBytes = maxBytes;
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "chancery-read-" + n.incrementAndGet());
      // a caller that stops consuming must not keep the JVM alive
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * The next file's batch, in the order of the list, once it is read.
   *
   * @throws java.util.NoSuchElementException after the last file
   */
  IngestBatch next() {
    fill();
    Pending p = pending.removeFirst();
    bytesAhead -= p.bytes();
    // keep the readers busy while the caller saves this one
    fill();
    try {
      return p.batch().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading ahead", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void fill() {
    while (submitted < files.size()
        && (pending.isEmpty() || pending.size() < maxFiles && bytesAhead < maxBytes)) {
      Path file = files.get(submitted++);
      long size = sizeOf(file);
      pending.addLast(new Pending(pool.submit(() -> reader.apply(file)), size));
      bytesAhead += size;
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      // the reader reports the problem against the file; here it only weighs nothing
      return 0;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
