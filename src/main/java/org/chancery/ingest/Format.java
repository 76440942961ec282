package org.chancery.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which reader a text goes to. Content decides and the extension only breaks ties:
 * archivists rename files, browsers invent extensions, and a {@code .txt} that is really
 * XML should still be read as XML.
 */
enum Format {
  SEED_TEXT, FRUS_TEI, JSON_LINES, OTHER_XML, UNKNOWN;

  /** The first element name after the prolog (comments, PIs, DOCTYPE skipped). */
  private static final Pattern ROOT = Pattern.compile(
      "^(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>)*<([A-Za-z_][\\w.:-]*)",
      Pattern.DOTALL);

  static Format sniff(String fileName, String text) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    String trimmed = head.stripLeading();
    String ext = extension(fileName);
    if (trimmed.startsWith("<")) {
      String root = rootName(head);
      if (root == null) {
        // A DOCTYPE longer than the sniffed head, or broken markup: let the XML reader
        // say what is wrong with it, with a line number.
        return ext.equals("xml") || ext.equals("tei") || trimmed.startsWith("<?xml")
            || trimmed.startsWith("<!") ? FRUS_TEI : UNKNOWN;
      }
      String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
      return local.equals("TEI") ? FRUS_TEI : OTHER_XML;
    }
    if (trimmed.startsWith("{")) {
      return JSON_LINES;
    }
    if (ext.equals("jsonl") || ext.equals("ndjson") || ext.equals("json")) {
      return JSON_LINES;
    }
    if (ext.equals("txt") || ext.equals("text") || ext.isEmpty()) {
      return SEED_TEXT;
    }
    return looksLikeSeed(trimmed) ? SEED_TEXT : UNKNOWN;
  }

  /** Other extensions (.md, .csv) are read as catalogue pages only if the first line is
   * a date, as on the archive's pages. */
  private static boolean looksLikeSeed(String text) {
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    return SeedDate.parse(first.strip()).isPresent();
  }

  static String describeOtherXml(String text) {
    String root = rootName(text.length() > 4096 ? text.substring(0, 4096) : text);
    return "this is XML but not TEI: its root element is <" + root + ">, expected <TEI>";
  }

  private static String rootName(String head) {
    Matcher m = ROOT.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
