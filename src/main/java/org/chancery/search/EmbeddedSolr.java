package org.chancery.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.solr.core.CoreContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a Solr home for the embedded core and starts it: writes {@code solr.xml} and
 * the project's configset from the classpath, loads the container and creates the core on
 * first use. Later starts find the core on disk and reuse it.
 */
final class EmbeddedSolr {

  static final String CORE = "chancery";

  private static final String DISABLE_V2_API = "disable.v2.api";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedSolr.class);

  private EmbeddedSolr() {}

  /** A loaded container holding the core {@link #CORE}. */
  static CoreContainer start(Path solrHome) {
    try {
      Files.createDirectories(solrHome);
      install(solrHome.resolve("solr.xml"), Configset.resource("solr/solr.xml"));
      Path conf = solrHome.resolve("configsets").resolve(Configset.NAME).resolve("conf");
      boolean changed = false;
      for (String file : Configset.FILES) {
        changed |= install(conf.resolve(file), Configset.file(file));
      }
      boolean existed = Files.exists(solrHome.resolve(CORE).resolve("core.properties"));
      if (changed && existed) {
        log.warn("The search configset in {} was replaced by this version's; rebuild the "
            + "index (chancery reindex) if the schema changed", conf);
      }
    } catch (IOException e) {
      throw new SearchException("cannot prepare the Solr home " + solrHome, e);
    }
    // The v2 (HTTP/JSON admin) API builds a Jersey application per core: about a second
    // of start-up for an API that no embedded caller can reach. An explicit setting wins.
    if (System.getProperty(DISABLE_V2_API) == null) {
      System.setProperty(DISABLE_V2_API, "true");
    }
    CoreContainer container = CoreContainer.createAndLoad(solrHome);
    try {
      if (container.getCoreDescriptor(CORE) == null) {
        container.create(CORE, Map.of("configSet", Configset.NAME));
      }
      CoreContainer.CoreLoadFailure failure = container.getCoreInitFailures().get(CORE);
      if (failure != null) {
        throw new SearchException("the search core in " + solrHome + " failed to load",
            failure.exception);
      }
      return container;
    } catch (RuntimeException e) {
      container.shutdown();
      throw e instanceof SearchException ? e
          : new SearchException("cannot start the search core in " + solrHome, e);
    }
  }

  /** Writes bytes to a file unless the file already holds them. */
  private static boolean install(Path target, byte[] wanted) throws IOException {
    if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), wanted)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    Files.write(target, wanted);
    return true;
  }
}
