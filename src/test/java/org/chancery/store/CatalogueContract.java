package org.chancery.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.Origin;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.record.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every catalogue must do, whatever database holds it. A subclass per database
 * supplies a fresh, empty catalogue for each test.
 */
abstract class CatalogueContract {

  protected Catalogue catalogue;

  protected abstract Catalogue openEmpty();

  @BeforeEach
  void open() {
    catalogue = openEmpty();
  }

  @AfterEach
  void close() {
    catalogue.close();
  }

  static ArchivalRecord record(String id, String title, PublicationState state) {
    return ArchivalRecord.builder(new RecordId(id)).title(title)
        .date(EdtfDate.parse("1951-10-18")).type("Cable").language("en")
        .author(NameRef.of("Mao Zedong"))
        .recipient(new NameRef("Stalin", "Filippov [Stalin]", null))
        .text(new Text(Text.Kind.TRANSLATION, "en", "Cde. FILIPPOV! [your] information", null,
            null))
        .collection("demo").state(state).build();
  }

  private SaveSummary save(ArchivalRecord... records) {
    return catalogue.save(List.of(records), List.of(), List.of(), "test", null, true);
  }

  @Test
  void savedRecordReadsBackEqualExceptItsSaveTime() {
    ArchivalRecord r = record("c-1", "Cable No. 1", PublicationState.PUBLISHED);
    assertThat(save(r)).isEqualTo(new SaveSummary(1, 0, 0));
    ArchivalRecord back = catalogue.find(r.id()).orElseThrow();
    assertThat(back.updated()).isNotNull();
    assertThat(back.toBuilder().updated(null).build()).isEqualTo(r);
  }

  @Test
  void resavingUnchangedRecordKeepsOneVersion() {
    ArchivalRecord r = record("c-1", "Cable No. 1", PublicationState.PUBLISHED);
    save(r);
    assertThat(save(r)).isEqualTo(new SaveSummary(0, 0, 1));
    assertThat(catalogue.history(r.id())).hasSize(1);
  }

  @Test
  void changedRecordKeepsEveryVersion() {
    ArchivalRecord r = record("c-1", "Cable No. 1", PublicationState.PUBLISHED);
    save(r);
    assertThat(save(r.toBuilder().title("Cable No. 1, corrected").build()))
        .isEqualTo(new SaveSummary(0, 1, 0));
    List<RecordVersion> history = catalogue.history(r.id());
    assertThat(history).extracting(RecordVersion::version).containsExactly(1, 2);
    assertThat(history).extracting(v -> v.record().title())
        .containsExactly("Cable No. 1", "Cable No. 1, corrected");
    assertThat(history.get(1).actor()).isEqualTo("test");
    assertThat(catalogue.find(r.id()).orElseThrow().title()).isEqualTo("Cable No. 1, corrected");
    assertThat(catalogue.count()).isEqualTo(1);
  }

  @Test
  void editorsStateSurvivesAReingestWhenAsked() {
    ArchivalRecord r = record("c-1", "Cable No. 1", PublicationState.PUBLISHED);
    save(r);
    catalogue.save(List.of(r.withState(PublicationState.WITHDRAWN)), List.of(), List.of(),
        "editor", "withdrawn", false);
    assertThat(save(r)).isEqualTo(new SaveSummary(0, 0, 1));
    assertThat(catalogue.find(r.id()).orElseThrow().state())
        .isEqualTo(PublicationState.WITHDRAWN);
    catalogue.save(List.of(r), List.of(), List.of(), "editor", "republished", false);
    assertThat(catalogue.find(r.id()).orElseThrow().state())
        .isEqualTo(PublicationState.PUBLISHED);
  }

  @Test
  void failedSaveCommitsNothing() {
    ArchivalRecord good = record("c-1", "Cable No. 1", PublicationState.PUBLISHED);
    // A reader that names its format with more than the column holds: the database
    // refuses the row after the collection and the first record were already written.
    ArchivalRecord bad = record("c-2", "Cable No. 2", PublicationState.PUBLISHED).toBuilder()
        .origin(new Origin("a-format-name-far-longer-than-any-reader-uses", "x.txt", null))
        .build();
    assertThatThrownBy(() -> catalogue.save(List.of(good, bad),
        List.of(new Collection("demo", "Demo", null)), List.of(), "test", null, true))
        .isInstanceOf(RuntimeException.class);
    assertThat(catalogue.count()).isZero();
    assertThat(catalogue.collections()).isEmpty();
    assertThat(catalogue.find(good.id())).isEmpty();
  }

