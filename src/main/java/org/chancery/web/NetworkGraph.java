package org.chancery.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.AuthorityProfile;
import org.chancery.search.NameCounts;

/**
 * The correspondence network of an authority's documents (the
 * {@code /api/authorities/{id}/network} body graph.js draws): a node per author or
 * recipient, an edge per direction with how many documents went that way.
 */
final class NetworkGraph {

  private NetworkGraph() {}

  record Node(String id, String label, String href, long documents) {}

  record Edge(String source, String target, long count) {}

  static Map<String, Object> json(AuthorityProfile p) {
    Map<String, Long> documents = new LinkedHashMap<>();
    String focus = p.authority().id();
    documents.put(focus, 0L);
    List<Edge> edges = new ArrayList<>();
    for (NameCounts.Letters l : p.counts().letters()) {
      if (l.from().equals(l.to())) {
        continue;
      }
      edges.add(new Edge(l.from(), l.to(), l.documents()));
      documents.merge(l.from(), l.documents(), Long::sum);
      documents.merge(l.to(), l.documents(), Long::sum);
    }
    List<Node> nodes = new ArrayList<>();
    documents.forEach((id, n) -> nodes.add(new Node(id, p.name(id),
        p.named(id).isPresent() || id.equals(focus) ? Links.authority(id) : null, n)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("focus", focus);
    body.put("nodes", edges.isEmpty() ? List.of() : nodes);
    body.put("edges", edges);
    return body;
  }
}
