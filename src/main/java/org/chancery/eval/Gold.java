package org.chancery.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.extract.SecurityMarks;
import org.w3c.dom.Element;

/**
 * What the editors' markup says about one document: the gold the extraction is scored
 * against. Each value is null (or empty) when the markup does not give it; such documents
 * do not count for that field.
 *
 * @param date the dateline's first {@code date/@when} day, else {@code
 *     frus:doc-dateTime-min}'s day
 * @param place the dateline's {@code placeName}, as printed
 * @param from senders: the head's {@code @type="from"} names, else the heading's part before
 *     {@code to}
 * @param to recipients, likewise
 * @param persons the {@code p_…} ids of {@code persName/@corresp} in the printed text (heading,
 *     source note, body), footnotes left out since the transcript has none
 */
record Gold(String id, int number, LocalDate date, String place, List<String> from,
    List<String> to, String classification, String precedence, Set<String> persons) {

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[A-Z]?\\.\\s+");

  static Gold of(Element doc) {
    String id = TeiDom.xmlId(doc);
    int number = number(doc, id);
    Element dateline = TeiDom.find(doc, e -> TeiDom.is(e, "dateline")
        && !TeiDom.inside(e, "note", doc));
    LocalDate date = null;
    String place = null;
    if (dateline != null) {
      Element d = TeiDom.find(dateline, e -> TeiDom.is(e, "date") && e.hasAttribute("when"));
      date = d == null ? null : day(d.getAttribute("when"));
      Element p = TeiDom.find(dateline, e -> TeiDom.is(e, "placeName"));
      place = p == null ? null : TeiDom.inline(p, false);
    }
    if (date == null) {
      date = day(doc.getAttributeNS(TeiDom.FRUS_NS, "doc-dateTime-min"));
    }
    Element head = TeiDom.child(doc, "head");
    List<String> from = head == null ? List.of() : side(head, "from");
    List<String> to = head == null ? List.of() : side(head, "to");
    String[] marks = marks(doc);
    Set<String> persons = new LinkedHashSet<>();
    for (Element p : TeiDom.findAll(doc, e -> TeiDom.is(e, "persName")
        && e.getAttribute("corresp").startsWith("#"))) {
      if (!insideFootnote(p, doc)) {
        persons.add(p.getAttribute("corresp").substring(1).split("\\s+")[0]);
      }
    }
    return new Gold(id, number, date, place == null || place.isBlank() ? null : place, from,
        to, marks[0], marks[1], persons);
  }

  private static int number(Element doc, String id) {
    String n = doc.getAttribute("n");
    String digits = (n.isEmpty() ? id : n).replaceAll("\\D", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, Math.min(9,
        digits.length())));
  }

  private static boolean insideFootnote(Element e, Element doc) {
    for (org.w3c.dom.Node p = e.getParentNode(); p != null && p != doc; p = p.getParentNode()) {
      if (TeiDom.is(p, "note") && !TeiDom.isSourceNote((Element) p)) {
        return true;
      }
    }
    return false;
  }

  static LocalDate day(String iso) {
    if (iso == null) {
      return null;
    }
    Matcher m = DAY.matcher(iso.strip());
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Marked names of one side, else the heading's phrase for that side. */
  private static List<String> side(Element head, String role) {
    List<String> out = new ArrayList<>();
    for (Element m : TeiDom.findAll(head, e -> role.equals(e.getAttribute("type"))
        && !TeiDom.inside(e, "note", head) && (TeiDom.is(e, "persName") || TeiDom.is(e, "gloss")
        || TeiDom.is(e, "orgName") || TeiDom.is(e, "name") || TeiDom.is(e, "placeName")))) {
      String w = TeiDom.inline(m, false);
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    String title = LEADING_NUMBER.matcher(TeiDom.inline(head, false)).replaceFirst("");
    String phrase = HeadPhrases.of(title)[role.equals("from") ? 0 : 1];
    return phrase == null ? List.of() : List.of(phrase);
  }

  /**
   * Classification and precedence: the opener's small-caps line, else the source note. The
   * words are the project's one vocabulary ({@link SecurityMarks}); what is gold here is
   * where the editors put them, not how a text rule finds them.
   */
  private static String[] marks(Element doc) {
    String cls = null;
    String prec = null;
    for (Element hi : TeiDom.findAll(doc, e -> TeiDom.is(e, "hi")
        && "smallcaps".equals(e.getAttribute("rend")) && TeiDom.inside(e, "opener", doc)
        && !TeiDom.inside(e, "dateline", doc) && !TeiDom.inside(e, "note", doc))) {
      SecurityMarks.Marks line = SecurityMarks.ofLine(TeiDom.inline(hi, false));
      if (line != null) {
        cls = cls == null ? line.classification() : cls;
        prec = prec == null ? line.precedence() : prec;
      }
    }
    Element source = TeiDom.find(doc, TeiDom::isSourceNote);
    if (source != null) {
      for (String part : TeiDom.inline(source, false).split("[.;]")) {
        SecurityMarks.Marks m = SecurityMarks.ofSentence(part);
        if (m != null) {
          cls = cls == null ? m.classification() : cls;
          prec = prec == null ? m.precedence() : prec;
        }
      }
    }
    return new String[] {cls, prec};
  }

}
