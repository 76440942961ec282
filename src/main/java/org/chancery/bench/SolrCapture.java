package org.chancery.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.chancery.search.QueryExpansion;
import org.chancery.search.SolrSearchIndex;

/**
 * The exact Solr parameters the archive sends for a search: a client that records the
 * request {@link SolrSearchIndex} builds (name expansion included) instead of sending it.
 * The straight-Solr baseline then sends those very parameters through SolrJ.
 */
final class SolrCapture extends SolrClient {

  private static final long serialVersionUID = 1L;
  private final transient List<SolrParams> captured = new ArrayList<>();

  /** Thrown to stop the search once its request is recorded. */
  private static final class Captured extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Captured() {
      super("captured", null, false, false);
    }
  }

  static SolrParams paramsOf(QueryMix q, QueryExpansion expansion) {
    SolrCapture c = new SolrCapture();
    SolrSearchIndex index = SolrSearchIndex.over(c, "chancery", expansion);
    try {
      index.search(q.searchQuery());
    } catch (Captured expected) {
      // the request is recorded; nothing was sent
      return c.captured.get(0);
    }
    throw new IllegalStateException("the search did not reach Solr: " + q);
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection) {
    captured.add(new ModifiableSolrParams(request.getParams()));
    throw new Captured();
  }

  @Override
  public void close() {
    // nothing to release
  }
}
