package org.chancery.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.chancery.eval.EvalResult.FieldScore;
import org.chancery.eval.EvalResult.Miss;
import org.chancery.eval.EvalResult.PersonScore;
import org.chancery.extract.Extractor;
import org.chancery.extract.NameIndex;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.EdtfDate;
import org.chancery.record.NameRef;
import org.chancery.record.RecordId;
import org.w3c.dom.Element;

/**
 * Scores extraction against a FRUS volume's markup: every document is rendered to plain
 * text ({@link TranscriptRenderer}), extracted from that text alone with the volume's List of
 * Persons as the only authorities, and compared with the editors' values ({@link Gold},
 * {@link Matching}).
 */
public final class FrusEval {

  static final List<String> FIELDS = List.of("date", "origin_place", "from", "to",
      "classification", "precedence");

  private FrusEval() {}

  public static EvalResult run(Path volume, Split split) throws IOException {
    return run(FrusVolumeFile.read(volume), split);
  }

  public static EvalResult run(InputStream volume, String name, Split split)
      throws IOException {
    return run(FrusVolumeFile.read(volume, name), split);
  }

  /** Every document's transcript, by xml:id, in volume order (for looking at the text). */
  public static Map<String, String> transcripts(Path volume) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element d : FrusVolumeFile.read(volume).documents) {
      out.put(TeiDom.xmlId(d), TranscriptRenderer.render(d));
    }
    return out;
  }

  private static EvalResult run(FrusVolumeFile vol, Split split) {
    Extractor extractor = new Extractor(new NameIndex(vol.persons));
    warmUp(extractor, vol);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    FIELDS.forEach(f -> tallies.put(f, new Tally()));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int withPersons = 0;
    int documents = 0;
    long nanos = 0;
    for (Element doc : vol.documents) {
      Gold gold = Gold.of(doc);
      if (!split.includes(gold.number())) {
        continue;
      }
      documents++;
      String text = TranscriptRenderer.render(doc);
      String docId = gold.id().isEmpty() ? "d" + gold.number() : gold.id();
      ArchivalRecord frame = ArchivalRecord.builder(RecordId.slug(vol.volumeId + "-" + docId))
          .title("(untitled)").build();
      long t0 = System.nanoTime();
      ArchivalRecord got = extractor.extract(frame, text, 0);
      nanos += System.nanoTime() - t0;

      if (gold.date() != null) {
        LocalDate d = day(got.date());
        tallies.get("date").score(docId, gold.date().toString(), Objects.toString(d, null),
            gold.date().equals(d));
      }
      if (gold.place() != null) {
        NameRef p = got.originPlace();
        tallies.get("origin_place").score(docId, gold.place(), p == null ? null : p.name(),
            Matching.samePlace(gold.place(), p));
      }
      if (!gold.from().isEmpty()) {
        tallies.get("from").score(docId, String.join("; ", gold.from()), show(got.authors()),
            Matching.sameSide(gold.from(), got.authors()));
      }
      if (!gold.to().isEmpty()) {
        tallies.get("to").score(docId, String.join("; ", gold.to()), show(got.recipients()),
            Matching.sameSide(gold.to(), got.recipients()));
      }
      if (gold.classification() != null) {
        String c = got.cable().classification();
        tallies.get("classification").score(docId, gold.classification(), c,
            gold.classification().equalsIgnoreCase(Objects.toString(c, "")));
      }
      if (gold.precedence() != null) {
        String c = got.cable().precedence();
        tallies.get("precedence").score(docId, gold.precedence(), c,
            gold.precedence().equalsIgnoreCase(Objects.toString(c, "")));
      }
      Set<String> found = new TreeSet<>();
      for (NameRef p : got.persons()) {
        if (p.id() != null && vol.personIds.containsKey(p.id())) {
          found.add(vol.personIds.get(p.id()));
        }
      }
      if (!gold.persons().isEmpty()) {
        withPersons++;
      }
      for (String f : found) {
        if (gold.persons().contains(f)) {
          tp++;
        } else {
          fp++;
        }
      }
      Set<String> missed = new TreeSet<>(gold.persons());
      missed.removeAll(found);
      fn += missed.size();
      if (!missed.isEmpty() || found.size() > gold.persons().size() - missed.size()) {
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(gold.persons());
        tallies.computeIfAbsent("persons", k -> new Tally()).misses.add(new Miss(docId,
            "missed " + missed, "extra " + extra));
      }
    }
    List<FieldScore> fields = new ArrayList<>();
    for (String f : FIELDS) {
      Tally t = tallies.get(f);
      fields.add(new FieldScore(f, t.gold, t.correct, List.copyOf(t.misses)));
    }
    Tally personMisses = tallies.getOrDefault("persons", new Tally());
    fields.add(new FieldScore("persons", 0, 0, List.copyOf(personMisses.misses)));
    double perSecond = nanos == 0 ? 0 : documents / (nanos / 1e9);
    return new EvalResult(vol.volumeId, split, documents, fields,
        new PersonScore(tp, fp, fn, withPersons), perSecond);
  }

  /**
   * Extracts from the first documents once before timing, so the figure is the steady
   * rate a long ingest sees, not the JIT's first minute.
   */
  private static void warmUp(Extractor extractor, FrusVolumeFile vol) {
    for (int round = 0; round < 3; round++) {
      for (Element doc : vol.documents.subList(0, Math.min(60, vol.documents.size()))) {
        ArchivalRecord frame = ArchivalRecord.builder(RecordId.slug(vol.volumeId + "-warm"))
            .title("(untitled)").build();
        extractor.extract(frame, TranscriptRenderer.render(doc), 0);
      }
    }
  }

  private static LocalDate day(EdtfDate d) {
    return d == null || d.precision() != EdtfDate.Precision.DAY || d.isInterval() ? null
        : d.earliest();
  }

  private static String show(List<NameRef> refs) {
    return refs.isEmpty() ? null : refs.stream()
        .map(r -> r.as() != null && !r.as().equals(r.name()) ? r.name() + " (as " + r.as() + ")"
            : r.name())
        .collect(Collectors.joining("; "));
  }

  private static final class Tally {
    int gold;
    int correct;
    final List<Miss> misses = new ArrayList<>();

    void score(String doc, String expected, String got, boolean right) {
      gold++;
      if (right) {
        correct++;
      } else {
        misses.add(new Miss(doc, expected, got));
      }
    }
  }
}
