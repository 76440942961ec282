package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.chancery.ingest.IngestBatch;
import org.chancery.ingest.Ingestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

  @TempDir
  Path dir;

  private final Ingestor ingestor = new Ingestor();

  private List<Path> transcripts(int n, int bytes) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = "Ciphered telegram No. " + (100 + i) + "\n\nTo Comrade Filippov.\n\n"
          + "x".repeat(Math.max(0, bytes - 50)) + "\n";
      files.add(Files.writeString(dir.resolve(String.format("cable-%03d.txt", i)), text));
    }
    return files;
  }

  private static List<String> names(ReadAhead ahead, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(ahead.next().file());
    }
    return out;
  }

  @Test
  void handsBackFilesInListOrderWhenLaterOnesAreReadFirst() throws IOException {
    List<Path> files = transcripts(12, 200);
    // the first files take longest, so the readers finish them last
    Function<Path, IngestBatch> slowFirst = p -> {
      int i = files.indexOf(p);
      sleep((12 - i) * 5L);
      return ingestor.read(p);
    };
    try (ReadAhead ahead = new ReadAhead(files, slowFirst, 4, 16, Long.MAX_VALUE)) {
      assertThat(names(ahead, 12)).containsExactlyElementsOf(
          files.stream().map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void readsOnOtherThreadsThanTheCaller() throws IOException {
    List<Path> files = transcripts(6, 200);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ReadAhead ahead = new ReadAhead(files, p -> {
      threads.add(Thread.currentThread().getName());
      return ingestor.read(p);
    }, 2, 8, Long.MAX_VALUE)) {
      List<IngestBatch> read = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        read.add(ahead.next());
      }
      assertThat(read).allSatisfy(b -> assertThat(b.records()).hasSize(1));
    }
    assertThat(threads).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("chancery-read-"))
        .doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void readsNoMoreFilesAheadThanItsBound() throws IOException {
    List<Path> files = transcripts(40, 200);
    AtomicInteger started = new AtomicInteger();
    try (ReadAhead ahead = new ReadAhead(files, counting(started), 2, 5, Long.MAX_VALUE)) {
      for (int consumed = 1; consumed <= 40; consumed++) {
        ahead.next();
        sleep(2);
        assertThat(started.get()).isLessThanOrEqualTo(consumed + 5);
      }
    }
    assertThat(started.get()).isEqualTo(40);
  }

  @Test
  void readsNoMoreBytesAheadThanItsBoundButAlwaysTheNextFile() throws IOException {
    List<Path> files = transcripts(20, 1000);
    AtomicInteger started = new AtomicInteger();
    // a bound below one file's size: only the file asked for next is read
    try (ReadAhead ahead = new ReadAhead(files, counting(started), 2, 100, 500)) {
      for (int consumed = 1; consumed <= 20; consumed++) {
        assertThat(ahead.next().records()).hasSize(1);
        sleep(2);
        assertThat(started.get()).isLessThanOrEqualTo(consumed + 1);
      }
    }
  }

  @Test
  void passesOnWhatTheReaderThrowsAtThatFile() throws IOException {
    List<Path> files = transcripts(5, 200);
    try (ReadAhead ahead = new ReadAhead(files, p -> {
      if (p.equals(files.get(3))) {
        throw new IllegalStateException("reader bug on " + p.getFileName());
      }
      return ingestor.read(p);
    }, 2, 8, Long.MAX_VALUE)) {
      assertThat(names(ahead, 3)).containsExactly("cable-000.txt", "cable-001.txt",
          "cable-002.txt");
      assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class)
          .hasMessage("reader bug on cable-003.txt");
      assertThat(ahead.next().file()).isEqualTo("cable-004.txt");
    }
  }

  /** The real reader, counting the files it starts. */
  private Function<Path, IngestBatch> counting(AtomicInteger started) {
    return p -> {
      started.incrementAndGet();
      return ingestor.read(p);
    };
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
