package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search contracts on the default index, an embedded Solr core: every index a test
 * opens has a Solr home of its own, named after it. {@link CloudSolrSearchIT} runs the
 * same contracts on SolrCloud.
 */
class EmbeddedSolrSearchIT {

  @TempDir
  static Path homes;

  static SolrSearchIndex openEmbedded(String name, QueryExpansion expansion) {
    return SolrSearchIndex.embedded(homes.resolve(name), expansion);
  }

  @Nested
  class Search extends SearchContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openEmbedded(name, expansion);
    }
  }

  @Nested
  class CursorPaging extends CursorSearchContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openEmbedded(name, expansion);
    }
  }

  @Nested
  class NameExpansion extends QueryExpansionContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openEmbedded(name, expansion);
    }
  }

  @Nested
  class Multilingual extends MultilingualSearchContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openEmbedded(name, expansion);
    }
  }

  @Nested
  class AuthorityCounts extends NameCountsContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openEmbedded(name, expansion);
    }
  }

  @Nested
  class Lifecycle extends IndexLifecycleContract {
    @Override
    protected SolrSearchIndex open(String name, QueryExpansion expansion) {
      return openEmbedded(name, expansion);
    }

    @Test
    void theFirstStartWritesSolrXmlAndTheConfigsetAndCreatesTheCore() {
      String name = freshName();
      open(name, QueryExpansion.NONE).close();

      Path home = homes.resolve(name);
      assertThat(home.resolve("solr.xml")).isRegularFile();
      assertThat(home.resolve("configsets/chancery/conf/schema.xml")).isRegularFile();
      assertThat(home.resolve("configsets/chancery/conf/solrconfig.xml")).isRegularFile();
      assertThat(home.resolve("chancery/core.properties")).isRegularFile();
    }

    @Test
    void aChangedConfigsetOnDiskIsReplacedByThisVersionsOnStart() throws Exception {
      String name = freshName();
      open(name, QueryExpansion.NONE).close();
      Path stopwords = homes.resolve(name).resolve("configsets/chancery/conf/stopwords.txt");
      Files.writeString(stopwords, "neutral\n");

      open(name, QueryExpansion.NONE).close();

      assertThat(Files.readString(stopwords)).doesNotContain("neutral\n").contains("the\n");
    }

    @Test
    void theSameIndexCodeRunsOverAnyClientAndCollection() {
      Path home = homes.resolve(freshName());
      SolrSearchIndex.embedded(home).close();
      CoreContainer container = CoreContainer.createAndLoad(home);
      try {
        try (SolrSearchIndex index =
            SolrSearchIndex.over(new EmbeddedSolrServer(container, "chancery"), "chancery")) {
          index.index(Corpus.all());
          index.commit();

          assertThat(SearchContract.ids(index.search(SearchQuery.of("\"neutral zone\""))))
              .containsExactlyInAnyOrder(Corpus.SEED, Corpus.DULLES);
        }
      } finally {
        container.shutdown();
      }
    }

    @Test
    void aSolrHomeThatCannotBeWrittenFailsWithASearchException() throws Exception {
      Path file = Files.writeString(homes.resolve("not-a-directory"), "x");

      assertThatThrownBy(() -> SolrSearchIndex.embedded(file))
          .isInstanceOf(SearchException.class)
          .hasMessageContaining("not-a-directory");
    }
  }
}