  @Test
  void findsManyRecordsAtOnceSkippingUnknownIds() {
    save(record("b", "B", PublicationState.PUBLISHED), record("a", "A", PublicationState.DRAFT));
    assertThat(catalogue.find(List.of(new RecordId("b"), new RecordId("zz"), new RecordId("a"))))
        .extracting(ArchivalRecord::title).containsExactly("A", "B");
    assertThat(catalogue.find(List.of())).isEmpty();
  }

  @Test
  void findsRecordsByTheirNumbersAndTimesAndKeepsKeysCurrent() {
    ArchivalRecord r = record("c-1", "Cable No. 25025", PublicationState.PUBLISHED).toBuilder()
        .datetime("1951-10-19T11:35+03:00")
        .cable(cableNumbered("25025"))
        .build();
    save(r);
    RecordKey number = RecordKey.number(RecordKey.Kind.NUMBER, "Nº 25025").orElseThrow();
    RecordKey time = RecordKey.dateTime(RecordKey.Kind.DATETIME, "1951-10-19T08:35Z")
        .orElseThrow();
    assertThat(catalogue.find(number)).containsExactly(r.id());
    assertThat(catalogue.find(time)).containsExactly(r.id());
    save(r.toBuilder().datetime(null).build());
    assertThat(catalogue.find(time)).isEmpty();
    assertThat(catalogue.find(number)).containsExactly(r.id());
  }

  @Test
  void findsManyKeysAtOnceAsItFindsEachAlone() {
    // more than one statement's worth of keys (500), two records sharing a number, keys of
    // two kinds with the same value, and keys nobody carries
    List<ArchivalRecord> many = new ArrayList<>();
    for (int i = 1; i <= 620; i++) {
      many.add(record(String.format("k-%04d", i), "Cable " + i, PublicationState.PUBLISHED)
          .toBuilder().cable(cableNumbered(Integer.toString(1000 + i % 600))).build());
    }
    catalogue.save(many, List.of(), List.of(), "test", null, true);
    java.util.Set<RecordKey> wanted = new java.util.LinkedHashSet<>();
    for (int n = 990; n <= 1610; n++) {
      wanted.add(RecordKey.number(RecordKey.Kind.NUMBER, Integer.toString(n)).orElseThrow());
      wanted.add(RecordKey.number(RecordKey.Kind.REFERS_TO, Integer.toString(n)).orElseThrow());
    }
    java.util.Map<RecordKey, List<RecordId>> found = catalogue.find(wanted);
    assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(wanted);
    for (RecordKey k : wanted) {
      assertThat(found.get(k)).as("%s", k).containsExactlyElementsOf(catalogue.find(k));
    }
    RecordKey shared = RecordKey.number(RecordKey.Kind.NUMBER, "1001").orElseThrow();
    assertThat(found.get(shared)).containsExactly(new RecordId("k-0001"), new RecordId("k-0601"));
    assertThat(found.values().stream().mapToInt(List::size).sum()).isEqualTo(620);
  }

