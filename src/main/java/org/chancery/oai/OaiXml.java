package org.chancery.oai;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The streaming XML writer every response goes through (StAX): elements are always closed
 * and text and attributes always escaped, and characters XML 1.0 cannot carry (control
 * characters, lone surrogates from a damaged transcript) are dropped rather than written,
 * so a response is well-formed whatever a document contains.
 */
final class OaiXml {

  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String OAI_SCHEMA = OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
  // the JDK's own writer: predictable escaping whatever else is on the class path
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter w;

  OaiXml(OutputStream out) {
    try {
      w = FACTORY.createXMLStreamWriter(out, "UTF-8");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
  }

  /** The XML declaration, the root element, responseDate and request (section 3.2). */
  void open(Instant responseDate, String baseUrl, Map<String, String> requestAttributes) {
    run(() -> {
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(OAI);
      w.writeStartElement(OAI, "OAI-PMH");
      w.writeDefaultNamespace(OAI);
      w.writeNamespace("xsi", XSI);
      w.writeAttribute("xsi", XSI, "schemaLocation", OAI_SCHEMA);
    });
    element("responseDate", OaiDates.stamp(responseDate));
    start("request");
    requestAttributes.forEach(this::attribute);
    text(baseUrl);
    end();
  }

  void start(String name) {
    run(() -> w.writeStartElement(OAI, name));
  }

  /** An element of another namespace, declaring it (and its prefix) here. */
  void startForeign(String prefix, String name, String namespace) {
    run(() -> {
      w.writeStartElement(prefix, name, namespace);
      w.writeNamespace(prefix, namespace);
    });
  }

  /** A child of a foreign element, in a namespace declared on an ancestor or here. */
  void child(String prefix, String name, String namespace, String text) {
    run(() -> w.writeStartElement(prefix, name, namespace));
    text(text);
    end();
  }

  void namespace(String prefix, String uri) {
    run(() -> w.writeNamespace(prefix, uri));
  }

  void attribute(String name, String value) {
    run(() -> w.writeAttribute(name, clean(value)));
  }

  void attribute(String prefix, String namespace, String name, String value) {
    run(() -> w.writeAttribute(prefix, namespace, name, clean(value)));
  }

  void text(String text) {
    run(() -> w.writeCharacters(clean(text)));
  }

  void end() {
    run(w::writeEndElement);
  }

  /** A simple element in the OAI namespace with text content. */
  void element(String name, String text) {
    start(name);
    text(text);
    end();
  }

  /** Closes every open element and the document, and flushes. */
  void finish() {
    run(() -> {
      w.writeEndDocument();
      w.flush();
      w.close();
    });
  }

  /** The text without the characters XML 1.0 forbids. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private interface XmlStep {
    void run() throws XMLStreamException;
  }

  private static void run(XmlStep step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
  }
}
