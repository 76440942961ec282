package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;

/**
 * To whom a cable is addressed, from the lines before its text: salutations ({@code to Cde.
 * FILIPPOV}, {@code Cde. FILIPPOV!}, {@code To Cdes. Filippov and Zhou Enlai.}, {@code Cde.
 * Le Kenong, copy to Cdes. Kim Il Sung and Peng Dehuai.}) and routing through an
 * intermediary ({@code TO KRASOVSKY} with {@code Transmit the following answer to MAO
 * ZEDONG.}: the intermediary is the via, the one the answer is for the addressee).
 */
final class AddressRule implements Rule {

  private static final Pattern SALUTE = Pattern.compile("^\\s*[\"“«]?(?:(?i:to)\\s+)?"
      + Layout.ADDRESS + "\\s+(?<names>[^!.:;\"]+?)\\s*(?:,\\s*(?i:cop(?:y|ies)\\s+to)\\s+(?:"
      + Layout.ADDRESS + "\\s+)?(?<copies>[^!.:;\"]+?)\\s*)?(?:[!.:;\"]|$)");
  private static final Pattern ROUTE = Pattern.compile("^\\s*(?:[A-Z][A-Z' -]+?\\s*(?:--|—|,)\\s*)?"
      + "TO\\s+(?<to>[A-Z][A-Z'’-]+(?:\\s+[A-Z][A-Z'’-]+){0,3})\\s*\\.?\\s*$");
  private static final Pattern TRANSMIT = Pattern.compile("(?i:transmit|pass on|pass|hand over"
      + "|deliver|forward)\\s+(?i:(?:the following|this)\\s+)?(?i:(?:answer|reply|message"
      + "|telegram|text|letter)\\s+)?(?i:to)\\s+(?:" + Layout.ADDRESS + "\\s+)?(?<name>"
      + Layout.NAME + ")");
  private static final Pattern SPLIT = Pattern.compile("\\s*,\\s*|\\s+and\\s+");

  private final NameIndex names;

  AddressRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "soviet.address";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    List<SourceText.Line> lines = Layout.outer(text, draft);
    int last = Math.min(lines.size(), Layout.bodyStart(lines) + 1);
    List<int[]> routed = new ArrayList<>();
    for (int i = 0; i < last; i++) {
      SourceText.Line l = lines.get(i);
      if (draft.claimed(l.start())) {
        continue;
      }
      Matcher s = SALUTE.matcher(l.text());
      if (s.lookingAt()) {
        names(l.text(), s.start("names"), s.end("names"), l.start(), Field.TO, draft, 0.9);
        if (s.group("copies") != null) {
          names(l.text(), s.start("copies"), s.end("copies"), l.start(), Field.COPIES_TO, draft,
              0.9);
        }
        continue;
      }
      Matcher r = ROUTE.matcher(l.text());
      if (r.matches()) {
        routed.add(new int[] {l.start() + r.start("to"), l.start() + r.end("to")});
      }
    }
    NameRef finalTo = null;
    int[] finalSpan = null;
    for (SourceText.Line l : lines) {
      Matcher t = TRANSMIT.matcher(l.text());
      if (t.find()) {
        String w = t.group("name").replaceAll("[.,;:]+$", "");
        finalTo = names.ref(w, Authority.Kind.PERSON);
        finalSpan = new int[] {l.start() + t.start("name"), l.start() + t.start("name") + w.length()};
        break;
      }
    }
    String all = text.text();
    for (int[] span : routed) {
      String w = all.substring(span[0] - text.base(), span[1] - text.base());
      NameRef ref = names.ref(w, Authority.Kind.PERSON);
      draft.addName(finalTo != null ? Field.VIA : Field.TO, ref, span[0], span[1],
          name() + ".routing", 0.85);
    }
    if (finalTo != null) {
      draft.addName(Field.TO, finalTo, finalSpan[0], finalSpan[1], name() + ".transmit", 0.9);
    }
  }

  private void names(String line, int from, int to, int base, Field field, Draft draft,
      double confidence) {
    Matcher m = SPLIT.matcher(line);
    m.region(from, to);
    int at = from;
    while (at < to) {
      int end = m.find() ? m.start() : to;
      int next = end == to ? to : m.end();
      String w = line.substring(at, end);
      String t = w.strip();
      if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
        int s = base + at + w.indexOf(t);
        draft.addName(field, names.ref(t, Authority.Kind.PERSON), s, s + t.length(), name(),
            confidence);
      }
      if (next == at) {
        break;
      }
      at = next;
    }
  }
}
