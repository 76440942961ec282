package org.chancery.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree for one part of a streamed XML file (one FRUS document, the
 * header, the persons list). Streaming the volume and building a tree only for the part at
 * hand keeps memory flat on a 4 MB volume while the readers still get to look around
 * inside a document, which pure event handling makes painful.
 *
 * <p>Names are local names; attributes in the XML namespace are keyed {@code xml:id}, in
 * the FRUS namespace {@code frus:...}, others by local name.
 */
final class XmlNode {

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final String FRUS_NS = "http://history.state.gov/frus/ns/1.0";

  final String name;
  final Map<String, String> attributes;
  /** Child elements ({@link XmlNode}) and text ({@link String}) in document order. */
  final List<Object> children = new ArrayList<>();
  final int line;

  private XmlNode(String name, Map<String, String> attributes, int line) {
    this.name = name;
    this.attributes = attributes;
    this.line = line;
  }

  /** A node for the element the reader stands on, without its children. */
  static XmlNode startOf(XMLStreamReader r) {
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      String local = r.getAttributeLocalName(i);
      String key = XML_NS.equals(ns) ? "xml:" + local
          : FRUS_NS.equals(ns) ? "frus:" + local : local;
      attrs.put(key, r.getAttributeValue(i));
    }
    return new XmlNode(r.getLocalName(), attrs, r.getLocation().getLineNumber());
  }

  String attr(String key) {
    return attributes.get(key);
  }

  boolean is(String elementName) {
    return name.equals(elementName);
  }

  boolean is(String elementName, String attr, String value) {
    return name.equals(elementName) && value.equals(attributes.get(attr));
  }

  List<XmlNode> elements() {
    List<XmlNode> out = new ArrayList<>();
    for (Object c : children) {
      if (c instanceof XmlNode n) {
        out.add(n);
      }
    }
    return out;
  }

  /** The first child element with this name, or null. */
  XmlNode child(String elementName) {
    for (Object c : children) {
      if (c instanceof XmlNode n && n.is(elementName)) {
        return n;
      }
    }
    return null;
  }

  /** Every descendant element, depth first, that matches. */
  List<XmlNode> findAll(Predicate<XmlNode> test) {
    List<XmlNode> out = new ArrayList<>();
    walk(n -> {
      if (test.test(n)) {
        out.add(n);
      }
    });
    return out;
  }

  /** The first descendant element that matches, or null. */
  XmlNode find(Predicate<XmlNode> test) {
    for (Object c : children) {
      if (c instanceof XmlNode n) {
        if (test.test(n)) {
          return n;
        }
        XmlNode deeper = n.find(test);
        if (deeper != null) {
          return deeper;
        }
      }
    }
    return null;
  }

  private void walk(Consumer<XmlNode> visit) {
    for (Object c : children) {
      if (c instanceof XmlNode n) {
        visit.accept(n);
        n.walk(visit);
      }
    }
  }

  /** All text inside, footnotes included, whitespace collapsed. */
  String text() {
    return TeiText.inline(this, false);
  }
}
