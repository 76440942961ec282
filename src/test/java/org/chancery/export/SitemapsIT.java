package org.chancery.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.archive.Progress;
import org.chancery.record.PublicationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record sitemaps split into pages: every published record on exactly one page. */
class SitemapsIT {

  @TempDir
  Path dir;

  @Test
  void pagesTogetherListEveryPublishedRecordExactlyOnce() throws Exception {
    try (Archive archive = Archive.open(ChanceryConfig.defaults(dir))) {
      archive.loadDemo(Progress.NONE);
      archive.ingest("draft.txt", ("March 3, 1952\nA draft\nNot public.\nA summary.\n"
          + "Author(s):\nAssociated Places\nSubjects Discussed\nSource\nOriginal Archive\n"
          + "Rights\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
          PublicationState.DRAFT);
      long published = archive.catalogue().countPublished();
      Sitemaps sitemaps = new Sitemaps(archive.catalogue(), 10);
      assertThat(sitemaps.recordPages()).isEqualTo((int) ((published + 9) / 10));

      StringWriter index = new StringWriter();
      sitemaps.index(index, "https://a.example");
      assertThat(locs(index.toString())).hasSize(sitemaps.recordPages() + 1)
          .contains("https://a.example/sitemaps/records-" + sitemaps.recordPages() + ".xml");

      List<String> all = new ArrayList<>();
      for (int n = 1; n <= sitemaps.recordPages(); n++) {
        StringWriter page = new StringWriter();
        assertThat(sitemaps.records(n, page, "https://a.example")).isTrue();
        List<String> urls = locs(page.toString());
        assertThat(urls.size()).isBetween(1, 10);
        all.addAll(urls);
      }
      Set<String> expected = new HashSet<>();
      archive.catalogue().forEach(r -> {
        if (r.state().isPublic()) {
          expected.add("https://a.example/records/" + r.id().value());
        }
      });
      assertThat(all).hasSize((int) published).doesNotHaveDuplicates();
      assertThat(new HashSet<>(all)).isEqualTo(expected);
      assertThat(sitemaps.records(sitemaps.recordPages() + 1, new StringWriter(), "x")).isFalse();
    }
  }

  private static List<String> locs(String xml) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
