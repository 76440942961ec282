package org.chancery.search;

import static org.chancery.search.SchemaFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Reads the hits of a response and picks each one's snippet: a passage of a body field
 * with a match (English first, then the original languages), else of the summary with a
 * match, else the opening of the summary, else of the first body field with text. The
 * highlighter already HTML-escaped every passage. Titles are not highlighted: the title is
 * shown anyway, and a passage of text tells the reader more.
 */
final class HitReader {

  static final String PASSAGE_SEPARATOR = " … ";
  private static final String MARK = "<mark>";

  private HitReader() {}

  static List<Hit> read(QueryResponse rsp) {
    return read(rsp, Expansions.none(""));
  }

  static List<Hit> read(QueryResponse rsp, Expansions expansions) {
    Map<String, Map<String, List<String>>> highlighting = rsp.getHighlighting();
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument d : rsp.getResults()) {
      String id = (String) d.getFirstValue(ID);
      Map<String, List<String>> passages =
          highlighting == null ? Map.of() : highlighting.getOrDefault(id, Map.of());
      hits.add(new Hit(id, (String) d.getFirstValue(TITLE),
          (String) d.getFirstValue(DATE_DISPLAY), (String) d.getFirstValue(TYPE),
          snippet(passages), expansions.why(d)));
    }
    return hits;
  }

  static String snippet(Map<String, List<String>> passages) {
    // body fields in LanguageFields' order: English, then each original language
    List<List<String>> bodies = LanguageFields.BODIES.stream()
        .map(f -> passages.getOrDefault(f, List.of())).toList();
    List<String> summary = passages.getOrDefault(SUMMARY, List.of());
    List<List<String>> preference = new ArrayList<>(bodies);
    preference.add(summary);
    for (List<String> p : preference) {
      if (p.stream().anyMatch(s -> s.contains(MARK))) {
        return join(p);
      }
    }
    if (!summary.isEmpty()) {
      return join(summary);
    }
    return bodies.stream().map(HitReader::join).filter(Objects::nonNull).findFirst()
        .orElse(null);
  }

  private static String join(List<String> passages) {
    String s = String.join(PASSAGE_SEPARATOR, passages.stream().map(String::strip)
        .filter(p -> !p.isEmpty()).toList());
    return s.isEmpty() ? null : s;
  }
}
