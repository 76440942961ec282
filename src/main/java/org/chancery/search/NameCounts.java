package org.chancery.search;

import java.util.List;
import java.util.Map;

/**
 * What the published records say about one authority, for its page: how many documents
 * name it, when, who it wrote to and heard from, which places its documents name, and who
 * wrote to whom in those documents (its correspondence network). Names are authority ids.
 *
 * @param documents published records linking the authority anywhere
 * @param years documents per year, in year order (records dated within one year)
 * @param wroteTo recipients of the documents it wrote, most frequent first
 * @param heardFrom authors of the documents it received, most frequent first
 * @param places places its documents name, most frequent first
 * @param letters author-to-recipient pairs within its documents, most frequent first
 */
public record NameCounts(long documents, Map<String, Long> years, Map<String, Long> wroteTo,
    Map<String, Long> heardFrom, Map<String, Long> places, List<Letters> letters) {

  /** How many documents {@code from} wrote to {@code to}. */
  public record Letters(String from, String to, long documents) {}

  public NameCounts {
    years = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(years));
    wroteTo = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(wroteTo));
    heardFrom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(heardFrom));
    places = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(places));
    letters = List.copyOf(letters);
  }
}
