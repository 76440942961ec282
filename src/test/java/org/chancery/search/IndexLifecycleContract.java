package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.search.SearchContract.ids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.junit.jupiter.api.Test;

/**
 * Opening, closing, reopening, clearing: each test opens an index of its own. Runs on an
 * embedded core and on a sharded SolrCloud collection (see {@link SearchContract}); what
 * only one of them does (a Solr home on disk, a configset in ZooKeeper) is tested in the
 * subclass.
 */
abstract class IndexLifecycleContract {

  private static final AtomicInteger NAMES = new AtomicInteger();

  /** A new, empty index named {@code name}, or the existing one of that name. */
  protected abstract SolrSearchIndex open(String name, QueryExpansion expansion);

  /** A name no other test uses. */
  protected static String freshName() {
    return "lifecycle-" + NAMES.incrementAndGet();
  }

  @Test
  void aNewIndexIsEmpty() {
    try (SolrSearchIndex index = open(freshName(), QueryExpansion.NONE)) {
      assertThat(index.count()).isZero();
      assertThat(index.search(SearchQuery.of("")).total()).isZero();
    }
  }

  @Test
  void committedDocumentsSurviveClosingAndReopening() {
    String name = freshName();
    try (SolrSearchIndex index = open(name, QueryExpansion.NONE)) {
      index.index(Corpus.all());
      index.commit();
    }

    try (SolrSearchIndex reopened = open(name, QueryExpansion.NONE)) {
      assertThat(reopened.count()).isEqualTo(Corpus.published().size());
      assertThat(ids(reopened.search(SearchQuery.of("Hamonten")))).containsExactly(Corpus.SEED);
    }
  }

  @Test
  void indexingAnUnpublishedVersionRemovesThePublishedOne() {
    try (SolrSearchIndex index = open(freshName(), QueryExpansion.NONE)) {
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
    try (SolrSearchIndex index = open(freshName(), QueryExpansion.NONE)) {
      index.index(List.of(Corpus.seed(), Corpus.seed().withState(PublicationState.DRAFT)));
      index.index(List.of(Corpus.muccio().withState(PublicationState.DRAFT), Corpus.muccio()));
      index.commit();

      assertThat(ids(index.search(SearchQuery.of("")))).containsExactly(Corpus.MUCCIO);
    }
  }

  @Test
  void nothingIndexedIsVisibleBeforeTheCommit() {
    try (SolrSearchIndex index = open(freshName(), QueryExpansion.NONE)) {
      index.index(Corpus.all());

      assertThat(index.count()).isZero();
      index.commit();
      assertThat(index.count()).isEqualTo(Corpus.published().size());
    }
  }

  @Test
  void clearEmptiesTheIndexOnceCommitted() {
    try (SolrSearchIndex index = open(freshName(), QueryExpansion.NONE)) {
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
  void aRebuildOfMoreThanOneBatchCountsEveryRecord() {
    int records = SolrSearchIndex.BATCH_SIZE + 7;
    List<ArchivalRecord> many = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      many.add(Corpus.seed().toBuilder().id(new RecordId("copy-" + i)).build());
    }
    try (SolrSearchIndex index = open(freshName(), QueryExpansion.NONE)) {
      index.clear();
      index.index(many);
      index.commit();

      assertThat(index.count()).isEqualTo(records);
      assertThat(index.search(SearchQuery.of("Hamonten")).total()).isEqualTo(records);
    }
  }

  /**
   * Opens, uses and closes (twice) an index on a thread of its own thread group, so every
   * thread the index starts belongs to that group; none may outlive the close.
   */
  @Test
  void closingLeavesNoThreadsThatWouldKeepTheJvmAlive() throws Exception {
    String name = freshName();
    open(name, QueryExpansion.NONE).close();
    ThreadGroup group = new ThreadGroup("index-under-test");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread user = new Thread(group, () -> {
      try {
        SolrSearchIndex index = open(name, QueryExpansion.NONE);
        index.index(Corpus.all());
        index.commit();
        index.search(SearchQuery.of("Kaesong"));
        index.close();
        index.close();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "uses-the-index");
    user.start();
    user.join();
    assertThat(failure.get()).isNull();

    long deadline = System.currentTimeMillis() + 10_000;
    List<String> left = liveNonDaemon(group);
    while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
      left = liveNonDaemon(group);
    }
    assertThat(left).isEmpty();
  }

  private static List<String> liveNonDaemon(ThreadGroup group) {
    Thread[] threads = new Thread[group.activeCount() + 16];
    int n = group.enumerate(threads, true);
    return Arrays.stream(threads, 0, n)
        .filter(t -> t.isAlive() && !t.isDaemon())
        .map(Thread::getName)
        .toList();
  }
}
