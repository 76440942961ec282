package org.chancery.ingest;

import java.util.ArrayList;
import java.util.List;
import org.chancery.record.Collection;
import org.chancery.record.RecordId;
import org.chancery.record.Rights;

/**
 * What a FRUS volume's teiHeader says about the volume as a whole: its id, used in every
 * record id so the same document always gets the same permalink, and its title.
 */
record FrusVolume(String id, String title, String description) {

  static final Rights RIGHTS = new Rights("Public domain: a work of the United States"
      + " Government (Office of the Historian, Foreign Relations of the United States).",
      Rights.NO_KNOWN_COPYRIGHT_US_GOV);

  Collection collection() {
    return new Collection(id, title, description);
  }

  /**
   * Reads the header; falls back on the root's xml:id and then the file name, so a
   * header-less excerpt still gets stable ids.
   */
  static FrusVolume of(XmlNode header, String rootId, String file) {
    String idno = header == null ? null : text(header.find(n -> n.is("idno", "type", "frus")));
    String raw = nonBlank(idno) ? idno : nonBlank(rootId) ? rootId : Ingestor.baseName(file);
    String id = RecordId.slug(raw).value();
    if (header == null) {
      return new FrusVolume(id, "FRUS volume " + raw, null);
    }
    XmlNode titleStmt = header.find(n -> n.is("titleStmt"));
    String title = text(header.find(n -> n.is("title", "type", "complete")));
    if (!nonBlank(title) && titleStmt != null) {
      title = text(titleStmt.child("title"));
    }
    if (!nonBlank(title)) {
      title = "FRUS volume " + raw;
    }
    return new FrusVolume(id, title, describe(header));
  }

  private static String describe(XmlNode header) {
    List<String> editors = new ArrayList<>();
    String general = null;
    for (XmlNode e : header.findAll(n -> n.is("editor"))) {
      if ("general".equals(e.attr("role"))) {
        general = e.text();
      } else {
        editors.add(e.text());
      }
    }
    XmlNode pub = header.find(n -> n.is("publicationStmt"));
    StringBuilder sb = new StringBuilder("A volume of Foreign Relations of the United States,"
        + " the official documentary record of US foreign policy (Office of the Historian,"
        + " US Department of State)");
    if (!editors.isEmpty()) {
      sb.append(", edited by ").append(String.join(", ", editors));
    }
    if (general != null) {
      sb.append(editors.isEmpty() ? ", general editor " : "; general editor ").append(general);
    }
    if (pub != null) {
      String publisher = text(pub.child("publisher"));
      String place = text(pub.child("pubPlace"));
      String date = text(pub.child("date"));
      if (nonBlank(publisher)) {
        sb.append(". Published by ").append(publisher);
        if (nonBlank(place)) {
          sb.append(", ").append(place);
        }
        if (nonBlank(date)) {
          sb.append(", ").append(date);
        }
      }
    }
    return sb.append(". Public domain (a US government work).").toString();
  }

  private static String text(XmlNode n) {
    return n == null ? null : n.text();
  }

  private static boolean nonBlank(String s) {
    return s != null && !s.isBlank();
  }
}
