package org.chancery.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a document's text as HTML: everything escaped (a {@code <script>} in a
 * transcript is shown, never run), with the editors' and translator's square-bracket
 * insertions ({@code [Stalin]}, {@code [Stamp: ...]}) marked so a reader tells them from
 * the document's own words. The brackets stay in the text, so copying keeps them.
 */
final class TranscriptHtml {

  // Brackets do not nest in editorial practice; a stamp may run over several lines.
  private static final Pattern INSERTION = Pattern.compile("\\[[^\\[\\]]{1,2000}\\]");

  private TranscriptHtml() {}

  static String render(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    Matcher m = INSERTION.matcher(text);
    int at = 0;
    while (m.find()) {
      escape(text.substring(at, m.start()), out);
      out.append("<span class=\"ed\" title=\"Added by the editor or translator\">");
      escape(m.group(), out);
      out.append("</span>");
      at = m.end();
    }
    escape(text.substring(at), out);
    return out.toString();
  }

  static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
