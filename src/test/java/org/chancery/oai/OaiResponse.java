package org.chancery.oai;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * One OAI-PMH response as a harvester reads it: checked against the official OAI-PMH and
 * oai_dc schemas (local copies, no network), then parsed for XPath questions with the
 * prefixes {@code o} (OAI-PMH), {@code oai_dc} and {@code dc}.
 */
record OaiResponse(int status, String contentType, String body, Document doc) {

  private static final Schema SCHEMA = schema();

  static OaiResponse of(int status, String contentType, String body) {
    try {
      Validator v = SCHEMA.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.validate(new StreamSource(new ByteArrayInputStream(
          body.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("response is not valid OAI-PMH: " + e.getMessage() + "\n"
          + body, e);
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
          body.getBytes(StandardCharsets.UTF_8)));
      return new OaiResponse(status, contentType, body, doc);
    } catch (Exception e) {
      throw new AssertionError("response is not well-formed XML: " + body, e);
    }
  }

  private static Schema schema() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      ClassLoader cl = OaiResponse.class.getClassLoader();
      return f.newSchema(new StreamSource[] {
          new StreamSource(cl.getResource("oai-pmh/OAI-PMH.xsd").toString()),
          new StreamSource(cl.getResource("oai-pmh/oai_dc.xsd").toString())});
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the vendored OAI-PMH schemas", e);
    }
  }

  /** The error code, or null when the response is not an error. */
  String error() {
    String code = text("/o:OAI-PMH/o:error/@code");
    return code.isEmpty() ? null : code;
  }

  String text(String xpath) {
    try {
      return (String) xpath().evaluate(xpath, doc, XPathConstants.STRING);
    } catch (Exception e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  List<String> texts(String xpath) {
    try {
      NodeList nodes = (NodeList) xpath().evaluate(xpath, doc, XPathConstants.NODESET);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add(nodes.item(i).getTextContent());
      }
      return out;
    } catch (Exception e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  int count(String xpath) {
    return texts(xpath).size();
  }

  private static XPath xpath() {
    XPath x = XPathFactory.newInstance().newXPath();
    x.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return switch (prefix) {
          case "o" -> "http://www.openarchives.org/OAI/2.0/";
          case "oai_dc" -> "http://www.openarchives.org/OAI/2.0/oai_dc/";
          case "dc" -> "http://purl.org/dc/elements/1.1/";
          default -> XMLConstants.NULL_NS_URI;
        };
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
    return x;
  }
}
