package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptHtmlTest {

  @Test
  void marksEditorialInsertionsAndKeepsTheBrackets() {
    String html = TranscriptHtml.render("Mao Zedong to Filippov [Stalin]");
    assertThat(html).isEqualTo("Mao Zedong to Filippov <span class=\"ed\" "
        + "title=\"Added by the editor or translator\">[Stalin]</span>");
  }

  @Test
  void marksAStampThatRunsOverSeveralLines() {
    String html = TranscriptHtml.render("[Stamp: SUBJECT TO RETURN\nto the IV Unit]\nSeries G.");
    assertThat(html).startsWith("<span class=\"ed\"").contains("IV Unit]</span>\nSeries G.");
  }

  @Test
  void escapesMarkupInTheDocumentText() {
    String html = TranscriptHtml.render("<script>alert('x')</script> & [<b>]");
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ")
        .contains("[&lt;b&gt;]</span>");
  }

  @Test
  void leavesAnUnclosedBracketAsText() {
    assertThat(TranscriptHtml.render("to [BEIJING received")).isEqualTo("to [BEIJING received");
  }
}
