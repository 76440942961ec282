package org.chancery.oai;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;

/**
 * A record as unqualified Dublin Core ({@code oai_dc}, section 6.2 of the specification).
 * How the catalogue maps (docs/oai-pmh.md has the table): authors are creators, recipients
 * contributors (the usual mapping for correspondence, so "to whom" is not lost), the EDTF
 * date is written in W3CDTF at the precision it has, places are coverage, the permalink is
 * the identifier, the RightsStatements.org URI and the statement are rights, the
 * collections are relations and the archival citations and original archive sources.
 */
final class DublinCore {

  static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String OAI_DC_SCHEMA = MetadataFormat.OAI_DC.namespace()
      + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

  private DublinCore() {}

  /**
   * Writes the {@code oai_dc:dc} element of a record.
   *
   * @param permalink the record's public URL
   * @param publisher the archive's name
   * @param collectionTitles titles of the record's collections by id
   */
  static void write(OaiXml x, ArchivalRecord r, String permalink, String publisher,
      Map<String, String> collectionTitles) {
    x.startForeign("oai_dc", "dc", MetadataFormat.OAI_DC.namespace());
    x.namespace("dc", DC);
    x.namespace("xsi", OaiXml.XSI);
    x.attribute("xsi", OaiXml.XSI, "schemaLocation", OAI_DC_SCHEMA);
    dc(x, "title", r.title());
    r.authors().forEach(n -> dc(x, "creator", name(n)));
    r.recipients().forEach(n -> dc(x, "contributor", name(n)));
    if (r.date() != null) {
      dc(x, "date", w3cdtf(r.date()));
    }
    if (r.type() != null && !r.type().isBlank()) {
      dc(x, "type", r.type());
    }
    dc(x, "type", "Text"); // the DCMI Type Vocabulary term, for aggregators that map on it
    r.languages().forEach(l -> dc(x, "language", l));
    r.subjects().forEach(s -> dc(x, "subject", s));
    if (r.summary() != null && !r.summary().isBlank()) {
      dc(x, "description", r.summary());
    }
    Set<String> places = new LinkedHashSet<>();
    if (r.originPlace() != null) {
      places.add(name(r.originPlace()));
    }
    r.places().forEach(p -> places.add(name(p)));
    places.forEach(p -> dc(x, "coverage", p));
    dc(x, "identifier", permalink);
    dc(x, "publisher", publisher);
    if (r.rights() != null) {
      if (r.rights().uri() != null) {
        dc(x, "rights", r.rights().uri());
      }
      if (r.rights().statement() != null && !r.rights().statement().isBlank()) {
        dc(x, "rights", r.rights().statement());
      }
    }
    r.collections().forEach(c -> dc(x, "relation", collectionTitles.getOrDefault(c, c)));
    r.sources().forEach(s -> dc(x, "source", s));
    if (r.originalArchive() != null && !r.originalArchive().isBlank()) {
      dc(x, "source", r.originalArchive());
    }
    x.end();
  }

  private static void dc(OaiXml x, String element, String text) {
    if (text != null && !text.isBlank()) {
      x.child("dc", element, DC, text.strip());
    }
  }

  private static String name(NameRef n) {
    return n.name() != null && !n.name().isBlank() ? n.name() : n.as();
  }

  /**
   * An EDTF date in W3CDTF: {@code 1951-10-18}, {@code 1951-10} or {@code 1951}, as
   * precise as the date is known. W3CDTF cannot say "uncertain" or "approximate", so
   * {@code 1951-10?} and {@code 1951-10~} are written {@code 1951-10} (the record page
   * keeps the qualifier); an interval is written as its two ends, {@code 1951-10/1951-12},
   * and an interval open at one end as its known end.
   */
  static String w3cdtf(EdtfDate d) {
    String text = d.text();
    if (!d.isInterval()) {
      return plain(text);
    }
    String[] ends = text.split("/", -1);
    String a = open(ends[0]) ? null : plain(ends[0]);
    String b = ends.length < 2 || open(ends[1]) ? null : plain(ends[1]);
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a + "/" + b;
  }

  private static boolean open(String end) {
    return end.isEmpty() || end.equals("..");
  }

  private static String plain(String edtf) {
    return edtf.replaceAll("[?~%]", "");
  }
}
