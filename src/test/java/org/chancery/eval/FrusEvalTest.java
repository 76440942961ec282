package org.chancery.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.chancery.eval.EvalResult.FieldScore;
import org.chancery.eval.EvalResult.PersonScore;
import org.chancery.record.NameRef;
import org.junit.jupiter.api.Test;

class FrusEvalTest {

  private static final String FIXTURE = "/ingest/frus-1955-persons-list-with-linked-documents.xml";

  private static EvalResult run(Split split) throws IOException {
    try (InputStream in = FrusEvalTest.class.getResourceAsStream(FIXTURE)) {
      return FrusEval.run(in, "fixture", split);
    }
  }

  @Test
  void scoresPersonsWithMicroAveragedPrecisionRecallAndF1() {
    PersonScore p = new PersonScore(8, 2, 4, 3);
    assertThat(p.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(p.recall()).isCloseTo(8.0 / 12, within(1e-9));
    assertThat(p.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-9));
    assertThat(new PersonScore(0, 0, 0, 0).f1()).isNaN();
  }

  @Test
  void scoresFieldAccuracyOverDocumentsWithAGoldValue() {
    assertThat(new FieldScore("date", 4, 3, List.of()).accuracy()).isEqualTo(0.75);
    assertThat(new FieldScore("date", 0, 0, List.of()).accuracy()).isNaN();
  }

  @Test
  void splitsOddDocumentsForDevelopmentAndEvenForTest() throws IOException {
    EvalResult dev = run(Split.DEV);
    EvalResult test = run(Split.TEST);
    EvalResult all = run(Split.ALL);
    assertThat(dev.documents()).isEqualTo(4); // d1, d3, d5, d7
    assertThat(test.documents()).isEqualTo(1); // d8
    assertThat(all.documents()).isEqualTo(5);
    PersonScore a = all.persons();
    assertThat(a.truePositives()).isEqualTo(dev.persons().truePositives()
        + test.persons().truePositives());
    assertThat(a.falseNegatives()).isEqualTo(dev.persons().falseNegatives()
        + test.persons().falseNegatives());
    assertThat(all.field("date").gold()).isEqualTo(dev.field("date").gold()
        + test.field("date").gold());
  }

  @Test
  void countsEveryGoldValueAsHitOrMiss() throws IOException {
    EvalResult all = run(Split.ALL);
    for (FieldScore f : all.fields()) {
      if (!f.field().equals("persons")) {
        assertThat(f.correct() + f.misses().size()).as(f.field()).isEqualTo(f.gold());
      }
    }
    assertThat(all.field("date").gold()).isPositive();
    assertThat(all.persons().truePositives() + all.persons().falseNegatives()).isPositive();
  }

  @Test
  void reportRunsAndListsMisses() throws IOException {
    StringWriter out = new StringWriter();
    EvalReport.print(run(Split.ALL), 2, new PrintWriter(out));
    assertThat(out.toString()).contains("all half", "date", "origin_place", "persons",
        "documents/s");
  }

  @Test
  void matchesSurnamesRolesAndInvertedNamesLeniently() {
    assertThat(Matching.sameParty("Muccio", new NameRef("Ambassador in Korea",
        "The Ambassador in Korea (Muccio)", null))).isTrue();
    assertThat(Matching.sameParty("U. Alexis Johnson", new NameRef("Johnson, U. Alexis",
        "Ambassador U. Alexis Johnson", "x"))).isTrue();
    assertThat(Matching.sameParty("Department of State", NameRef.of("the Department of State")))
        .isTrue();
    assertThat(Matching.sameParty("the Secretary of State", NameRef.of("Rusk"))).isFalse();
  }

  @Test
  void rendersTranscriptWithoutFootnotesOrMarkup() throws IOException {
    try (InputStream in = FrusEvalTest.class.getResourceAsStream(FIXTURE)) {
      FrusVolumeFile vol = FrusVolumeFile.read(in, "fixture");
      String text = TranscriptRenderer.render(vol.documents.get(0));
      assertThat(text).doesNotContain("<").startsWith("1. ");
      assertThat(vol.persons).isNotEmpty();
    }
  }
}
