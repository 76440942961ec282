package org.chancery.web;

import java.util.Arrays;
import java.util.List;
import org.chancery.cite.CitationData;
import org.chancery.cite.CitationFormat;
import org.chancery.cite.Citations;
import org.chancery.cite.HighwireTags;

/**
 * The "Cite this document" part of a record page and the metadata its head carries.
 *
 * @param chicagoNote Chicago first note
 * @param chicago Chicago bibliography entry
 * @param mla MLA works-cited entry
 * @param apa APA reference
 * @param meta Highwire Press meta tags
 * @param jsonLd schema.org JSON-LD, already safe inside a script element
 * @param downloads links to the BibTeX, RIS and CSL-JSON downloads
 */
public record CitationView(String chicagoNote, String chicago, String mla, String apa,
    List<HighwireTags.Tag> meta, String jsonLd, List<PageLink> downloads) {

  static CitationView of(Citations citations, CitationData d) {
    List<PageLink> downloads = Arrays.stream(CitationFormat.values())
        .filter(f -> f.ordinal() < CitationFormat.CHICAGO.ordinal())
        .map(f -> new PageLink(label(f), href(d.id(), f), -1, false,
            f.fileName(d.id())))
        .toList();
    return new CitationView(citations.chicagoNote(d), citations.render(d, CitationFormat.CHICAGO),
        citations.render(d, CitationFormat.MLA), citations.render(d, CitationFormat.APA),
        citations.highwireTags(d), citations.jsonLd(d), downloads);
  }

  /** The download's address: {@code /api/records/{id}/citation?format=bibtex}. */
  static String href(String id, CitationFormat f) {
    return "/api" + Links.record(id) + "/citation?format=" + f.param();
  }

  private static String label(CitationFormat f) {
    return switch (f) {
      case BIBTEX -> "BibTeX";
      case RIS -> "RIS";
      case CSL_JSON -> "CSL-JSON";
      default -> f.param();
    };
  }
}
