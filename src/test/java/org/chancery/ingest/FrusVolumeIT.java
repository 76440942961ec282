package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.ArchivalRecord;
import org.junit.jupiter.api.Test;

/** The whole 1951 volume (gzipped fixture): the reader must hold up on a real volume. */
class FrusVolumeIT {

  @Test
  void readsEveryDocumentOfTheWholeVolume() {
    IngestBatch b = new Ingestor().read("frus1951v07p2.xml.gz",
        Fixtures.bytes("frus1951v07p2.xml.gz"));

    assertThat(b.isFatal()).as("%s", b.problems()).isFalse();
    assertThat(b.records()).hasSize(334);
    assertThat(b.records()).extracting(r -> r.id().value()).doesNotHaveDuplicates();
    assertThat(b.collections()).hasSize(1);
    assertThat(b.records()).allSatisfy(r -> assertThat(r.title()).isNotBlank());
    assertThat(b.records()).filteredOn(r -> "Telegram".equals(r.type())).hasSizeGreaterThan(160);
    assertThat(b.records()).filteredOn(r -> r.date() != null).hasSize(334 - 19);
    assertThat(b.problems()).allSatisfy(p -> assertThat(p.fatal()).isFalse());
    assertThat(b.records()).map(ArchivalRecord::collections)
        .allSatisfy(c -> assertThat(c).containsExactly("frus1951v07p2"));
  }
}
