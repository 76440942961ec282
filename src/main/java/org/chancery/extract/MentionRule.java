package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;

/**
 * Persons and places mentioned anywhere in the text (embedded documents included), found
 * by the forms the authorities know: the longest form starting at each capitalised word
 * ({@code Kim Il Sung}, {@code P'eng Te-huai}, {@code BEIJING}, {@code [Hamonten]}), or a
 * person's surname that only one authority has. One pass over the words, a hash lookup per
 * candidate: linear in the text.
 */
final class MentionRule implements Rule {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");
  private static final Pattern GAP = Pattern.compile("[ \\t-]{1,3}");

  private final NameIndex names;

  MentionRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    String all = text.text();
    List<int[]> words = new ArrayList<>();
    List<String> normal = new ArrayList<>();
    Matcher w = WORD.matcher(all);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
      normal.add(NameIndex.normal(w.group()));
    }
    int max = names.maxFormWords();
    Matcher gap = GAP.matcher(all);
    for (int i = 0; i < words.size(); i++) {
      int[] first = words.get(i);
      if (!Character.isUpperCase(all.charAt(first[0])) || !names.startsForm(normal.get(i))) {
        continue;
      }
      StringBuilder key = new StringBuilder(normal.get(i));
      int bestEnd = -1;
      Authority best = null;
      String how = null;
      for (int n = 1; n <= max && i + n - 1 < words.size(); n++) {
        if (n > 1) {
          int[] prev = words.get(i + n - 2);
          int[] cur = words.get(i + n - 1);
          if (!gap.region(prev[1], cur[0]).matches()) {
            break;
          }
          key.append(' ').append(normal.get(i + n - 1));
        }
        String k = key.toString();
        for (Authority.Kind kind : new Authority.Kind[] {Authority.Kind.PERSON,
            Authority.Kind.PLACE}) {
          Optional<Authority> a = names.byForm(k, kind);
          if (a.isPresent()) {
            best = a.get();
            bestEnd = i + n - 1;
            how = "form";
          }
        }
      }
      if (best == null && normal.get(i).length() >= 3) {
        Optional<Authority> s = names.bySurname(normal.get(i), Authority.Kind.PERSON);
        if (s.isPresent()) {
          best = s.get();
          bestEnd = i;
          how = "surname";
        }
      }
      if (best == null) {
        continue;
      }
      int start = first[0];
      int end = words.get(bestEnd)[1];
      String written = all.substring(start, end);
      NameRef ref = new NameRef(best.name(), written, best.id());
      Field f = best.kind() == Authority.Kind.PLACE ? Field.PLACES : Field.PERSONS;
      draft.addName(f, ref, text.abs(start), text.abs(end), name() + "." + how,
          how.equals("form") ? 0.9 : 0.8);
      i = bestEnd;
    }
  }
}
