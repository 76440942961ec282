package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What an authority page counts ({@link SearchIndex#nameCounts}): documents, years,
 * correspondents, places and who wrote to whom, from field and pivot facets. On a sharded
 * collection each shard counts its own documents and Solr merges them; the counts must be
 * the embedded core's, exactly (see {@link SearchContract}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NameCountsContract {

  private SolrSearchIndex index;

  /** A new, empty index named {@code name}, or the existing one of that name. */
  protected abstract SolrSearchIndex open(String name, QueryExpansion expansion);

  @BeforeAll
  void indexCorrespondence() {
    index = open("names", QueryExpansion.NONE);
    List<ArchivalRecord> records = new ArrayList<>();
    records.add(letter("l1", "1950-01-02", "mao", "stalin", "beijing", "moscow"));
    records.add(letter("l2", "1950-02-14", "mao", "stalin", "beijing"));
    records.add(letter("l3", "1951-07-10", "mao", "stalin", "kaesong"));
    records.add(letter("l4", "1950-03-01", "stalin", "mao", "moscow"));
    records.add(letter("l5", "1951-10-19", "stalin", "mao", "moscow", "kaesong"));
    records.add(letter("l6", "1952-01-05", "zhou", "stalin", "moscow"));
    records.add(letter("l7", "1951-06-30", "mao", "kim", "pyongyang"));
    records.add(letter("l8", "1951-08-15", "kim", "mao", "pyongyang", "kaesong"));
    records.add(letter("l9", "1951-11-01", "peng", "mao", "kaesong"));
    records.add(letter("l10", "1952-04-04", "stalin", "kim", "pyongyang"));
    records.add(letter("l11", "1951", "mao", "zhou", "beijing"));
    records.add(letter("draft", "1953-01-01", "mao", "stalin", "moscow")
        .withState(PublicationState.DRAFT));
    index.index(records);
    index.commit();
  }

  @AfterAll
  void close() {
    if (index != null) {
      index.close();
    }
  }

  private static ArchivalRecord letter(String id, String date, String from, String to,
      String... places) {
    ArchivalRecord.Builder b = ArchivalRecord.builder(new RecordId(id))
        .title("Letter " + id).type("Letter").date(EdtfDate.parse(date))
        .state(PublicationState.PUBLISHED)
        .author(new NameRef(from, null, from))
        .recipient(new NameRef(to, null, to));
    for (String p : places) {
      b.place(new NameRef(p, null, p));
    }
    return b.build();
  }

  @Test
  void countsEveryPublishedDocumentNamingTheAuthority() {
    assertThat(index.nameCounts(Facet.AUTHORITY, "mao").documents()).isEqualTo(9);
    assertThat(index.nameCounts(Facet.AUTHORITY, "kaesong").documents()).isEqualTo(4);
    assertThat(index.nameCounts(Facet.AUTHORITY, "nobody").documents()).isZero();
  }

  @Test
  void countsDocumentsPerYearInYearOrder() {
    assertThat(index.nameCounts(Facet.AUTHORITY, "mao").years())
        .containsExactly(entry("1950", 3L), entry("1951", 6L));
  }

  @Test
  void countsCorrespondentsMostFrequentFirst() {
    NameCounts mao = index.nameCounts(Facet.AUTHORITY, "mao");

    assertThat(mao.wroteTo()).containsExactly(entry("stalin", 3L), entry("kim", 1L),
        entry("zhou", 1L));
    assertThat(mao.heardFrom()).containsExactly(entry("stalin", 2L), entry("kim", 1L),
        entry("peng", 1L));
  }

  @Test
  void countsThePlacesOfItsDocumentsMostFrequentFirst() {
    assertThat(index.nameCounts(Facet.AUTHORITY, "mao").places()).containsExactly(
        entry("kaesong", 4L), entry("beijing", 3L), entry("moscow", 3L),
        entry("pyongyang", 2L));
  }

  @Test
  void countsWhoWroteToWhomWithinItsDocuments() {
    assertThat(index.nameCounts(Facet.AUTHORITY, "stalin").letters()).containsExactly(
        new NameCounts.Letters("mao", "stalin", 3),
        new NameCounts.Letters("stalin", "mao", 2),
        new NameCounts.Letters("stalin", "kim", 1),
        new NameCounts.Letters("zhou", "stalin", 1));
  }

  @Test
  void aDraftNeverCounts() {
    NameCounts mao = index.nameCounts(Facet.AUTHORITY, "mao");

    assertThat(mao.years()).doesNotContainKey("1953");
    assertThat(mao.wroteTo()).containsEntry("stalin", 3L);
  }

  @Test
  void theDocumentCountEqualsTheHitsOfTheAuthorityFilter() {
    for (String id : List.of("mao", "stalin", "kim", "zhou", "peng", "moscow", "kaesong")) {
      long hits = index.search(SearchContract.withFilter(SearchQuery.of(""), Facet.AUTHORITY,
          id)).total();
      assertThat(index.nameCounts(Facet.AUTHORITY, id).documents()).as(id).isEqualTo(hits);
    }
  }
}
