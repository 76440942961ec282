package org.chancery.ingest;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place XML parsers are made. Uploaded XML is hostile until proven otherwise: an
 * external entity can read {@code /etc/passwd} or call an internal URL, and nested
 * internal entities ("billion laughs") can exhaust memory. So DTDs are never processed and
 * nothing is ever fetched; a DOCTYPE that declares entities or points at an external DTD
 * is refused outright (see {@link #refusalOf}) rather than silently half-read.
 */
final class SafeXml {

  private static final Pattern ENTITY_OR_EXTERNAL =
      Pattern.compile("<!ENTITY|\\bSYSTEM\\b|\\bPUBLIC\\b");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
  private static final Pattern NOT_CLOSED =
      Pattern.compile("element type \"([^\"]+)\" must be terminated by the matching end-tag");
  private static final Pattern JDK_PREFIX =
      Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*");

  private SafeXml() {}

  /** A streaming reader over already-decoded text that never resolves anything. */
  static XMLStreamReader reader(String text) throws XMLStreamException {
    return factory().createXMLStreamReader(new StringReader(text));
  }

  private static XMLInputFactory factory() {
    // The JDK's own parser, whatever else is on the class path (Solr brings Woodstox),
    // so the settings below mean what we tested.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver((publicId, systemId, base, namespace) ->
        new ByteArrayInputStream(new byte[0]));
    return f;
  }

  /**
   * The DOCTYPE declaration of a document, read from the text before any parser sees it
   * (a parser told not to support DTDs may not report the declaration at all), or null.
   */
  static String doctypeOf(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i);
        i = end < 0 ? n : end + 2;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i);
        i = end < 0 ? n : end + 3;
      } else if (text.startsWith("<!DOCTYPE", i)) {
        int bracket = text.indexOf('[', i);
        int close = text.indexOf('>', i);
        if (bracket >= 0 && close > bracket) {
          int endSubset = text.indexOf("]", bracket);
          close = endSubset < 0 ? -1 : text.indexOf('>', endSubset);
        }
        return text.substring(i, close < 0 ? n : close + 1);
      } else {
        return null;
      }
    }
    return null;
  }

  /**
   * Why a DOCTYPE must be refused, or null when it is a harmless bare
   * {@code <!DOCTYPE TEI>}.
   */
  static String refusalOf(String doctype) {
    if (doctype == null || !ENTITY_OR_EXTERNAL.matcher(doctype).find()) {
      return null;
    }
    Matcher q = QUOTED.matcher(doctype);
    String target = q.find() ? (q.group(1) != null ? q.group(1) : q.group(2)) : null;
    return "refused: the file has a DOCTYPE that declares entities or an external DTD"
        + (target == null ? "" : " (\"" + target + "\")")
        + "; for safety Chancery never expands or fetches them."
        + " Remove the DOCTYPE and upload the file again";
  }

  /** Where a parse error happened, as a person reads it: {@code line 12, column 5}. */
  static String where(XMLStreamException e) {
    Location l = e.getLocation();
    if (l == null || l.getLineNumber() < 0) {
      return null;
    }
    return "line " + l.getLineNumber()
        + (l.getColumnNumber() >= 0 ? ", column " + l.getColumnNumber() : "");
  }

  /** The parser's complaint in plain words, prefixed {@code broken XML:}. */
  static String explain(XMLStreamException e) {
    String raw = e.getMessage() == null ? "unreadable" : e.getMessage();
    String msg = JDK_PREFIX.matcher(raw).replaceFirst("").strip();
    Matcher m = NOT_CLOSED.matcher(msg);
    String lower = msg.toLowerCase(Locale.ROOT);
    if (m.find()) {
      msg = "element \"" + m.group(1) + "\" not closed (expected </" + m.group(1) + ">)";
    } else if (lower.contains("must start and end within the same entity")
        || lower.contains("premature end of file")) {
      msg = "the file ends before the XML is complete (is it cut off?)";
    } else if (lower.contains("was referenced, but not declared")) {
      msg = msg.replace("The entity", "entity").replace(".", "")
          + " (entities other than &amp; &lt; &gt; &quot; &apos; are not expanded)";
    } else if (lower.contains("content is not allowed in prolog")) {
      msg = "there is text before the first element";
    }
    return "broken XML: " + msg;
  }
}
