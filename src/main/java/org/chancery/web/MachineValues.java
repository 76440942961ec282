package org.chancery.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Provenance;
import org.chancery.record.Text;

/**
 * Explains which of a record's values a machine read and from where: for a value with
 * unconfirmed provenance, the rule, its confidence and the words of the transcript it
 * was read from. Spans are file offsets; the transcript's own provenance ({@code texts[0]})
 * says where it starts, so a span inside it can be quoted from the stored text.
 */
final class MachineValues {

  private static final int MAX_QUOTE = 240;

  private final Map<String, List<Provenance>> byGroup = new HashMap<>();
  private final String transcript;
  private final int transcriptStart;

  MachineValues(ArchivalRecord r) {
    int start = -1;
    for (Provenance p : r.provenance()) {
      if (p.field().equals("texts[0]")) {
        start = p.start();
      } else if (!p.confirmed()) {
        byGroup.computeIfAbsent(group(p.field()), k -> new ArrayList<>()).add(p);
      }
    }
    Text first = r.texts().isEmpty() ? null : r.texts().get(0);
    this.transcript = start >= 0 && first != null ? first.body() : null;
    this.transcriptStart = start;
  }

  /** {@code copies_to[2]} → {@code copies_to}; {@code embedded[0].from[0]} → {@code embedded}. */
  static String group(String field) {
    int cut = field.length();
    for (char c : new char[] {'[', '.'}) {
      int i = field.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return field.substring(0, cut).toLowerCase(Locale.ROOT);
  }

  /**
   * The explanation for one shown value of a field group, or null when no machine read
   * it. Among the group's provenance, the one whose quoted span contains one of the given
   * forms (the written form first, then the shown one) is preferred, so each name of a list
   * shows its own source.
   */
  String explain(String group, String... forms) {
    List<Provenance> ps = byGroup.get(group);
    if (ps == null || ps.isEmpty()) {
      return null;
    }
    Provenance best = ps.get(0);
    String bestQuote = quote(best);
    search:
    for (String form : forms) {
      if (form == null || form.isBlank()) {
        continue;
      }
      String w = form.toLowerCase(Locale.ROOT);
      for (Provenance p : ps) {
        String q = quote(p);
        if (q != null && q.toLowerCase(Locale.ROOT).contains(w)) {
          best = p;
          bestQuote = q;
          break search;
        }
      }
    }
    if (bestQuote == null || !containsAny(bestQuote, forms)) {
      // No span holds a form whole (a rendered handling event, say): take the span that
      // shares the most words with what is shown.
      int most = 0;
      for (Provenance p : ps) {
        int shared = sharedWords(quote(p), forms);
        if (shared > most) {
          most = shared;
          best = p;
          bestQuote = quote(p);
        }
      }
    }
    StringBuilder s = new StringBuilder("Machine-extracted by rule ").append(best.rule())
        .append(String.format(Locale.ROOT, ", confidence %.2f", best.confidence()));
    if (bestQuote != null) {
      s.append(", from “").append(bestQuote).append('”');
    }
    return s.append(". Not yet confirmed by a cataloguer.").toString();
  }

  private static boolean containsAny(String quote, String... forms) {
    String q = quote.toLowerCase(Locale.ROOT);
    for (String f : forms) {
      if (f != null && !f.isBlank() && q.contains(f.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static int sharedWords(String quote, String... forms) {
    if (quote == null) {
      return 0;
    }
    java.util.Set<String> words = new java.util.HashSet<>(
        List.of(quote.toLowerCase(Locale.ROOT).split("\\W+")));
    int n = 0;
    for (String f : forms) {
      if (f != null) {
        for (String w : f.toLowerCase(Locale.ROOT).split("\\W+")) {
          if (w.length() > 2 && words.contains(w)) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private String quote(Provenance p) {
    if (transcript == null || p.start() < transcriptStart) {
      return null;
    }
    int a = p.start() - transcriptStart;
    int b = p.end() - transcriptStart;
    if (b > transcript.length() || b <= a) {
      return null;
    }
    String q = transcript.substring(a, b).replaceAll("\\s+", " ").strip();
    return q.length() > MAX_QUOTE ? q.substring(0, MAX_QUOTE) + "…" : q;
  }
}
