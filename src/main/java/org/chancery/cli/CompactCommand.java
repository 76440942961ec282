package org.chancery.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.chancery.store.CatalogueFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chancery compact}: gives back the disk space the embedded catalogue no longer uses. */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = "Rewrites the embedded H2 catalogue without the space it no longer uses"
        + " (run it with the archive stopped, after a large ingest; it needs free disk for"
        + " the live data).")
final class CompactCommand implements Callable<Integer> {

  @Mixin
  DataOptions options;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    CatalogueFile.Compaction c = CatalogueFile.compact(options.resolve().catalogueDatabase());
    System.out.printf(Locale.ROOT, "%s: %,.1f MB -> %,.1f MB in %.1f s%n", c.file(),
        c.before() / 1e6, c.after() / 1e6, (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