  private static org.chancery.record.Cable cableNumbered(String number) {
    return new org.chancery.record.Cable(null,
        List.of(new org.chancery.record.DocNumber("cable", number)), null, null, null, null,
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void forEachVisitsEveryRecordInIdOrder() {
    List<ArchivalRecord> many = new ArrayList<>();
    for (int i = 1200; i >= 1; i--) {
      many.add(record(String.format("r-%05d", i), "Record " + i, PublicationState.PUBLISHED));
    }
    assertThat(catalogue.save(many, List.of(), List.of(), "test", null, true).created())
        .isEqualTo(1200);
    List<String> seen = new ArrayList<>();
    catalogue.forEach(r -> seen.add(r.id().value()));
    assertThat(seen).hasSize(1200).isSorted();
  }

  @Test
  void changesArePagedInSaveOrderWithoutSkipsOrRepeats() throws InterruptedException {
    save(record("c", "C", PublicationState.PUBLISHED), record("a", "A", PublicationState.PUBLISHED),
        record("d", "D", PublicationState.DRAFT));
    Thread.sleep(5); // a later save time for the second save
    save(record("b", "B", PublicationState.PUBLISHED),
        record("e", "E", PublicationState.WITHDRAWN));
    ChangeQuery q = ChangeQuery.of(Set.of(PublicationState.PUBLISHED,
        PublicationState.WITHDRAWN), 2);
    List<String> seen = new ArrayList<>();
    List<ArchivalRecord> page = catalogue.changes(q);
    while (!page.isEmpty()) {
      page.forEach(r -> seen.add(r.id().value()));
      ArchivalRecord last = page.get(page.size() - 1);
      page = catalogue.changes(q.after(new ChangeQuery.Position(last.updated(),
          last.id().value())));
    }
    // Same save time: id order; the draft is never listed.
    assertThat(seen).containsExactly("a", "c", "b", "e");
    assertThat(catalogue.countChanges(q)).isEqualTo(4);
  }

  @Test
  void changesAreWindowedBySaveTime() throws InterruptedException {
    save(record("old", "Old", PublicationState.PUBLISHED));
    Thread.sleep(5);
    save(record("new", "New", PublicationState.PUBLISHED));
    Instant oldAt = catalogue.find(new RecordId("old")).orElseThrow().updated();
    Instant newAt = catalogue.find(new RecordId("new")).orElseThrow().updated();
    ChangeQuery q = ChangeQuery.of(Set.of(PublicationState.PUBLISHED), 10);
    assertThat(catalogue.changes(q.from(newAt))).extracting(r -> r.id().value())
        .containsExactly("new");
    assertThat(catalogue.changes(q.before(newAt))).extracting(r -> r.id().value())
        .containsExactly("old");
    assertThat(catalogue.countChanges(q.from(oldAt).before(newAt))).isEqualTo(1);
    assertThat(catalogue.changes(q.from(newAt.plusSeconds(1)))).isEmpty();
  }

  @Test
  void aStateChangeMovesTheRecordToTheEndOfTheChanges() throws InterruptedException {
    save(record("x", "X", PublicationState.PUBLISHED), record("y", "Y", PublicationState.PUBLISHED));
    Thread.sleep(5);
    ArchivalRecord x = catalogue.find(new RecordId("x")).orElseThrow();
    catalogue.save(List.of(x.withState(PublicationState.WITHDRAWN)), List.of(), List.of(),
        "editor", "withdrawn", false);
    assertThat(catalogue.changes(ChangeQuery.of(Set.of(PublicationState.PUBLISHED,
        PublicationState.WITHDRAWN), 10)))
        .extracting(r -> r.id().value() + ":" + r.state()).containsExactly("y:PUBLISHED",
            "x:WITHDRAWN");
  }

  @Test
  void changesAreFilteredByCollectionAndTypeKeysInTheDatabase() {
    save(record("a", "A", PublicationState.PUBLISHED).toBuilder().collection("frus").build(),
        record("b", "B", PublicationState.PUBLISHED).toBuilder().type("Memorandum").build(),
        record("c", "C", PublicationState.WITHDRAWN).toBuilder().collections(List.of("frus"))
            .type("Letter").build(),
        record("d", "D", PublicationState.DRAFT).toBuilder().collection("frus").build());
    ChangeQuery q = ChangeQuery.of(Set.of(PublicationState.PUBLISHED,
        PublicationState.WITHDRAWN), 10);
    ChangeQuery inFrus = q.keys(new ChangeQuery.KeyFilter(RecordKey.Kind.COLLECTION,
        Set.of("frus")));
    assertThat(catalogue.changes(inFrus)).extracting(r -> r.id().value())
        .containsExactly("a", "c");
    assertThat(catalogue.countChanges(inFrus)).isEqualTo(2);
    // a record in two matching values is listed once
    ChangeQuery cables = q.keys(new ChangeQuery.KeyFilter(RecordKey.Kind.TYPE,
        Set.of("Cable", "Letter")));
    assertThat(catalogue.changes(cables)).extracting(r -> r.id().value())
        .containsExactly("a", "c");
    ChangeQuery anyCollection = q.keys(new ChangeQuery.KeyFilter(RecordKey.Kind.COLLECTION,
        Set.of()));
    assertThat(catalogue.countChanges(anyCollection)).isEqualTo(3);
    assertThat(catalogue.changes(q.keys(new ChangeQuery.KeyFilter(RecordKey.Kind.COLLECTION,
        Set.of("nowhere"))))).isEmpty();
  }

  @Test
  void keyValuesListOnlyWhatVisibleRecordsCarry() {
    save(record("a", "A", PublicationState.PUBLISHED).toBuilder().type("Memorandum").build(),
        record("b", "B", PublicationState.WITHDRAWN).toBuilder().collections(List.of("gone"))
            .build(),
        record("d", "D", PublicationState.DRAFT).toBuilder().collections(List.of("secret"))
            .type("Secret Plan").build());
    Set<PublicationState> visible = Set.of(PublicationState.PUBLISHED,
        PublicationState.WITHDRAWN);
    assertThat(catalogue.keyValues(RecordKey.Kind.COLLECTION, visible))
        .containsExactly("demo", "gone");
    assertThat(catalogue.keyValues(RecordKey.Kind.TYPE, visible))
        .containsExactly("Cable", "Memorandum");
    // a type change moves the record to its new set
    save(catalogue.find(new RecordId("a")).orElseThrow().toBuilder().type("Letter").build());
    assertThat(catalogue.keyValues(RecordKey.Kind.TYPE, Set.of(PublicationState.PUBLISHED)))
        .containsExactly("Letter");
  }

  @Test
  void onlyPublishedRecordsAreCountedAndListedAsPublic() {
    save(record("a", "A", PublicationState.PUBLISHED), record("b", "B", PublicationState.DRAFT),
        record("c", "C", PublicationState.WITHDRAWN), record("d", "D", PublicationState.IN_REVIEW));
    assertThat(catalogue.count()).isEqualTo(4);
    assertThat(catalogue.countPublished()).isEqualTo(1);
    assertThat(catalogue.recentlyPublished(10)).extracting(r -> r.id().value())
        .containsExactly("a");
  }

  @Test
  void collectionsAndAuthoritiesAreUpserted() {
    Collection v1 = new Collection("frus1951v07p2", "FRUS 1951 VII/2", null);
    Authority a = Authority.of("p-stalin", Authority.Kind.PERSON, "Joseph Stalin",
        List.of("Filippov"), "Leader of the Soviet Union", null);
    catalogue.save(List.of(), List.of(v1), List.of(a), "test", null, true);
    Collection v2 = new Collection("frus1951v07p2", "Foreign Relations, 1951, VII, Part 2", "x");
    catalogue.save(List.of(), List.of(v2), List.of(a), "test", null, true);
    assertThat(catalogue.collections()).containsExactly(v2);
    assertThat(catalogue.collection("frus1951v07p2")).contains(v2);
    assertThat(catalogue.authority("p-stalin")).contains(a);
    assertThat(catalogue.authorities()).containsExactly(a);
  }

  @Test
  void visitsEveryAuthorityOnceInIdOrderAcrossPages() {
    // more than one page of the streaming read, saved out of id order
    List<Authority> saved = new java.util.ArrayList<>();
    for (int i = 1_200; i >= 1; i--) {
      saved.add(person(String.format("p-%05d", i), "Person " + i));
    }
    catalogue.save(List.of(), List.of(), saved, "test", null, true);
    List<String> visited = new java.util.ArrayList<>();
    catalogue.forEachAuthority(a -> visited.add(a.id()));
    assertThat(visited).hasSize(1_200).isSorted().doesNotHaveDuplicates();
    assertThat(visited).containsExactlyInAnyOrderElementsOf(
        catalogue.authorities().stream().map(Authority::id).toList());
  }

  private static Authority person(String id, String name, String... forms) {
    return Authority.of(id, Authority.Kind.PERSON, name, List.of(forms), null, "test");
  }

  private AuthorityEdit edit(String action, List<Authority> saved, List<String> removed,
      java.util.Map<String, String> redirects, List<ArchivalRecord> records) {
    return new AuthorityEdit("editor", action, null, saved, removed, redirects, records);
  }

  @Test
  void everyAuthorityChangeIsKeptInItsHistory() {
    Authority a = person("p-stalin", "Joseph Stalin", "Filippov");
    catalogue.save(List.of(), List.of(), List.of(a), "ingest", "volume 1", true);
    catalogue.save(List.of(), List.of(), List.of(a), "ingest", "volume 1 again", true);
    Authority more = a.withVariant(org.chancery.record.Variant.of("Feng Xi",
        org.chancery.record.Variant.Kind.COVER_NAME));
    catalogue.edit(edit("add-variant", List.of(more), List.of(), java.util.Map.of(),
        List.of()));
    List<AuthorityVersion> history = catalogue.authorityHistory("p-stalin");
    assertThat(history).extracting(AuthorityVersion::version).containsExactly(1, 2);
    assertThat(history).extracting(AuthorityVersion::actor).containsExactly("ingest", "editor");
    assertThat(history).extracting(AuthorityVersion::action)
        .containsExactly("create", "add-variant");
    assertThat(history.get(0).authority()).isEqualTo(a);
    assertThat(catalogue.authority("p-stalin")).contains(more);
  }

  @Test
  void reingestUpdatesAnUneditedAuthorityButNeverOverwritesAnEditorsVersion() {
    catalogue.save(List.of(), List.of(), List.of(person("p-1", "Chou En-lai")), "ingest",
        null, true);
    Authority corrected = person("p-1", "Chou En-lai", "Zhou Enlai");
    catalogue.save(List.of(), List.of(), List.of(corrected), "ingest", null, true);
    assertThat(catalogue.authority("p-1")).contains(corrected);

    Authority edited = corrected.withName("Zhou Enlai");
    catalogue.edit(edit("rename", List.of(edited), List.of(), java.util.Map.of(), List.of()));
    catalogue.save(List.of(), List.of(), List.of(corrected), "ingest", null, true);
    assertThat(catalogue.authority("p-1")).contains(edited);
  }

  @Test
  void mergedAuthorityIsRemovedRedirectedAndItsRecordsRelinkedInOneTransaction() {
    Authority stalin = person("p-stalin", "Joseph Stalin");
    Authority filippov = person("p-filippov", "Filippov");
    ArchivalRecord r = record("c-1", "Cable", PublicationState.PUBLISHED).toBuilder()
        .recipients(List.of(new NameRef("Filippov", "Filippov [Stalin]", "p-filippov"))).build();
    catalogue.save(List.of(r), List.of(), List.of(stalin, filippov), "ingest", null, true);
    assertThat(catalogue.find(new RecordKey(RecordKey.Kind.AUTHORITY, "p-filippov")))
        .containsExactly(r.id());

    ArchivalRecord relinked = r.toBuilder().recipients(List.of(
        new NameRef("Joseph Stalin", "Filippov [Stalin]", "p-stalin"))).build();
    catalogue.edit(edit("merge", List.of(stalin.absorbing(filippov)), List.of("p-filippov"),
        java.util.Map.of("p-filippov", "p-stalin"), List.of(relinked)));

    assertThat(catalogue.authority("p-filippov")).isEmpty();
    assertThat(catalogue.authorityRedirects()).containsEntry("p-filippov", "p-stalin");
    assertThat(catalogue.authority("p-stalin").orElseThrow().forms()).contains("Filippov");
    assertThat(catalogue.find(new RecordKey(RecordKey.Kind.AUTHORITY, "p-stalin")))
        .containsExactly(r.id());
    assertThat(catalogue.find(new RecordKey(RecordKey.Kind.AUTHORITY, "p-filippov"))).isEmpty();
    assertThat(catalogue.authorityHistory("p-filippov")).last()
        .satisfies(v -> assertThat(v.authority()).isNull());
    // an input that still carries the merged authority does not bring it back
    catalogue.save(List.of(), List.of(), List.of(filippov), "ingest", null, true);
    assertThat(catalogue.authority("p-filippov")).isEmpty();
  }

  @Test
  void redirectsFollowAChainOfMerges() {
    catalogue.save(List.of(), List.of(), List.of(person("a", "A"), person("b", "B"),
        person("c", "C")), "ingest", null, true);
    catalogue.edit(edit("merge", List.of(), List.of("a"), java.util.Map.of("a", "b"),
        List.of()));
    catalogue.edit(edit("merge", List.of(), List.of("b"), java.util.Map.of("b", "c"),
        List.of()));
    assertThat(catalogue.authorityRedirects()).containsEntry("a", "c").containsEntry("b", "c")
        .hasSize(2);
  }

  @Test
  void anEditThatFailsSavesNothing() {
    Authority a = person("p-1", "Kim Il Sung");
    catalogue.save(List.of(), List.of(), List.of(a), "ingest", null, true);
    ArchivalRecord broken = record("c-1", "Cable", PublicationState.PUBLISHED);
    Authority changed = a.withVariant(org.chancery.record.Variant.of("Kim Il-sŏng"));
    catalogue.save(List.of(broken), List.of(), List.of(), "ingest", null, true);
    // the same record twice in one edit: the second update finds the version the first
    // one wrote, as if another writer had changed it, and the whole edit must roll back
    List<ArchivalRecord> conflicting = List.of(broken.toBuilder().title("changed").build(),
        broken.toBuilder().title("changed again").build());
    assertThatThrownBy(() -> catalogue.edit(new AuthorityEdit("editor", "merge", null,
        List.of(changed), List.of(), java.util.Map.of("x", "p-1"), conflicting)))
        .hasMessageContaining("another writer");
    assertThat(catalogue.find(broken.id()).orElseThrow().title()).isEqualTo("Cable");
    assertThat(catalogue.authority("p-1")).contains(a);
    assertThat(catalogue.authorityRedirects()).isEmpty();
    assertThat(catalogue.authorityHistory("p-1")).hasSize(1);
  }
}
