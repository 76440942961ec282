package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.chancery.record.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTest {

  private static final String TEI_START = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
      + "<teiHeader><fileDesc><titleStmt><title type=\"complete\">Test volume</title>"
      + "</titleStmt></fileDesc></teiHeader><text><body>";

  private static Problem fatalProblem(IngestBatch b) {
    assertThat(b.isFatal()).as("problems: %s", b.problems()).isTrue();
    assertThat(b.records()).isEmpty();
    assertThat(b.collections()).isEmpty();
    assertThat(b.authorities()).isEmpty();
    return b.problems().stream().filter(Problem::fatal).findFirst().orElseThrow();
  }

  @Test
  void refusesExternalEntityWithoutFetchingIt() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM"
        + " \"file:///etc/passwd\">]>\n" + TEI_START
        + "<div type=\"document\" xml:id=\"d1\"><head>&xxe;</head><p>&xxe;</p></div>"
        + "</body></text></TEI>";
    IngestBatch b = Fixtures.ingest("xxe.xml", xxe);

    Problem p = fatalProblem(b);
    assertThat(p.file()).isEqualTo("xxe.xml");
    assertThat(p.message()).contains("DOCTYPE", "file:///etc/passwd", "never");
    assertThat(b.toString()).doesNotContain("root:x:0:0");
  }

  @Test
  void refusesExternalDtdWithoutFetchingIt() {
    String xml = "<!DOCTYPE TEI SYSTEM \"http://127.0.0.1:1/evil.dtd\">\n" + TEI_START
        + "<div type=\"document\" xml:id=\"d1\"><head>H</head></div></body></text></TEI>";

    assertThat(fatalProblem(Fixtures.ingest("dtd.xml", xml)).message())
        .contains("http://127.0.0.1:1/evil.dtd");
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n"
        + "<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">\n");
    }
    String xml = dtd + "]>\n" + TEI_START + "<div type=\"document\" xml:id=\"d1\"><head>&lol9;"
        + "</head></div></body></text></TEI>";

    assertThat(fatalProblem(Fixtures.ingest("lol.xml", xml)).message()).contains("DOCTYPE");
  }

  @Test
  void reportsBrokenXmlWithLineAndColumn() {
    String xml = TEI_START + "\n<div type=\"document\" xml:id=\"d1\">\n<head>H</head>\n"
        + "<p>open paragraph\n</div></body></text></TEI>";
    Problem p = fatalProblem(Fixtures.ingest("frus.xml", xml));

    assertThat(p.where()).startsWith("line 5, column");
    assertThat(p.message()).isEqualTo("broken XML: element \"p\" not closed (expected </p>)");
    assertThat(p.toString()).startsWith("frus.xml (line 5, column");
  }

  @Test
  void reportsTruncatedXml() {
    String xml = TEI_START + "<div type=\"document\" xml:id=\"d1\"><head>H</head>";

    assertThat(fatalProblem(Fixtures.ingest("cut.xml", xml)).message())
        .startsWith("broken XML: ").contains("ends before");
  }

  @Test
  void refusesBinaryBytes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    Problem p = fatalProblem(new Ingestor().read("scan.txt", png));

    assertThat(p.message()).startsWith("looks like a binary file, not text");
    assertThat(p.file()).isEqualTo("scan.txt");
  }

  @Test
  void readsWindows1252TextWithAWarning() {
    byte[] cp1252 = "October 18, 1951\nLetter, Mao Zedong to Stalin\n\u201cCaf\u00e9\u201d talks\n"
        .getBytes(TextDecoder.WINDOWS_1252);
    IngestBatch b = new Ingestor().read("letter.txt", cp1252);

    assertThat(b.isFatal()).isFalse();
    assertThat(b.records().get(0).texts().get(0).body()).isEqualTo("\u201cCaf\u00e9\u201d talks");
    assertThat(b.problems()).anySatisfy(p -> {
      assertThat(p.fatal()).isFalse();
      assertThat(p.message()).contains("not valid UTF-8", "windows-1252");
    });
  }

  @Test
  void honoursByteOrderMarkAndXmlDeclarationEncoding() {
    byte[] bom = ("\uFEFF1951\nLetter, Mao Zedong to Stalin\nText\n")
        .getBytes(StandardCharsets.UTF_8);
    IngestBatch utf8 = new Ingestor().read("bom.txt", bom);
    assertThat(utf8.problems()).isEmpty();
    assertThat(utf8.records().get(0).date().text()).isEqualTo("1951");

    String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + TEI_START
        + "<div type=\"document\" xml:id=\"d1\"><head>Memorandum on Chargé d'affaires</head>"
        + "<p>Café</p></div></body></text></TEI>";
    IngestBatch tei = new Ingestor().read("latin.xml",
        latin.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(tei.isFatal()).as("%s", tei.problems()).isFalse();
    assertThat(tei.records().get(0).title()).isEqualTo("Memorandum on Chargé d'affaires");
    assertThat(tei.problems()).noneMatch(p -> p.message().contains("windows-1252"));
  }

  @Test
  void refusesEmptyFile() {
    assertThat(fatalProblem(new Ingestor().read("empty.txt", new byte[0])).message())
        .isEqualTo("the file is empty");
    assertThat(fatalProblem(Fixtures.ingest("blank.txt", " \n\n ")).message())
        .contains("empty");
  }

  @Test
  void refusesInputOverTheSizeLimit(@TempDir Path dir) throws IOException {
    Ingestor small = new Ingestor(100);
    byte[] big = "x".repeat(101).getBytes(StandardCharsets.UTF_8);
    assertThat(fatalProblem(small.read("big.txt", big)).message()).contains("over the limit");

    Path file = dir.resolve("big.txt");
    Files.write(file, big);
    assertThat(fatalProblem(small.read(file)).message()).contains("over the limit of 100 bytes");
  }

  @Test
  void refusesGzipThatUnpacksOverTheLimit() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(new byte[1_000_000]);
    }
    Problem p = fatalProblem(new Ingestor(10_000).read("bomb.txt.gz", buf.toByteArray()));

    assertThat(p.message()).contains("unpacks to more than");
  }

  @Test
  void refusesUnknownFormatListingAcceptedOnes() {
    Problem p = fatalProblem(Fixtures.ingest("table.csv", "id,title\n1,Cable\n"));

    assertThat(p.message()).contains("not a format", ".txt", ".xml", ".jsonl");
  }

  @Test
  void refusesXmlThatIsNotTei() {
    Problem p = fatalProblem(Fixtures.ingest("feed.xml", "<?xml version=\"1.0\"?><rss/>"));

    assertThat(p.message()).contains("not TEI", "<rss>");
  }

  @Test
  void refusesTeiWithoutDocuments() {
    Problem p = fatalProblem(Fixtures.ingest("empty-tei.xml", TEI_START + "</body></text></TEI>"));

    assertThat(p.message()).contains("no FRUS documents");
  }

  @Test
  void refusesDeeplyNestedXmlInsteadOfOverflowing() {
    String xml = TEI_START + "<div type=\"document\" xml:id=\"d1\">" + "<hi>".repeat(50_000)
        + "x" + "</hi>".repeat(50_000) + "</div></body></text></TEI>";

    assertThat(fatalProblem(Fixtures.ingest("deep.xml", xml)).message()).contains("nested");
  }
}
