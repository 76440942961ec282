package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.record.PublicationState;
import org.chancery.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's operations on the real embedded stack: H2 file and embedded Solr. */
class ArchiveIT {

  @TempDir
  Path dir;

  private Archive open(String name) {
    return Archive.open(ChanceryConfig.defaults(dir.resolve(name)));
  }

  @Test
  void loadingTheDemoTwiceChangesNothing() throws Exception {
    try (Archive a = open("demo")) {
      List<IngestReport> first = a.loadDemo(Progress.NONE);
      assertThat(first).noneMatch(IngestReport::refused);
      long records = a.catalogue().count();
      assertThat(records).isGreaterThanOrEqualTo(51);
      assertThat(a.index().count()).isEqualTo(a.catalogue().countPublished());

      // The same demo into the same folder is recognised and skipped.
      assertThat(a.loadDemo(Progress.NONE)).isEmpty();
      // Without the marker it is ingested again, and changes nothing.
      Files.delete(dir.resolve("demo").resolve("demo-loaded.sha256"));
      List<IngestReport> second = a.loadDemo(Progress.NONE);
      assertThat(second).hasSize(first.size()).allSatisfy(r -> {
        assertThat(r.saved().created()).isZero();
        assertThat(r.saved().updated()).isZero();
      });
      assertThat(a.catalogue().count()).isEqualTo(records);
      assertThat(a.index().count()).isEqualTo(records);
    }
  }

  @Test
  void manyFilesInOneIngestAreAllSearchableWhenItReturns() throws Exception {
    List<Path> files = new java.util.ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Path f = dir.resolve("cable-" + i + ".txt");
      Files.writeString(f, "March " + i + ", 1952\nLetter number " + i + "\nAbout the "
          + "zanzibarite" + i + " question.\nA summary.\nAuthor(s):\nAssociated Places\n"
          + "Subjects Discussed\nSource\nOriginal Archive\nRights\n");
      files.add(f);
    }
    try (Archive a = open("many")) {
      a.ingest(files, PublicationState.PUBLISHED, Progress.NONE);
      assertThat(a.index().count()).isEqualTo(5);
      for (int i = 1; i <= 5; i++) {
        assertThat(a.index().search(SearchQuery.of("zanzibarite" + i)).total()).isEqualTo(1);
      }
    }
  }

  @Test
  void anArchiveOpenedToServeAtOnceLoadsTheNamesOfEveryAuthoritySoonAfter() throws Exception {
    Path volume = dir.resolve("frus-1955-persons-list.xml");
    try (var in = getClass().getResourceAsStream(
        "/ingest/frus-1955-persons-list-with-linked-documents.xml")) {
      Files.copy(in, volume);
    }
    try (Archive a = open("names")) {
      a.ingest(List.of(volume), PublicationState.PUBLISHED, Progress.NONE);
    }
    ChanceryConfig config = ChanceryConfig.defaults(dir.resolve("names"));
    try (Archive a = Archive.open(config, true)) {
      long until = System.nanoTime() + 60_000_000_000L;
      while (!a.namesLoaded() && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertThat(a.namesLoaded()).isTrue();
      // the volume's persons list, not the shipped authorities, knows "Ali, Mohammed"
      assertThat(a.index().search(SearchQuery.of("Mohammed Ali")).expanded()).singleElement()
          .asString().contains("Ali, Mohammed");
      // an ingest works as after a plain open
      assertThat(a.ingest(List.of(volume), PublicationState.PUBLISHED, Progress.NONE))
          .singleElement().satisfies(r -> assertThat(r.saved().created()).isZero());
    }
  }

  @Test
  void refusedInputCommitsNothing() throws Exception {
    Path broken = dir.resolve("broken.xml");
    Files.writeString(broken, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
        + "<div type=\"document\" xml:id=\"d1\"><head>A</head><p>unclosed</div>");
    try (Archive a = open("refused")) {
      List<IngestReport> reports = a.ingest(List.of(broken), PublicationState.PUBLISHED,
          Progress.NONE);
      assertThat(reports.get(0).refused()).isTrue();
      assertThat(reports.get(0).problems()).anySatisfy(p -> {
        assertThat(p.fatal()).isTrue();
        assertThat(p.toString()).contains("broken.xml");
      });
      assertThat(a.catalogue().count()).isZero();
      assertThat(a.index().count()).isZero();
    }
  }

  @Test
  void exportThenIngestIntoAnEmptyArchiveGivesTheSameExport() throws Exception {
    String first;
    try (Archive a = open("source")) {
      a.loadDemo(Progress.NONE);
      StringWriter out = new StringWriter();
      a.export(out, false, Progress.NONE);
      first = out.toString();
    }
    Path file = dir.resolve("archive.jsonl");
    Files.writeString(file, first, StandardCharsets.UTF_8);
    try (Archive b = open("copy")) {
      List<IngestReport> r = b.ingest(List.of(file), PublicationState.DRAFT, Progress.NONE);
      assertThat(r.get(0).refused()).as("%s", r.get(0).problems()).isFalse();
      StringWriter out = new StringWriter();
      b.export(out, false, Progress.NONE);
      // byte for byte: save times are the catalogue's own stamp and not exported
      assertThat(out.toString()).isEqualTo(first);
      assertThat(b.index().count()).isEqualTo(b.catalogue().countPublished());
    }
  }

  @Test
  void startupRebuildsAMissingIndexAlsoWhenOpenedToServe() throws Exception {
    long published;
    try (Archive a = open("rebuild")) {
      a.loadDemo(Progress.NONE);
      published = a.catalogue().countPublished();
    }
    Path index = dir.resolve("rebuild").resolve("index");
    deleteRecursively(index);
    try (Archive a = open("rebuild")) {
      assertThat(a.index().count()).isEqualTo(published);
      assertThat(a.index().search(SearchQuery.of("\"neutral zone\"")).total()).isEqualTo(1);
    }
    // serving answers at once and checks the index on another thread, before the names
    deleteRecursively(index);
    try (Archive a = Archive.open(ChanceryConfig.defaults(dir.resolve("rebuild")), true)) {
      long until = System.nanoTime() + 60_000_000_000L;
      while (!a.namesLoaded() && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertThat(a.namesLoaded()).isTrue();
      assertThat(a.index().count()).isEqualTo(published);
    }
  }

  private static void deleteRecursively(Path root) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void reindexRebuildsFromTheCatalogue() {
    try (Archive a = open("reindex")) {
      a.loadDemo(Progress.NONE);
      a.index().clear();
      a.index().commit();
      assertThat(a.index().count()).isZero();
      assertThat(a.reindex(Progress.NONE)).isEqualTo(a.catalogue().countPublished());
    }
  }
}
