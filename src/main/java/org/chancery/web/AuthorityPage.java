package org.chancery.web;

import java.util.List;
import org.chancery.record.Authority;

/**
 * The authority page model: a person, organisation, place or subject with its forms, its
 * documents, when they were written, and who corresponded with whom.
 *
 * @param authority the authority
 * @param kind its kind in words ({@code Person})
 * @param variants its other forms, in the order the authority lists them
 * @param identifiers links to the same entity elsewhere (Wikidata, VIAF)
 * @param documents published records naming it
 * @param allDocuments a search for all of them
 * @param firstDocuments the earliest of them
 * @param timeline documents per year and the periods its cover names were in use, or null
 * @param correspondents who it wrote to and heard from, most frequent first
 * @param network whether the correspondence graph has anything to draw
 * @param map whether any of its places has coordinates
 * @param broader the broader subject, or null
 * @param narrower narrower subjects
 * @param history every saved version, newest first
 * @param sameNames other authorities sharing one of its forms: merge candidates
 */
public record AuthorityPage(Authority authority, String kind, List<VariantRow> variants,
    List<PageLink> identifiers, long documents, String allDocuments,
    List<PageLink> firstDocuments, Timeline timeline, List<Correspondent> correspondents,
    boolean network, boolean map, PageLink broader, List<PageLink> narrower,
    List<HistoryRow> history, List<PageLink> sameNames) {

  /** One other form: {@code Filippov — cover name, 1949–1953}. */
  public record VariantRow(String form, String kind, String system, String period,
      String source) {}

  /** One correspondent and how many documents went each way. */
  public record Correspondent(PageLink who, long wroteTo, long heardFrom) {}

  /** One saved version of the authority. */
  public record HistoryRow(int version, String when, String actor, String action,
      String note) {}
}
