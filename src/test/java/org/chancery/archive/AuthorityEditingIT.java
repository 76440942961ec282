package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.NameLinks;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.Variant;
import org.chancery.search.Facet;
import org.chancery.search.SearchQuery;
import org.chancery.store.AuthorityVersion;
import org.chancery.store.RecordKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, "editing authorities", on the demo archive: merging keeps every document link
 * and redirects the old id, splitting moves the documents written with the moved forms,
 * a variant added is searched at once, and every change is kept in history.
 */
class AuthorityEditingIT {

  private static final String FRUS_CHOU = "frus1955-57v03-p-ce1";

  @TempDir
  Path dir;

  private Archive archive;

  @BeforeEach
  void loadDemo() {
    archive = Archive.open(ChanceryConfig.defaults(dir.resolve("demo")));
    archive.loadDemo(Progress.NONE);
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private Set<RecordId> linking(String id) {
    return Set.copyOf(archive.catalogue().find(new RecordKey(RecordKey.Kind.AUTHORITY, id)));
  }

  private long documentsOf(String id) {
    return archive.index().search(new SearchQuery("", Map.of(Facet.AUTHORITY, List.of(id)),
        null, null, null, 1, 1, null)).total();
  }

  @Test
  void mergingKeepsEveryDocumentLinkAndRedirectsTheOldId() {
    Set<RecordId> chou = linking(FRUS_CHOU);
    Set<RecordId> zhou = linking("zhou-enlai");
    assertThat(chou).as("the FRUS persons list's Chou En-lai has documents").isNotEmpty();
    assertThat(archive.authorities().sameNames("zhou-enlai"))
        .anySatisfy(s -> {
          assertThat(s.authority().id()).isEqualTo(FRUS_CHOU);
          assertThat(s.confidence()).isEqualTo(1.0);
        });

    AuthorityDesk.EditResult r = archive.authorities().merge(FRUS_CHOU, "zhou-enlai",
        "historian", "same person");

    assertThat(r.recordsRelinked()).isEqualTo(chou.size());
    assertThat(linking("zhou-enlai")).containsAll(chou).containsAll(zhou);
    assertThat(linking(FRUS_CHOU)).isEmpty();
    assertThat(documentsOf("zhou-enlai")).isEqualTo(linking("zhou-enlai").size());
    assertThat(documentsOf(FRUS_CHOU)).isZero();
    assertThat(archive.authorities().find(FRUS_CHOU)).isEmpty();
    assertThat(archive.authorities().redirect(FRUS_CHOU)).contains("zhou-enlai");
    assertThat(archive.authorities().find("zhou-enlai").orElseThrow().description())
        .as("the survivor's description is kept").isNotNull();
    ArchivalRecord one = archive.catalogue().find(chou.iterator().next()).orElseThrow();
    assertThat(NameLinks.ids(one)).contains("zhou-enlai").doesNotContain(FRUS_CHOU);
    assertThat(archive.authorities().history(FRUS_CHOU)).last()
        .extracting(AuthorityVersion::action).isEqualTo("merged-away");
    assertThat(archive.authorities().history("zhou-enlai")).last()
        .satisfies(v -> assertThat(v.actor()).isEqualTo("historian"))
        .satisfies(v -> assertThat(v.action()).isEqualTo("merge"));
  }

  @Test
  void reingestingTheSourceAfterAMergeDoesNotBringTheMergedIdBack() throws IOException {
    Set<RecordId> chou = linking(FRUS_CHOU);
    archive.authorities().merge(FRUS_CHOU, "zhou-enlai", "historian", null);

    IngestReport report = archive.ingest("frus1955-57v03-excerpt.xml",
        demo("frus1955-57v03-excerpt.xml"), PublicationState.PUBLISHED);

    assertThat(report.refused()).isFalse();
    assertThat(archive.authorities().find(FRUS_CHOU)).isEmpty();
    assertThat(linking(FRUS_CHOU)).isEmpty();
    assertThat(linking("zhou-enlai")).containsAll(chou);
  }

  @Test
  void splittingMovesTheDocumentsWrittenWithTheMovedForms() {
    RecordId seed = new RecordId(archive.index().search(SearchQuery.of("\"Cable No. 25025\""))
        .hits().get(0).id());
    assertThat(linking("stalin")).contains(seed);

    AuthorityDesk.EditResult r = archive.authorities().split("stalin", "filippov-cover",
        "Filippov", List.of("Filippov", "Fillipov"), "historian", "test of a split");

    assertThat(r.recordsRelinked()).isGreaterThanOrEqualTo(1);
    assertThat(linking("filippov-cover")).contains(seed);
    assertThat(archive.authorities().find("stalin").orElseThrow().forms())
        .doesNotContain("Filippov", "Fillipov").contains("Feng Xi");
    assertThat(archive.authorities().find("filippov-cover").orElseThrow().forms())
        .containsExactly("Fillipov");
    NameRef recipient = archive.catalogue().find(seed).orElseThrow().recipients().get(0);
    assertThat(recipient.id()).isEqualTo("filippov-cover");
    assertThat(recipient.as()).as("the written form is kept").contains("Filippov");
    assertThat(archive.authorities().history("filippov-cover"))
        .extracting(AuthorityVersion::action).containsExactly("split");
  }

  @Test
  void anAddedVariantIsSearchedAtOnceAndKeptInHistory() {
    assertThat(archive.index().search(SearchQuery.of("Uncle Joe")).total()).isZero();

    archive.authorities().addVariant("stalin", new Variant("Uncle Joe", Variant.Kind.PSEUDONYM,
        "en", "1941", "1945", "wartime Western nickname"), "historian", null);

    var found = archive.index().search(SearchQuery.of("Uncle Joe"));
    assertThat(found.hits()).as("documents that write Filippov or Stalin, never Uncle Joe")
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.why()).anySatisfy(w -> assertThat(w)
            .endsWith("of Joseph Stalin")));
    assertThat(found.expanded()).singleElement().asString().contains("Filippov")
        .endsWith("(forms of Joseph Stalin)");
    assertThat(archive.authorities().history("stalin")).last()
        .extracting(AuthorityVersion::action).isEqualTo("add-variant");
  }

  @Test
  void documentsIngestedAfterAnEditAreLinkedThroughTheNewForm() {
    archive.authorities().addVariant("stalin", new Variant("Uncle Joe", Variant.Kind.PSEUDONYM,
        "en", null, null, "wartime Western nickname"), "historian", null);
    byte[] text = ("March 3, 1945\nLetter about the conference\n"
        + "The Prime Minister reports that Uncle Joe agreed to the meeting at Yalta.\n"
        + "A summary.\nAuthor(s):\nAssociated Places\nSubjects Discussed\nSource\n"
        + "Original Archive\nRights\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    archive.ingest("uncle-joe.txt", text, PublicationState.PUBLISHED);

    assertThat(linking("stalin")).contains(new RecordId("uncle-joe"));
  }

  @Test
  void editsThatMakeNoSenseAreRefusedAndChangeNothing() {
    assertThatThrownBy(() -> archive.authorities().merge("stalin", "panmunjom", "x", null))
        .isInstanceOf(EditRefused.class).hasMessageContaining("person")
        .extracting(e -> ((EditRefused) e).reason()).isEqualTo(EditRefused.Reason.CONFLICT);
    assertThatThrownBy(() -> archive.authorities().merge("nobody", "stalin", "x", null))
        .isInstanceOf(EditRefused.class)
        .extracting(e -> ((EditRefused) e).reason()).isEqualTo(EditRefused.Reason.NOT_FOUND);
    assertThatThrownBy(() -> archive.authorities().addVariant("stalin", Variant.of("Filippov"),
        "x", null)).isInstanceOf(EditRefused.class).hasMessageContaining("already");
    assertThatThrownBy(() -> archive.authorities().split("stalin", "mao-zedong", "X",
        List.of("Filippov"), "x", null)).hasMessageContaining("taken");
    assertThatThrownBy(() -> archive.authorities().split("stalin", "new-one", "X",
        List.of("Churchill"), "x", null)).hasMessageContaining("no variant");
    assertThat(archive.authorities().history("stalin")).hasSize(1);
  }

  private static byte[] demo(String name) throws IOException {
    try (InputStream in = AuthorityEditingIT.class.getClassLoader()
        .getResourceAsStream("demo/" + name)) {
      return in.readAllBytes();
    }
  }
}
