package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancery.archive.Archive;
import org.chancery.archive.ChanceryConfig;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.store.RecordVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chancery record withdraw|publish} as an editor types it, on a real data folder. */
class RecordCommandIT {

  @TempDir
  Path dir;

  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void withdrawTakesARecordOutOfSearchWithANoteInItsHistoryAndPublishBringsItBack()
      throws Exception {
    Path seed = dir.resolve("seed.txt");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/seed.txt")) {
      Files.write(seed, in.readAllBytes());
    }
    String data = dir.resolve("data").toString();
    assertThat(run("ingest", "--data", data, seed.toString()).exit()).isZero();
    String id;
    try (Archive a = Archive.open(ChanceryConfig.defaults(Path.of(data)))) {
      id = a.catalogue().recentlyPublished(1).get(0).id().value();
    }

    Run withdraw = run("record", "withdraw", "--data", data, "--editor", "ed",
        "--note", "rights unclear", id);
    assertThat(withdraw.exit()).as(withdraw.err()).isZero();
    assertThat(withdraw.out()).contains(id + " published -> withdrawn");
    try (Archive a = Archive.open(ChanceryConfig.defaults(Path.of(data)))) {
      ArchivalRecord r = a.catalogue().find(new org.chancery.record.RecordId(id)).orElseThrow();
      assertThat(r.state()).isEqualTo(PublicationState.WITHDRAWN);
      assertThat(a.index().count()).isZero();
      assertThat(a.publicRecord(id)).isEmpty();
      List<RecordVersion> history = a.catalogue().history(r.id());
      RecordVersion last = history.get(history.size() - 1);
      assertThat(last.actor()).isEqualTo("ed");
      assertThat(last.note()).isEqualTo("rights unclear");
      assertThat(last.saved()).isAfter(history.get(history.size() - 2).saved());
    }

    Run again = run("record", "withdraw", "--data", data, id);
    assertThat(again.out()).contains("already withdrawn");

    Run publish = run("record", "publish", "--data", data, id);
    assertThat(publish.exit()).as(publish.err()).isZero();
    try (Archive a = Archive.open(ChanceryConfig.defaults(Path.of(data)))) {
      assertThat(a.publicRecord(id)).isPresent();
      assertThat(a.index().count()).isEqualTo(1);
    }
  }

  @Test
  void anUnknownOrMalformedIdIsRefusedInOneLine() {
    String data = dir.resolve("data").toString();
    Run unknown = run("record", "withdraw", "--data", data, "no-such-record");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("There is no record no-such-record.")
        .doesNotContain("Exception");
    Run bad = run("record", "publish", "--data", data, "Bad/Id");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("not a record id");
  }
}
