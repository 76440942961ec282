package org.chancery.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;

/**
 * Memoranda of conversation and letters: the {@code Participants:} list (each a person
 * mentioned), the {@code Subject:} line, the salutation ({@code Dear Mr. Robertson:} names
 * the recipient when the heading did not) and the closing ({@code Sincerely yours,} then the
 * signer).
 */
final class MemoRule implements Rule {

  private static final Pattern PARTICIPANTS = Pattern.compile("^(?:Participants|Present)\\s*:"
      + "\\s*(.*)$");
  private static final Pattern SUBJECT = Pattern.compile("^Subject\\s*:\\s*(.+)$");
  private static final Pattern SALUTATION = Pattern.compile("^(?:My )?Dear\\s+(?<name>[^:,]{2,60})"
      + "[:,]");
  private static final Pattern CLOSING = Pattern.compile("^(?:Sincerely|Faithfully|Very "
      + "(?:sincerely|truly)|Respectfully|Cordially)(?: yours)?,?$");
  private static final Pattern NAME_LIKE = Pattern.compile("^(?:[\\p{Lu}][\\p{L}.’'-]*\\s?){1,6}$");

  private final NameIndex names;

  MemoRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "memo.conversation";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    List<SourceText.Line> lines = text.lines();
    boolean inParticipants = false;
    for (SourceText.Line l : lines) {
      String s = l.text().strip();
      Matcher p = PARTICIPANTS.matcher(s);
      if (p.matches()) {
        inParticipants = true;
        participants(p.group(1), l.start() + l.text().indexOf(p.group(1)), draft);
        continue;
      }
      if (inParticipants) {
        if (s.isEmpty() || s.length() > 120 || s.contains(":")) {
          inParticipants = false;
        } else {
          participants(s, l.start() + l.text().indexOf(s), draft);
          continue;
        }
      }
      Matcher subject = SUBJECT.matcher(s);
      if (subject.matches()) {
        draft.set(Field.SUBJECT_LINE, subject.group(1).replaceAll("\\.$", ""), l.start(),
            l.end(), name(), 0.9);
        continue;
      }
      Matcher dear = SALUTATION.matcher(s);
      if (dear.find() && draft.list(Field.TO, NameRef.class).isEmpty()) {
        String n = dear.group("name").strip();
        if (!n.matches("(?i)(?:sir|sirs|madam|friend)")) {
          draft.add(Field.TO, names.ref(n, Authority.Kind.PERSON), l.start(), l.end(), name(),
              0.6);
        }
      }
      if (CLOSING.matcher(s).matches() && draft.list(Field.FROM, NameRef.class).isEmpty()) {
        lines.stream().filter(x -> x.index() > l.index() && !x.isBlank()).findFirst()
            .filter(x -> NAME_LIKE.matcher(x.text().strip()).matches())
            .ifPresent(x -> draft.add(Field.FROM, names.ref(x.text().strip(),
                Authority.Kind.PERSON), x.start(), x.end(), name(), 0.6));
      }
    }
  }

  /** {@code Mr. Harriman; General Roberts; Mr. C. B. Marshall, Policy Planning Staff.} */
  private void participants(String entries, int at, Draft draft) {
    int offset = 0;
    for (String entry : entries.split(";")) {
      int start = entries.indexOf(entry, offset);
      offset = start + entry.length();
      String person = entry.split(",")[0].replaceAll("[.]$", "").strip();
      if (person.isEmpty() || !Character.isUpperCase(person.charAt(0))
          || person.split("\\s+").length > 6) {
        continue;
      }
      NameRef ref = names.ref(person, Authority.Kind.PERSON);
      if (ref.id() != null) {
        draft.add(Field.PERSONS, ref, at + start, at + start + entry.length(), name(), 0.85);
      }
    }
  }
}
