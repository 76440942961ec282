package org.chancery.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.Distribution;
import org.chancery.record.NameRef;

/**
 * A distribution list in either form: {@code Copies: Stalin (2), Molotov, Malenkov, Copy} on
 * one line, or {@code Copies to Cde. Stalin} followed by one {@code to Cde. X} line per copy.
 * A person named twice got two copies. The lines it reads are claimed, so the salutation
 * rule does not take {@code to Cde. Molotov} for an addressee.
 */
final class DistributionRule implements Rule {

  private static final Pattern HEAD = Pattern.compile(
      "^\\s*(?i:copies|distribution|copies sent)\\s*(?:(?i:to)\\b)?\\s*:?\\s*");
  private static final Pattern PER_COPY = Pattern.compile(
      "^\\s*(?i:to)\\s+(?:" + Layout.ADDRESS + "\\s+)?(" + Layout.NAME + ")\\s*[.,;]?\\s*$");
  private static final Pattern ITEM = Pattern.compile(
      "\\s*(?:" + Layout.ADDRESS + "\\s+)?([^,;()]+?)\\s*(?:\\((\\d+)\\))?\\s*(?:[,;]|\\band\\b|$)");

  private final NameIndex names;

  DistributionRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "soviet.distribution";
  }

  /** One name of the list with its span and copy count. */
  private record Entry(String written, int start, int end, int copies) {}

  @Override
  public void apply(SourceText text, Draft draft) {
    List<SourceText.Line> lines = Layout.outer(text, draft);
    for (int i = 0; i < lines.size(); i++) {
      SourceText.Line l = lines.get(i);
      Matcher h = HEAD.matcher(l.text());
      if (!h.lookingAt() || l.text().length() > 300) {
        continue;
      }
      List<Entry> entries = new ArrayList<>();
      items(l.text(), h.end(), l.start(), entries);
      draft.claim(l.start());
      int j = i + 1;
      for (; j < lines.size(); j++) {
        Matcher p = PER_COPY.matcher(lines.get(j).text());
        if (!p.matches()) {
          break;
        }
        int s = lines.get(j).start();
        entries.add(new Entry(p.group(1), s + p.start(1), s + p.end(1), 1));
        draft.claim(s);
      }
      record(entries, draft);
      i = j - 1;
    }
  }

  private static void items(String line, int from, int base, List<Entry> out) {
    Matcher m = ITEM.matcher(line);
    int at = from;
    while (at < line.length() && m.find(at) && m.start() == at) {
      String w = m.group(1).strip();
      // "Copy" closing the list says which copy this is; it is no recipient.
      if (!w.isEmpty() && !w.equalsIgnoreCase("copy") && Character.isUpperCase(w.charAt(0))) {
        out.add(new Entry(w, base + m.start(1), base + m.end(1),
            m.group(2) == null ? 1 : Integer.parseInt(m.group(2))));
      }
      if (m.end() == at) {
        break;
      }
      at = m.end();
    }
  }

  private void record(List<Entry> entries, Draft draft) {
    Map<String, NameRef> refs = new LinkedHashMap<>();
    Map<String, Integer> copies = new LinkedHashMap<>();
    Map<String, Entry> first = new LinkedHashMap<>();
    for (Entry e : entries) {
      NameRef ref = names.ref(e.written(), Authority.Kind.PERSON);
      String key = ref.id() != null ? ref.id() : NameIndex.normal(ref.name());
      refs.putIfAbsent(key, ref);
      first.putIfAbsent(key, e);
      copies.merge(key, e.copies(), Integer::sum);
    }
    for (Map.Entry<String, NameRef> r : refs.entrySet()) {
      Entry e = first.get(r.getKey());
      double conf = r.getValue().id() != null ? 0.95 : 0.75;
      draft.addName(Field.COPIES_TO, r.getValue(), e.start(), e.end(), name(), conf);
      draft.add(Field.DISTRIBUTION, new Distribution(r.getValue(), copies.get(r.getKey())),
          e.start(), e.end(), name(), conf);
    }
  }
}
