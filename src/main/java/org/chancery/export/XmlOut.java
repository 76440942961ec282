package org.chancery.export;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting layer over StAX's writer, which does the escaping of {@code < & > "}.
 * Every text and attribute value passes through {@link CleanText} first, since a
 * character XML 1.0 forbids cannot even be escaped. Element content that mixes text and
 * elements (a paragraph with {@code <supplied>}) is written with {@link #inline} calls so
 * no indentation leaks into the text.
 */
final class XmlOut {

  static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final XMLStreamWriter xml;
  private int depth;

  XmlOut(Writer out) throws IOException {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IOException("cannot start writing XML", e);
    }
  }

  void declaration() throws IOException {
    run(() -> xml.writeStartDocument("UTF-8", "1.0"));
  }

  /** Opens an element on a new, indented line. Attributes are name/value pairs; a null value is left out. */
  void open(String name, String... attributes) throws IOException {
    newline();
    start(name, attributes);
    depth++;
  }

  /** Opens the root element, declaring the TEI namespace as the default. */
  void openRoot(String name, String... attributes) throws IOException {
    newline();
    run(() -> {
      xml.writeStartElement("", name, TEI_NS);
      xml.writeDefaultNamespace(TEI_NS);
    });
    attributes(attributes);
    depth++;
  }

  void close() throws IOException {
    depth--;
    newline();
    run(xml::writeEndElement);
  }

  /** An element holding only text, on one line; nothing is written for null text. */
  void leaf(String name, String text, String... attributes) throws IOException {
    if (text == null) {
      return;
    }
    newline();
    start(name, attributes);
    text(text);
    run(xml::writeEndElement);
  }

  /** An element with neither text nor children. */
  void empty(String name, String... attributes) throws IOException {
    newline();
    run(() -> xml.writeEmptyElement(name));
    attributes(attributes);
  }

  /** Opens an element inside mixed content (no line break before it). */
  void inline(String name, String... attributes) throws IOException {
    start(name, attributes);
  }

  void endInline() throws IOException {
    run(xml::writeEndElement);
  }

  void emptyInline(String name) throws IOException {
    run(() -> xml.writeEmptyElement(name));
  }

  /** Opens an element whose content will be mixed, on a new indented line. */
  void openMixed(String name, String... attributes) throws IOException {
    newline();
    start(name, attributes);
  }

  void text(String text) throws IOException {
    String t = CleanText.of(text);
    run(() -> xml.writeCharacters(t));
  }

  void finish() throws IOException {
    run(() -> {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    });
  }

  private void start(String name, String... attributes) throws IOException {
    run(() -> xml.writeStartElement(name));
    attributes(attributes);
  }

  private void attributes(String... pairs) throws IOException {
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      String n = pairs[i];
      String v = CleanText.of(pairs[i + 1]);
      if (v == null) {
        continue;
      }
      if (n.startsWith("xml:")) {
        run(() -> xml.writeAttribute("xml", XML_NS, n.substring(4), v));
      } else {
        run(() -> xml.writeAttribute(n, v));
      }
    }
  }

  private void newline() throws IOException {
    run(() -> xml.writeCharacters("\n" + "  ".repeat(Math.max(0, depth))));
  }

  private interface XmlStep {
    void run() throws XMLStreamException;
  }

  private static void run(XmlStep step) throws IOException {
    try {
      step.run();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML", e);
    }
  }
}
