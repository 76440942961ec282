package org.chancery.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The project's one Solr configset, {@code src/main/resources/solr/configsets/chancery/conf}:
 * written into the embedded core's Solr home by {@link EmbeddedSolr}, uploaded to ZooKeeper
 * by {@link SolrCloud}. Both read it from the classpath through here.
 */
final class Configset {

  /** The configset's name in the embedded Solr home. */
  static final String NAME = "chancery";

  /** Listed because a directory inside a jar cannot be listed portably. */
  static final List<String> FILES = List.of("solrconfig.xml", "schema.xml", "stopwords.txt");

  private static final String CLASSPATH_CONF = "solr/configsets/" + NAME + "/conf/";

  private Configset() {}

  /** One file of the configset, as shipped with this version. */
  static byte[] file(String name) {
    return resource(CLASSPATH_CONF + name);
  }

  /** A classpath resource; a missing one is a packaging error. */
  static byte[] resource(String path) {
    try (InputStream in = Configset.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + path, e);
    }
  }
}
