package org.chancery.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.RecordId;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TeiWriterTest {

  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  private static String tei(List<ArchivalRecord> records, boolean corpus) throws Exception {
    StringWriter out = new StringWriter();
    RecordWriter w = ExportFormat.TEI.open(out, Records.context(), corpus);
    for (ArchivalRecord r : records) {
      w.write(r);
    }
    w.finish();
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element first(Document d, String name) {
    return (Element) d.getElementsByTagNameNS(TEI, name).item(0);
  }

  @Test
  void oneRecordIsAValidTeiDocument() throws Exception {
    String xml = tei(List.of(Records.cable()), false);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    Document d = parse(xml);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("TEI");
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(TEI);
  }

  @Test
  void theHeaderCarriesTitleLicenceArchiveAndSource() throws Exception {
    Document d = parse(tei(List.of(Records.cable()), false));
    assertThat(first(d, "title").getTextContent())
        .isEqualTo("Cable No. 25025, Mao Zedong to Filippov [Stalin]");
    Element licence = first(d, "licence");
    assertThat(licence.getAttribute("target"))
        .isEqualTo("http://rightsstatements.org/vocab/InC-EDU/1.0/");
    assertThat(licence.getTextContent()).isEqualTo("Educational use permitted.");
    assertThat(first(d, "repository").getTextContent())
        .isEqualTo("Archive of the President of the Russian Federation");
    Element msIdentifier = first(d, "msIdentifier");
    assertThat(msIdentifier.getElementsByTagNameNS(TEI, "idno").item(0).getTextContent())
        .isEqualTo("APRF, fond 45, opis 1, delo 342");
    assertThat(first(d, "publicationStmt").getElementsByTagNameNS(TEI, "idno").item(0)
        .getTextContent()).isEqualTo("https://archive.example.org/records/cable-25025");
    assertThat(first(d, "notesStmt").getTextContent()).contains("cover name");
    assertThat(first(d, "summary").getTextContent()).startsWith("Mao writes to Stalin");
    Element type = (Element) first(d, "msItem").getElementsByTagNameNS(TEI, "title").item(0);
    assertThat(type.getAttribute("type")).isEqualTo("document-type");
    assertThat(type.getTextContent()).isEqualTo("Cable");
  }

  @Test
  void correspondenceNamesSenderRecipientPlaceAndDateWithAuthorityLinks() throws Exception {
    Document d = parse(tei(List.of(Records.cable()), false));
    NodeList actions = d.getElementsByTagNameNS(TEI, "correspAction");
    Element sent = (Element) actions.item(0);
    Element received = (Element) actions.item(1);
    assertThat(sent.getAttribute("type")).isEqualTo("sent");
    Element mao = (Element) sent.getElementsByTagNameNS(TEI, "persName").item(0);
    assertThat(mao.getTextContent()).isEqualTo("Mao Zedong");
    assertThat(mao.getAttribute("ref")).isEqualTo("https://archive.example.org/authorities/mao");
    Element beijing = (Element) sent.getElementsByTagNameNS(TEI, "placeName").item(0);
    assertThat(beijing.getTextContent()).isEqualTo("Beijing");
    Element date = (Element) sent.getElementsByTagNameNS(TEI, "date").item(0);
    assertThat(date.getAttribute("when")).isEqualTo("1951-10-18");
    assertThat(date.getTextContent()).isEqualTo("18 October 1951");
    assertThat(date.hasAttribute("cert")).isFalse();
    assertThat(received.getAttribute("type")).isEqualTo("received");
    Element stalin = (Element) received.getElementsByTagNameNS(TEI, "persName").item(0);
    assertThat(stalin.getTextContent()).isEqualTo("Joseph Stalin");
    assertThat(stalin.hasAttribute("ref")).isFalse();
    assertThat(first(d, "language").getAttribute("ident")).isEqualTo("en");
    assertThat(d.getElementsByTagNameNS(TEI, "term").getLength()).isEqualTo(2);
  }

  @Test
  void editorialInsertionsAreSuppliedAndLineBreaksLb() throws Exception {
    Document d = parse(tei(List.of(Records.cable()), false));
    NodeList supplied = d.getElementsByTagNameNS(TEI, "supplied");
    assertThat(supplied.getLength()).isEqualTo(2);
    assertThat(supplied.item(0).getTextContent()).isEqualTo("Stalin");
    assertThat(supplied.item(1).getTextContent()).isEqualTo("Panmunjom");
    NodeList paragraphs = d.getElementsByTagNameNS(TEI, "p");
    assertThat(paragraphs.getLength()).isEqualTo(2);
    assertThat(((Element) paragraphs.item(0)).getElementsByTagNameNS(TEI, "lb").getLength())
        .isEqualTo(1);
    Element div = first(d, "div");
    assertThat(div.getAttribute("type")).isEqualTo("translation");
    assertThat(div.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
        .isEqualTo("en");
  }

  @Test
  void markupAmpersandsQuotesAndControlCharactersStayText() throws Exception {
    String xml = tei(List.of(Records.hostile()), false);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(xml).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("\u0000")
        .doesNotContain("\u0007").doesNotContain("\u000b").doesNotContain("\u000c");
    Document d = parse(xml);
    assertThat(first(d, "title").getTextContent())
        .isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\") <script>alert('x')</script> & co");
    assertThat(first(d, "body").getTextContent()).contains("<b>Bold</b> & \"quoted\" text")
        .contains("Second para.");
    assertThat(first(d, "supplied").getTextContent()).isEqualTo("a note, with <tags> & more");
  }

  @Test
  void approximateAndUncertainDatesAndIntervalsGetTeiDatingAttributes() {
    assertThat(TeiDate.of(EdtfDate.parse("1952-03~")))
        .isEqualTo(new TeiDate("1952-03", null, null, "medium"));
    assertThat(TeiDate.of(EdtfDate.parse("1951?")))
        .isEqualTo(new TeiDate("1951", null, null, "low"));
    assertThat(TeiDate.of(EdtfDate.parse("1951-10/1951-12")))
        .isEqualTo(new TeiDate(null, "1951-10-01", "1951-12-31", null));
    assertThat(TeiDate.of(EdtfDate.parse("1951-10-18/..")))
        .isEqualTo(new TeiDate(null, "1951-10-18", null, null));
  }

  @Test
  void anIntervalDateValidates() throws Exception {
    ArchivalRecord r = Records.cable().toBuilder().date(EdtfDate.parse("1951-10/1951-12%"))
        .build();
    String xml = tei(List.of(r), false);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    assertThat(xml).contains("notBefore=\"1951-10-01\"").contains("notAfter=\"1951-12-31\"")
        .contains("cert=\"low\"");
  }

  @Test
  void aWholeArchiveIsATeiCorpusOfValidRecords() throws Exception {
    ArchivalRecord bare = ArchivalRecord.builder(new RecordId("bare")).title("Untitled")
        .build();
    String xml = tei(List.of(Records.cable(), Records.hostile(), bare), true);
    assertThat(TeiSchema.errors(xml)).isEmpty();
    Document d = parse(xml);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("teiCorpus");
    assertThat(d.getElementsByTagNameNS(TEI, "TEI").getLength()).isEqualTo(3);
  }

  @Test
  void theSchemaRejectsWhatTeiForbids() throws Exception {
    String valid = tei(List.of(Records.cable()), false);
    assertThat(TeiSchema.errors(valid.replace("type=\"sent\"", "type=\"posted\""))).isNotEmpty();
    assertThat(TeiSchema.errors(valid.replace("<titleStmt>", "<titleStmt><p>x</p>")))
        .isNotEmpty();
  }
}
