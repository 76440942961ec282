package org.chancery.eval;

import java.io.PrintWriter;
import java.util.Locale;
import org.chancery.eval.EvalResult.FieldScore;
import org.chancery.eval.EvalResult.Miss;
import org.chancery.eval.EvalResult.PersonScore;

/** An evaluation result as a person reads it: a table, then the misses. */
public final class EvalReport {

  private EvalReport() {}

  public static void print(EvalResult r, int misses, PrintWriter out) {
    out.printf(Locale.ROOT, "%s — %s half (%s), %d documents%n", r.volume(),
        r.split().name().toLowerCase(Locale.ROOT), describe(r.split()), r.documents());
    for (FieldScore f : r.fields()) {
      if (f.field().equals("persons")) {
        continue;
      }
      out.printf(Locale.ROOT, "  %-15s %s  (%d of %d documents with a gold value)%n", f.field(),
          percent(f.accuracy()), f.correct(), f.gold());
    }
    PersonScore p = r.persons();
    out.printf(Locale.ROOT, "  %-15s P %s  R %s  F1 %s  (tp %d, fp %d, fn %d; %d documents"
        + " with gold links)%n", "persons", ratio(p.precision()), ratio(p.recall()),
        ratio(p.f1()), p.truePositives(), p.falsePositives(), p.falseNegatives(),
        p.documentsWithGold());
    out.printf(Locale.ROOT, "  throughput      %.0f documents/s on one thread (extraction"
        + " only)%n", r.docsPerSecond());
    if (misses > 0) {
      for (FieldScore f : r.fields()) {
        if (f.misses().isEmpty()) {
          continue;
        }
        out.printf(Locale.ROOT, "  misses: %s (%d)%n", f.field(), f.misses().size());
        for (Miss m : f.misses().subList(0, Math.min(misses, f.misses().size()))) {
          out.printf(Locale.ROOT, "    %-6s expected %s | got %s%n", m.doc(), m.expected(),
              m.got());
        }
      }
    }
    out.flush();
  }

  private static String describe(Split s) {
    return switch (s) {
      case DEV -> "odd document numbers";
      case TEST -> "even document numbers";
      case ALL -> "every document";
    };
  }

  private static String percent(double v) {
    return Double.isNaN(v) ? "   n/a" : String.format(Locale.ROOT, "%5.1f%%", v * 100);
  }

  private static String ratio(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
