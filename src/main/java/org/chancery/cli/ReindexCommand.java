package org.chancery.cli;

import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chancery reindex}: rebuilds the search index from the catalogue. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuilds the search index from the catalogue (the index is derived data).")
final class ReindexCommand implements Callable<Integer> {

  @Mixin
  DataOptions options;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    long n;
    try (Archive archive = Archive.open(options.resolve());
         ProgressBar bar = new ProgressBar(System.err)) {
      n = archive.reindex(bar);
    }
    System.out.printf("%d published records indexed in %.1f s%n", n,
        (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
