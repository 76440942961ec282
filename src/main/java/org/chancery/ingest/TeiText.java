package org.chancery.ingest;

import java.util.Set;

/**
 * Plain text out of TEI markup. Readers and the search index want the words a reader
 * sees in print: footnotes come out (they are kept as notes), page breaks vanish, block
 * elements become lines, and the source's indentation whitespace is collapsed.
 */
final class TeiText {

  /** Elements that start a line of their own in the body text. */
  private static final Set<String> BLOCKS = Set.of("p", "ab", "item", "closer", "opener",
      "dateline", "seg", "head", "row", "quote", "list", "postscript", "div", "salute",
      "trailer", "byline", "table", "signed", "lg", "l", "address", "docAuthor", "frus:attachment",
      "attachment", "listBibl", "bibl", "label");

  /** Parts of a document that are catalogue metadata, not its text. */
  private static final Set<String> SKIPPED_IN_BODY = Set.of("head", "note", "pb", "fw", "figure");

  private TeiText() {}

  /** The text of a node on one line; notes left out when {@code skipNotes}. */
  static String inline(XmlNode node, boolean skipNotes) {
    StringBuilder sb = new StringBuilder();
    appendInline(node, skipNotes, sb);
    return collapse(sb.toString());
  }

  private static void appendInline(XmlNode node, boolean skipNotes, StringBuilder sb) {
    for (Object c : node.children) {
      if (c instanceof String s) {
        sb.append(s);
      } else if (c instanceof XmlNode n) {
        if ((skipNotes && n.is("note")) || n.is("pb")) {
          continue;
        }
        if (n.is("lb")) {
          sb.append(' ');
          continue;
        }
        appendInline(n, skipNotes, sb);
      }
    }
  }

  /**
   * A document's text: opener, paragraphs, lists, tables and closer, one block per
   * paragraph separated by blank lines, line breaks kept; head, source note and
   * footnotes left out.
   */
  static String body(XmlNode document) {
    StringBuilder sb = new StringBuilder();
    for (Object c : document.children) {
      if (c instanceof XmlNode n && SKIPPED_IN_BODY.contains(n.name)) {
        continue;
      }
      render(c, sb);
    }
    return tidy(sb.toString());
  }

  private static void render(Object c, StringBuilder sb) {
    if (c instanceof String s) {
      sb.append(s.replaceAll("\\s+", " "));
      return;
    }
    XmlNode n = (XmlNode) c;
    if (n.is("note") || n.is("pb") || n.is("fw") || n.is("figure")) {
      return;
    }
    if (n.is("lb")) {
      sb.append('\n');
      return;
    }
    if (n.is("list")) {
      renderList(n, sb);
      return;
    }
    if (n.is("cell")) {
      sb.append('\t');
    }
    boolean block = BLOCKS.contains(n.name);
    boolean paragraph = block && !n.is("seg") && !n.is("dateline") && !n.is("signed")
        && !n.is("l") && !n.is("row") && !n.is("label");
    if (block) {
      sb.append(paragraph ? "\n\n" : "\n");
    }
    for (Object child : n.children) {
      render(child, sb);
    }
    if (block) {
      sb.append(paragraph ? "\n\n" : "\n");
    }
  }

  /** A list's labels ({@code 1.}, {@code a.}) stay on the line of their item. */
  private static void renderList(XmlNode list, StringBuilder sb) {
    sb.append("\n\n");
    String label = null;
    for (Object c : list.children) {
      if (c instanceof XmlNode n && n.is("label")) {
        label = inline(n, true);
      } else if (c instanceof XmlNode n && n.is("item")) {
        sb.append("\n\n");
        if (label != null && !label.isEmpty()) {
          sb.append(label).append(' ');
        }
        label = null;
        for (Object child : n.children) {
          render(child, sb);
        }
        sb.append("\n\n");
      } else if (c instanceof XmlNode n && !n.is("pb")) {
        render(n, sb);
      }
    }
    sb.append("\n\n");
  }

  /** Trims every line, collapses runs of spaces and of blank lines. */
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
    return out.toString();
  }

  static String collapse(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip()
        .replaceAll(" ([,.;:)\\]])", "$1").replaceAll("([(\\[]) ", "$1");
  }
}
