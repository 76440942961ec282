package org.chancery.eval;

import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plain text a transcriber would type from a printed FRUS document: the heading
 * without footnote markers, the source line as printed ({@code 795.00/10–1851: Telegram}
 * in older volumes, the {@code Source:} note in newer ones), the opener's dateline and
 * classification line, the body paragraphs, the closer. No markup, no footnotes.
 */
final class TranscriptRenderer {

  /** Elements that start a paragraph of their own. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "ab", "item", "closer", "opener",
      "quote", "list", "postscript", "div", "table", "lg", "listBibl", "frus:attachment",
      "attachment", "head", "trailer", "byline");
  /** Elements that start a line of their own. */
  private static final Set<String> LINES = Set.of("dateline", "seg", "salute", "signed", "row",
      "l", "address", "addrLine", "docAuthor", "bibl", "label");

  private TranscriptRenderer() {}

  static String render(Element doc) {
    StringBuilder sb = new StringBuilder();
    Element head = TeiDom.child(doc, "head");
    if (head != null) {
      sb.append(TeiDom.inline(head, false)).append("\n\n");
    }
    Element source = TeiDom.find(doc, TeiDom::isSourceNote);
    if (source != null) {
      sb.append(TeiDom.inline(source, false)).append("\n\n");
    }
    for (Node c = doc.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c == head || TeiDom.is(c, "note")) {
        continue;
      }
      render(c, sb);
    }
    return tidy(sb.toString());
  }

  private static void render(Node c, StringBuilder sb) {
    if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
      sb.append(c.getNodeValue().replaceAll("\\s+", " "));
      return;
    }
    if (!(c instanceof Element e)) {
      return;
    }
    String name = e.getLocalName();
    if (name.equals("note") || name.equals("pb") || name.equals("fw") || name.equals("figure")) {
      return;
    }
    if (name.equals("lb")) {
      sb.append('\n');
      return;
    }
    if (name.equals("cell")) {
      sb.append(' ');
    }
    if (name.equals("label") && TeiDom.is(e.getParentNode(), "list")) {
      sb.append("\n\n");
      renderChildren(e, sb);
      sb.append(' ');
      return;
    }
    String sep = PARAGRAPHS.contains(name) ? "\n\n" : LINES.contains(name) ? "\n" : "";
    if (name.equals("item") && isLabelled(e)) {
      sep = ""; // the label already opened the paragraph
    }
    sb.append(sep);
    renderChildren(e, sb);
    sb.append(sep);
  }

  private static boolean isLabelled(Element item) {
    Node prev = item.getPreviousSibling();
    while (prev != null && !(prev instanceof Element)) {
      prev = prev.getPreviousSibling();
    }
    return TeiDom.is(prev, "label");
  }

  private static void renderChildren(Element e, StringBuilder sb) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      render(c, sb);
    }
  }

  /** Trims every line, collapses runs of spaces and blank lines. */
  static String tidy(String s) {
    StringBuilder out = new StringBuilder();
    int blank = 0;
    for (String line : s.split("\n", -1)) {
      String l = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(l.replaceAll(" ([,.;:)\\]])", "$1").replaceAll("([(\\[]) ", "$1"));
      blank = 0;
    }
    return out.append('\n').toString();
  }
}
