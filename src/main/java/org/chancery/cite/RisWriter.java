package org.chancery.cite;

import java.util.ArrayList;
import java.util.List;
import org.chancery.record.EdtfDate;

/**
 * An RIS record of type {@code MANSCPT} (manuscript), the type Zotero and citation-js
 * read as an archival document. Persons are written {@code Family, Given}; an
 * organisation without a comma, which RIS readers keep whole. {@code DA} carries the
 * date parts known ({@code 1951/10//} for a month) with the EDTF text in its fourth,
 * free part when the date is qualified or a range; {@code PB} is the archive
 * publishing it (citation-js reads it as the archive), {@code CN} the record id,
 * {@code T2} the collection, {@code Y2} the access date. Lines end with CR LF.
 */
final class RisWriter {

  private RisWriter() {}

  static String write(CitationData d) {
    List<String[]> tags = new ArrayList<>();
    tags.add(new String[] {"TY", "MANSCPT"});
    tags.add(new String[] {"TI", d.title()});
    d.authors().forEach(a -> tags.add(new String[] {"AU", name(a)}));
    if (d.date() != null) {
      EdtfDate start = start(d.date());
      tags.add(new String[] {"PY", Integer.toString(start.earliest().getYear())});
      String other = d.date().isExactDay() ? "" : d.date().text();
      tags.add(new String[] {"DA", parts(start) + "/" + other});
    }
    if (d.genre() != null) {
      tags.add(new String[] {"M3", d.genre()});
    }
    if (d.collection() != null) {
      tags.add(new String[] {"T2", d.collection()});
    }
    tags.add(new String[] {"PB", d.archive()});
    tags.add(new String[] {"DP", d.archive()});
    tags.add(new String[] {"CN", d.id()});
    if (d.language() != null) {
      tags.add(new String[] {"LA", d.language()});
    }
    tags.add(new String[] {"UR", d.url()});
    tags.add(new String[] {"Y2", d.accessed().toString().replace('-', '/') + "/"});
    String note = d.noteText();
    if (note != null) {
      tags.add(new String[] {"N1", note});
    }
    StringBuilder s = new StringBuilder();
    for (String[] t : tags) {
      s.append(t[0]).append("  - ").append(t[1]).append("\r\n");
    }
    return s.append("ER  - \r\n").toString();
  }

  private static String name(CitedName n) {
    return n.organisation() || n.given() == null ? n.organisation() ? n.name() : n.family()
        : n.family() + ", " + n.given();
  }

  /** The known start of a date (the end of a range open at its start). */
  private static EdtfDate start(EdtfDate d) {
    if (!d.isInterval()) {
      return d;
    }
    String[] ends = d.text().split("/", -1);
    return EdtfDate.tryParse(ends[0]).or(() -> EdtfDate.tryParse(ends[1])).orElse(d);
  }

  private static String parts(EdtfDate d) {
    var day = d.earliest();
    String y = String.format("%04d", day.getYear());
    return switch (d.precision()) {
      case YEAR -> y + "//";
      case MONTH -> y + "/" + String.format("%02d", day.getMonthValue()) + "/";
      case DAY -> y + "/" + String.format("%02d/%02d", day.getMonthValue(), day.getDayOfMonth());
    };
  }
}
