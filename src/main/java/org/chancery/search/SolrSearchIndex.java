package org.chancery.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.chancery.record.ArchivalRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index on Solr, through SolrJ only: an embedded core by default
 * ({@link #embedded(Path)}), a SolrCloud collection ({@link #cloud(CloudCollection,
 * QueryExpansion)}), or any {@link SolrClient} and collection
 * ({@link #over(SolrClient, String)}). Indexing, searching and counting are the same code
 * whichever it is; every request parameter is sent with the request (see
 * {@link SolrQueries}), so a sharded collection answers as the embedded core does.
 *
 * <p>Thread-safe: searches may run while another thread indexes.
 */
public final class SolrSearchIndex implements SearchIndex {

  /** Documents per update request: large enough to amortise a request, small in memory. */
  static final int BATCH_SIZE = 500;

  private static final Logger log = LoggerFactory.getLogger(SolrSearchIndex.class);

  private final SolrClient client;
  private final String collection;
  private final CoreContainer container;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final QueryExpansion expansion;

  private SolrSearchIndex(SolrClient client, String collection, CoreContainer container,
      QueryExpansion expansion) {
    this.client = client;
    this.collection = collection;
    this.container = container;
    this.expansion = expansion == null ? QueryExpansion.NONE : expansion;
  }

  /** {@link #embedded(Path, QueryExpansion)} without name expansion. */
  public static SolrSearchIndex embedded(Path solrHome) {
    return embedded(solrHome, QueryExpansion.NONE);
  }

  /**
   * An index in an embedded Solr core under {@code solrHome}. The first start writes
   * {@code solr.xml} and the project's configset there and creates the core; later starts
   * reuse the core and its documents. Names {@code expansion} recognises in a query are
   * searched in all their forms.
   *
   * @throws SearchException when the core cannot be prepared or loaded
   */
  public static SolrSearchIndex embedded(Path solrHome, QueryExpansion expansion) {
    CoreContainer container = EmbeddedSolr.start(solrHome);
    return new SolrSearchIndex(new EmbeddedSolrServer(container, EmbeddedSolr.CORE),
        EmbeddedSolr.CORE, container, expansion);
  }

  /**
   * An index in a SolrCloud collection: connects through ZooKeeper, uploads the project's
   * configset when ZooKeeper lacks it and creates the collection when it is missing (see
   * {@link CloudCollection} for names and layout). Names {@code expansion} recognises in a
   * query are searched in all their forms.
   *
   * @throws SearchException when ZooKeeper cannot be reached or the collection cannot be
   *     created or does not become active
   */
  public static SolrSearchIndex cloud(CloudCollection where, QueryExpansion expansion) {
    return new SolrSearchIndex(SolrCloud.open(where), where.collection(), null, expansion);
  }

  /**
   * An index in an existing collection (or core) reached through {@code client}; the
   * collection must use the project's configset. The index owns the client from now on
   * and closes it in {@link #close()}.
   */
  public static SolrSearchIndex over(SolrClient client, String collection) {
    return over(client, collection, QueryExpansion.NONE);
  }

  /** {@link #over(SolrClient, String)}, searching names in all the forms expansion knows. */
  public static SolrSearchIndex over(SolrClient client, String collection,
      QueryExpansion expansion) {
    if (client == null || collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("a Solr client and a collection name are needed");
    }
    return new SolrSearchIndex(client, collection, null, expansion);
  }

  @Override
  public void index(Collection<ArchivalRecord> records) {
    // the last version of a record in the batch wins, as if indexed one after another
    Map<String, ArchivalRecord> latest = new LinkedHashMap<>();
    for (ArchivalRecord r : records) {
      latest.remove(r.id().value());
      latest.put(r.id().value(), r);
    }
    List<SolrInputDocument> docs = new ArrayList<>(Math.min(BATCH_SIZE, latest.size()));
    List<String> unpublished = new ArrayList<>();
    for (ArchivalRecord r : latest.values()) {
      if (r.state().isPublic()) {
        docs.add(RecordDocuments.toDocument(r));
        if (docs.size() == BATCH_SIZE) {
          add(docs);
          docs.clear();
        }
      } else {
        unpublished.add(r.id().value());
      }
    }
    if (!docs.isEmpty()) {
      add(docs);
    }
    for (int i = 0; i < unpublished.size(); i += BATCH_SIZE) {
      List<String> ids = unpublished.subList(i, Math.min(unpublished.size(), i + BATCH_SIZE));
      update("remove unpublished records", () -> client.deleteById(collection, ids));
    }
  }

  private void add(List<SolrInputDocument> docs) {
    update("index " + docs.size() + " records", () -> client.add(collection, docs));
  }

  @Override
  public void commit() {
    update("commit", () -> client.commit(collection));
  }

  /** Removes every document; like {@link #index}, visible after {@link #commit()}. */
  @Override
  public void clear() {
    update("clear", () -> client.deleteByQuery(collection, "*:*"));
  }

  @Override
  public long count() {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    return query(q).getResults().getNumFound();
  }

  @Override
  public SearchResult search(SearchQuery query) {
    return run(query, null).result();
  }

  @Override
  public CursorPage search(SearchQuery query, String cursorMark) {
    if (cursorMark == null || cursorMark.isBlank()) {
      throw new IllegalArgumentException("a cursor search needs a mark; the first is "
          + CursorPage.FIRST);
    }
    if (!cursorMark.equals(CursorPage.FIRST)) {
      try {
        // Solr's marks are base64; refusing garbage here keeps it out of Solr's error log
        java.util.Base64.getDecoder().decode(cursorMark);
      } catch (IllegalArgumentException e) {
        throw new CursorRejected("a cursor mark is base64", e);
      }
    }
    return run(query, cursorMark);
  }

  private CursorPage run(SearchQuery query, String cursorMark) {
    Expansions names = expand(query.text());
    QueryText.Parsed text = names.parse();
    QueryResponse rsp;
    try {
      rsp = query(build(query, text, names, cursorMark));
    } catch (BadQuery e) {
      refuseCursor(e, cursorMark);
      if (text.matchesAll()) {
        throw new SearchException("Solr rejected a search for all records", e.getCause());
      }
      log.debug("Solr rejected the query {}; searching its words alone", text.query(),
          e.getCause());
      text = names.wordsOnly();
      try {
        rsp = query(build(query, text, names, cursorMark));
      } catch (BadQuery again) {
        refuseCursor(again, cursorMark);
        throw new SearchException("Solr rejected the words of a search", again.getCause());
      }
    }
    long total = rsp.getResults().getNumFound();
    SearchResult result = new SearchResult(total, HitReader.read(rsp, names),
        FacetReader.read(rsp, query, total), text.notice(), query, names.notes());
    return new CursorPage(result, cursorMark == null ? null : rsp.getNextCursorMark());
  }

  /** Solr names the cursorMark parameter when that is what it could not read. */
  private static void refuseCursor(BadQuery e, String cursorMark) {
    if (cursorMark != null && String.valueOf(e.getMessage()).contains("cursorMark")) {
      throw new CursorRejected("Solr could not read the cursor mark", e.getCause());
    }
  }

  @Override
  public Map<String, Long> valueCounts(Facet facet) {
    String field = SchemaFields.field(facet);
    SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1)
        .setFacetLimit(-1).addFacetField(field);
    Map<String, Long> counts = new LinkedHashMap<>();
    var values = query(q).getFacetField(field).getValues();
    if (values != null) {
      values.forEach(v -> counts.put(v.getName(), v.getCount()));
    }
    return counts;
  }

  private Expansions expand(String raw) {
    if (raw == null || raw.isBlank()) {
      return Expansions.none(raw);
    }
    try {
      return Expansions.plan(raw, expansion.expand(raw));
    } catch (RuntimeException e) {
      // a fault in the authority data must not cost the reader the search itself
      log.warn("name expansion failed for a query; searching it as typed", e);
      return Expansions.none(raw);
    }
  }

  private static SolrQuery build(SearchQuery query, QueryText.Parsed text, Expansions names,
      String cursorMark) {
    SolrQuery s = SolrQueries.build(query, text, cursorMark);
    if (s.getRows() != null && s.getRows() > 0) {
      names.addChecks(s);
    }
    return s;
  }

  /** Closes the client and, for an embedded index, shuts the Solr core down. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      client.close();
    } catch (IOException e) {
      throw new SearchException("cannot close the Solr client", e);
    } finally {
      if (container != null) {
        container.shutdown();
      }
    }
  }

  @Override
  public NameCounts nameCounts(Facet facet, String value) {
    try {
      return NameCountQueries.run(SchemaFields.field(facet), value, this::query);
    } catch (BadQuery e) {
      throw new SearchException("cannot count documents of " + value, e.getCause());
    }
  }

  private QueryResponse query(SolrQuery q) {
    try {
      return client.query(collection, q);
    } catch (SolrServerException | IOException | SolrException e) {
      SolrException solr = e instanceof SolrException se ? se
          : e.getCause() instanceof SolrException se ? se : null;
      if (solr != null && solr.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
        throw new BadQuery(solr);
      }
      throw new SearchException("search failed: " + e.getMessage(), e);
    }
  }

  private void update(String what, SolrCall call) {
    try {
      call.run();
    } catch (SolrServerException | IOException | SolrException e) {
      throw new SearchException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface SolrCall {
    void run() throws SolrServerException, IOException;
  }

  /** Solr answered 400: the query text, not the index, is at fault. */
  private static final class BadQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadQuery(SolrException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
