package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.chancery.record.PublicationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, closing, reopening, clearing: each test starts its own embedded core. */
class SolrSearchIndexLifecycleIT {

  @TempDir
  Path solrHome;

  @Test
  void theFirstStartWritesSolrXmlAndTheConfigsetAndCreatesTheCore() {
    try (SolrSearchIndex index = SolrSearchIndex.embedded(solrHome)) {
      assertThat(index.count()).isZero();
    }

    assertThat(solrHome.resolve("solr.xml")).isRegularFile();
    assertThat(solrHome.resolve("configsets/chancery/conf/schema.xml")).isRegularFile();
    assertThat(solrHome.resolve("configsets/chancery/conf/solrconfig.xml")).isRegularFile();
    assertThat(solrHome.resolve("chancery/core.properties")).isRegularFile();
  }

  @Test
  void committedDocumentsSurviveClosingAndReopeningTheSameHome() {
    try (SolrSearchIndex index = SolrSearchIndex.embedded(solrHome)) {
      index.index(Corpus.all());
      index.commit();
    }

    try (SolrSearchIndex reopened = SolrSearchIndex.embedded(solrHome)) {
      assertThat(reopened.count()).isEqualTo(Corpus.published().size());
      assertThat(SolrSearchIndexIT.ids(reopened.search(SearchQuery.of("Hamonten"))))
          .containsExactly(Corpus.SEED);
    }
  }

  @Test
  void aChangedConfigsetOnDiskIsReplacedByThisVersionsOnStart() throws Exception {
    try (SolrSearchIndex index = SolrSearchIndex.embedded(solrHome)) {
      index.commit();
    }
    Path stopwords = solrHome.resolve("configsets/chancery/conf/stopwords.txt");
    Files.writeString(stopwords, "neutral\n");

    try (SolrSearchIndex index = SolrSearchIndex.embedded(solrHome)) {
      assertThat(Files.readString(stopwords)).doesNotContain("neutral\n").contains("the\n");
    }
  }

  @Test
  void indexingAnUnpublishedVersionRemovesThePublishedOne() {
    try (SolrSearchIndex index = SolrSearchIndex.embedded(solrHome)) {
      index.index(Corpus.all());
      index.commit();

      index.index(List.of(Corpus.seed().withState(PublicationState.WITHDRAWN)));
      index.commit();

      assertThat(index.search(SearchQuery.of("Hamonten")).total()).isZero();
      assertThat(index.count()).isEqualTo(Corpus.published().size() - 1);
    }
  }

  @Test
  void theLastVersionOfARecordInOneBatchWins() {
    try (SolrSearchIndex index = SolrSearchIndex.embedded(solrHome)) {
      index.index(List.of(Corpus.seed(), Corpus.seed().withState(PublicationState.DRAFT)));
      index.index(List.of(Corpus.muccio().withState(PublicationState.DRAFT), Corpus.muccio()));
      index.commit();

      assertThat(SolrSearchIndexIT.ids(index.search(SearchQuery.of(""))))
          .containsExactly(Corpus.MUCCIO);
    }
  }

  @Test
  void clearEmptiesTheIndexOnceCommitted() {
    try (SolrSearchIndex index = SolrSearchIndex.embedded(solrHome)) {
      index.index(Corpus.all());
      index.commit();

      index.clear();
      assertThat(index.count()).as("before commit").isEqualTo(Corpus.published().size());
      index.commit();

      assertThat(index.count()).isZero();
      assertThat(index.search(SearchQuery.of("")).total()).isZero();
    }
  }

  @Test
  void closingLeavesNoSolrThreadsThatWouldKeepTheJvmAlive() throws Exception {
    Set<Thread> before = liveNonDaemonThreads();
    SolrSearchIndex index = SolrSearchIndex.embedded(solrHome);
    index.index(Corpus.all());
    index.commit();
    index.search(SearchQuery.of("Kaesong"));

    index.close();
    index.close();

    long deadline = System.currentTimeMillis() + 10_000;
    Set<Thread> left = liveNonDaemonThreads();
    left.removeAll(before);
    while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
      left.removeIf(t -> !t.isAlive());
    }
    assertThat(left.stream().map(Thread::getName).collect(Collectors.toList())).isEmpty();
  }

  @Test
  void theSameIndexCodeRunsOverAnyClientAndCollection() {
    SolrSearchIndex.embedded(solrHome).close();
    CoreContainer container = CoreContainer.createAndLoad(solrHome);
    try {
      try (SolrSearchIndex index =
          SolrSearchIndex.over(new EmbeddedSolrServer(container, "chancery"), "chancery")) {
        index.index(Corpus.all());
        index.commit();

        assertThat(SolrSearchIndexIT.ids(index.search(SearchQuery.of("\"neutral zone\""))))
            .containsExactlyInAnyOrder(Corpus.SEED, Corpus.DULLES);
      }
    } finally {
      container.shutdown();
    }
  }

  @Test
  void aSolrHomeThatCannotBeWrittenFailsWithASearchException() throws Exception {
    Path file = Files.writeString(solrHome.resolve("not-a-directory"), "x");

    assertThatThrownBy(() -> SolrSearchIndex.embedded(file))
        .isInstanceOf(SearchException.class)
        .hasMessageContaining("not-a-directory");
  }

  private static Set<Thread> liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon())
        .collect(Collectors.toSet());
  }
}
