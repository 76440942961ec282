package org.chancery.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A FRUS volume as a DOM, parsed with DTDs refused and nothing fetched (a volume is a file
 * a user names; it may still be hostile), and the few tree helpers the renderer and the
 * gold reader share.
 */
final class TeiDom {

  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String FRUS_NS = "http://history.state.gov/frus/ns/1.0";

  private TeiDom() {}

  static Document parse(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(in);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
    } catch (SAXException e) {
      throw new IOException("not readable as XML: " + e.getMessage(), e);
    }
  }

  static boolean is(Node n, String local) {
    return n instanceof Element e && local.equals(e.getLocalName());
  }

  static String xmlId(Element e) {
    return e.getAttributeNS(XML_NS, "id");
  }

  static List<Element> children(Node n) {
    List<Element> out = new ArrayList<>();
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  static Element child(Node n, String local) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (is(c, local)) {
        return (Element) c;
      }
    }
    return null;
  }

  /** Every descendant element that matches, depth first; below a match too. */
  static List<Element> findAll(Node n, Predicate<Element> test) {
    List<Element> out = new ArrayList<>();
    walk(n, test, out);
    return out;
  }

  private static void walk(Node n, Predicate<Element> test, List<Element> out) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        if (test.test(e)) {
          out.add(e);
        }
        walk(e, test, out);
      }
    }
  }

  static Element find(Node n, Predicate<Element> test) {
    List<Element> all = findAll(n, test);
    return all.isEmpty() ? null : all.get(0);
  }

  static boolean inside(Node n, String local, Node stop) {
    for (Node p = n.getParentNode(); p != null && p != stop; p = p.getParentNode()) {
      if (is(p, local)) {
        return true;
      }
    }
    return false;
  }

  /** The text of a node on one line: footnotes out (except source notes when asked). */
  static String inline(Node n, boolean keepSourceNotes) {
    StringBuilder sb = new StringBuilder();
    appendInline(n, keepSourceNotes, sb);
    return collapse(sb.toString());
  }

  private static void appendInline(Node n, boolean keepSource, StringBuilder sb) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(c.getNodeValue());
      } else if (c instanceof Element e) {
        if (is(e, "note") && !(keepSource && isSourceNote(e)) || is(e, "pb") || is(e, "fw")) {
          continue;
        }
        if (is(e, "lb")) {
          sb.append(' ');
          continue;
        }
        appendInline(e, keepSource, sb);
      }
    }
  }

  static boolean isSourceNote(Element e) {
    return is(e, "note") && "source".equals(e.getAttribute("type"));
  }

  static String collapse(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip()
        .replaceAll(" ([,.;:)\\]])", "$1").replaceAll("([(\\[]) ", "$1");
  }
}
