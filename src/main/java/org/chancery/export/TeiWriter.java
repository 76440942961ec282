package org.chancery.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;
import org.chancery.record.Note;
import org.chancery.record.Text;

/**
 * TEI P5: one {@code <TEI>} per record, inside a {@code <teiCorpus>} for a whole archive.
 * The header carries the catalogue frame (title, publisher and licence, the holding
 * archive and source citations in {@code msDesc}, sender, recipient, place and date in
 * {@code correspDesc}, languages and subjects); the body carries each text, paragraphs
 * split at blank lines, line breaks as {@code <lb/>}, and the editors' square-bracket
 * insertions as {@code <supplied>}. The mapping is documented in docs/exports.md.
 */
final class TeiWriter implements RecordWriter {

  // As on the record page: brackets do not nest; one may run over several lines.
  private static final Pattern INSERTION = Pattern.compile("\\[([^\\[\\]]{1,2000})\\]");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private final XmlOut xml;
  private final ExportContext context;
  private final boolean corpus;

  TeiWriter(Writer out, ExportContext context, boolean corpus) {
    this.context = context;
    this.corpus = corpus;
    try {
      xml = new XmlOut(out);
      xml.declaration();
      if (corpus) {
        xml.openRoot("teiCorpus");
        corpusHeader();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void corpusHeader() throws IOException {
    xml.open("teiHeader");
    xml.open("fileDesc");
    xml.open("titleStmt");
    xml.leaf("title", context.siteName() + ": published records");
    xml.close();
    publicationStmt(context.baseUrl().isEmpty() ? null : context.baseUrl() + "/", null);
    xml.open("sourceDesc");
    xml.leaf("p", "Exported from the catalogue of " + context.siteName()
        + "; each TEI element below describes one record and its source.");
    xml.close();
    xml.close();
    xml.close();
  }

  @Override
  public void write(ArchivalRecord r) throws IOException {
    if (corpus) {
      xml.open("TEI", "xml:id", "r-" + r.id().value());
    } else {
      xml.openRoot("TEI", "xml:id", "r-" + r.id().value());
    }
    xml.open("teiHeader");
    fileDesc(r);
    profileDesc(r);
    xml.close();
    xml.open("text");
    xml.open("body");
    body(r);
    xml.close();
    xml.close();
    xml.close();
  }

  @Override
  public void finish() throws IOException {
    if (corpus) {
      xml.close();
    }
    xml.finish();
  }

  private void fileDesc(ArchivalRecord r) throws IOException {
    xml.open("fileDesc");
    xml.open("titleStmt");
    xml.leaf("title", r.title());
    for (Text t : r.texts()) {
      if (t.translator() != null) {
        xml.open("respStmt");
        xml.leaf("resp", t.kind() == Text.Kind.TRANSLATION ? "translated by" : "transcribed by");
        xml.leaf("name", t.translator());
        xml.close();
      }
    }
    xml.close();
    publicationStmt(context.permalink(r.id()), r);
    if (!r.notes().isEmpty() || r.creditLine() != null) {
      xml.open("notesStmt");
      for (Note n : r.notes()) {
        xml.leaf("note", n.text(), "n", n.label());
      }
      xml.leaf("note", r.creditLine(), "type", "credit");
      xml.close();
    }
    xml.open("sourceDesc");
    xml.open("msDesc");
    xml.open("msIdentifier");
    xml.leaf("repository", r.originalArchive());
    for (String source : r.sources()) {
      xml.leaf("idno", source, "type", "source");
    }
    if (r.originalArchive() == null && r.sources().isEmpty()) {
      // msIdentifier must identify something: the catalogue's own id stands in.
      xml.leaf("idno", r.id().value(), "type", "catalogue");
    }
    xml.close();
    if (r.summary() != null || r.type() != null) {
      xml.open("msContents");
      xml.leaf("summary", r.summary());
      if (r.type() != null) {
        xml.open("msItem");
        xml.leaf("title", r.type(), "type", "document-type");
        xml.close();
      }
      xml.close();
    }
    xml.close();
    xml.close();
    xml.close();
  }

  private void publicationStmt(String url, ArchivalRecord r) throws IOException {
    xml.open("publicationStmt");
    xml.leaf("publisher", context.siteName());
    xml.leaf("idno", url, "type", "URI");
    if (r != null && r.rights() != null && r.rights().statement() != null) {
      xml.open("availability");
      xml.leaf("licence", r.rights().statement(), "target", r.rights().uri());
      xml.close();
    }
    xml.close();
  }

  private void profileDesc(ArchivalRecord r) throws IOException {
    xml.open("profileDesc");
    boolean sent = !r.authors().isEmpty() || r.originPlace() != null || r.date() != null;
    boolean received = !r.recipients().isEmpty();
    if (sent || received) {
      xml.open("correspDesc");
      if (sent) {
        xml.open("correspAction", "type", "sent");
        for (NameRef n : r.authors()) {
          name(n, null);
        }
        if (r.originPlace() != null) {
          name(r.originPlace(), Authority.Kind.PLACE);
        }
        date(r);
        xml.close();
      }
      if (received) {
        xml.open("correspAction", "type", "received");
        for (NameRef n : r.recipients()) {
          name(n, null);
        }
        xml.close();
      }
      xml.close();
    }
    if (!r.languages().isEmpty()) {
      xml.open("langUsage");
      for (String tag : r.languages()) {
        String name = languageName(tag);
        if (name == null) {
          xml.empty("language", "ident", tag);
        } else {
          xml.leaf("language", name, "ident", tag);
        }
      }
      xml.close();
    }
    if (!r.subjects().isEmpty()) {
      xml.open("textClass");
      xml.open("keywords");
      for (String s : r.subjects()) {
        xml.leaf("term", s);
      }
      xml.close();
      xml.close();
    }
    xml.close();
  }

  /** A name as persName, orgName or placeName by its authority's kind, linked to its page. */
  private void name(NameRef n, Authority.Kind assumed) throws IOException {
    Authority.Kind kind = n.id() == null ? null : context.kinds().get(n.id());
    if (kind == null) {
      kind = assumed == null ? Authority.Kind.PERSON : assumed;
    }
    String element = switch (kind) {
      case ORGANISATION -> "orgName";
      case PLACE -> "placeName";
      case PERSON, SUBJECT -> "persName";
    };
    xml.leaf(element, n.name(), "ref", n.id() == null ? null : context.authorityUrl(n.id()));
  }

  private void date(ArchivalRecord r) throws IOException {
    if (r.date() == null) {
      return;
    }
    TeiDate d = TeiDate.of(r.date());
    xml.leaf("date", r.date().display(), "when", d.when(), "notBefore", d.notBefore(),
        "notAfter", d.notAfter(), "cert", d.cert());
  }

  private void body(ArchivalRecord r) throws IOException {
    List<Text> texts = r.texts();
    if (texts.isEmpty()) {
      xml.empty("p");
      return;
    }
    for (Text t : texts) {
      xml.open("div", "type", t.kind().name().toLowerCase(Locale.ROOT), "xml:lang",
          t.language());
      boolean any = false;
      for (String para : PARAGRAPH_BREAK.split(CleanText.of(t.body()).strip())) {
        if (!para.isBlank()) {
          paragraph(para.strip());
          any = true;
        }
      }
      if (!any) {
        xml.empty("p");
      }
      xml.close();
    }
  }

  /** A paragraph: line breaks become lb, bracketed insertions supplied. */
  private void paragraph(String text) throws IOException {
    xml.openMixed("p");
    Matcher m = INSERTION.matcher(text);
    int at = 0;
    while (m.find()) {
      lines(text.substring(at, m.start()));
      xml.inline("supplied");
      lines(m.group(1));
      xml.endInline();
      at = m.end();
    }
    lines(text.substring(at));
    xml.endInline();
  }

  private void lines(String text) throws IOException {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        xml.emptyInline("lb");
      }
      xml.text(lines[i]);
    }
  }

  private static String languageName(String tag) {
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(tag) ? null : name;
  }
}
