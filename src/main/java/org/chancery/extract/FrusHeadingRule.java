package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;

/**
 * A FRUS heading, the document's first line: {@code The Ambassador in Korea (Muccio) to the
 * Secretary of State}, {@code 149. Circular Telegram From the Department of State to Certain
 * Diplomatic Missions}, {@code Memorandum of Conversation, by the Director of the Office of
 * Chinese Affairs (Clubb)}. Gives the type and who wrote to whom: a {@code Role (Surname)}
 * party is the person when the surname resolves, else the role phrase; the heading's form
 * stays in {@code as}.
 */
final class FrusHeadingRule implements Rule {

  /** Longest first; after {@code =} the house form when it differs. */
  private static final List<String> TYPES = List.of(
      "Memorandum of a Telephone Conversation=Memorandum of Telephone Conversation",
      "Memorandum of Telephone Conversation", "Memorandum of a Conversation=Memorandum of"
          + " Conversation", "Memorandum of Conversation", "Memorandum for the Record",
      "Memorandum for the Files", "Memorandum for the File", "Special National Intelligence"
          + " Estimate", "National Intelligence Estimate", "Circular Telegram",
      "Circular Airgram", "Draft Telegram", "Editorial Note", "Position Paper",
      "Briefing Paper", "Telegram", "Airgram", "Letter", "Memorandum", "Minutes", "Paper",
      "Despatch", "Message", "Report", "Statement", "Aide-Mémoire", "Notes", "Note",
      "Instruction", "Study", "Record", "Summary", "Draft");
  private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4}[A-Z]?)\\.\\s+");
  private static final Pattern BY = Pattern.compile("^,?\\s*(?i:(prepared (?:by|in)(?: the)?)"
      + "|from|by)\\s+");
  private static final Pattern PARENS = Pattern.compile("\\(([^()]+)\\)");
  private static final Pattern TAIL = Pattern.compile(",\\s+(?:(?:at|in|on)\\s.*|(?:\\p{Lu}"
      + "\\p{L}+,?\\s+)?" + UsDates.MONTH + "\\s+\\d{1,2},\\s+\\d{4}.*)$");

  /** Starts like a personal name: a capitalised word, then an initial or another one. */
  private static final Pattern PERSONAL = Pattern.compile("^(?:(?:Mr|Mrs|Dr|General|Admiral"
      + "|Ambassador)\\.?\\s+)?\\p{Lu}[\\p{L}.]*\\s+\\p{Lu}");
  private static final Pattern APPOSITION = Pattern.compile(",\\s|\\s+of\\s+the\\s+|\\s+of\\s+\\p{Lu}");

  private final NameIndex names;

  FrusHeadingRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "frus.heading";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    SourceText.Line line = text.lines().stream().filter(l -> !l.isBlank()).findFirst()
        .orElse(null);
    if (line == null || line.text().length() > 400) {
      return;
    }
    String s = line.text().strip();
    int at = line.start() + line.text().indexOf(s);
    Matcher num = NUMBER.matcher(s);
    int cut = 0;
    if (num.find()) {
      cut = num.end();
    }
    String rest = s.substring(cut).replaceAll("[.]$", "");
    String type = null;
    for (String entry : TYPES) {
      String[] t = entry.split("=", 2);
      if (rest.regionMatches(true, 0, t[0], 0, t[0].length()) && (rest.length() == t[0].length()
          || !Character.isLetter(rest.charAt(t[0].length())))) {
        type = t.length > 1 ? t[1] : t[0];
        draft.set(Field.TYPE, type, at + cut, at + cut + t[0].length(), name(), 0.9);
        cut += t[0].length();
        rest = rest.substring(t[0].length());
        break;
      }
    }
    if (type != null) {
      Matcher by = BY.matcher(rest);
      if (!by.find()) {
        return;
      }
      cut += by.end();
      rest = rest.substring(by.end());
    } else if (!rest.startsWith("The ") || !rest.contains(" to ")) {
      return;
    }
    if (type == null) {
      draft.set(Field.TYPE, "Telegram", at, at + s.length(), name(), 0.3);
    }
    int to = Phrases.topLevel(rest, " to ");
    String sender = to < 0 ? TAIL.matcher(rest).replaceFirst("") : rest.substring(0, to);
    parties(Field.FROM, sender, at + cut, draft);
    if (to >= 0) {
      String recipient = TAIL.matcher(rest.substring(to + 4)).replaceFirst("");
      parties(Field.TO, recipient, at + cut + to + 4, draft);
    }
  }

  private void parties(Field f, String phrase, int at, Draft draft) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int and;
    // "the Secretary of State (Acheson) and the Secretary of Defense (Marshall)"
    while ((and = Phrases.topLevel(phrase.substring(from), " and ")) >= 0
        && phrase.substring(from, from + and).contains(")")) {
      parts.add(phrase.substring(from, from + and));
      from += and + 5;
    }
    parts.add(phrase.substring(from));
    int offset = 0;
    for (String part : parts) {
      int start = phrase.indexOf(part, offset);
      offset = start + part.length();
      NameRef ref = party(part.strip());
      if (ref != null) {
        draft.add(f, ref, at + start, at + start + part.length(), name(), 0.9);
      }
    }
  }

  /**
   * {@code The Ambassador in Korea (Muccio)}: the person in parentheses, resolved when an
   * authority knows him; the whole phrase stays as the written form. A reader searches for
   * Muccio, not for "Ambassador in Korea", and the TEI reader names him the same way.
   */
  NameRef party(String phrase) {
    if (phrase.isBlank()) {
      return null;
    }
    String written = personal(phrase);
    Matcher m = PARENS.matcher(written);
    String surname = null;
    while (m.find()) {
      surname = m.group(1).strip();
    }
    if (surname != null) {
      NameRef r = names.ref(surname, Authority.Kind.PERSON);
      if (r.id() != null) {
        return new NameRef(r.name(), phrase, r.id());
      }
      return new NameRef(surname, phrase, null);
    }
    if (names.match(written, Authority.Kind.PERSON).isPresent()) {
      NameRef r = names.ref(written, Authority.Kind.PERSON);
      return new NameRef(r.name(), phrase, r.id());
    }
    return new NameRef(written.replaceFirst("^(?i:the)\\s+", ""), phrase, null);
  }

  /**
   * A party named by a personal name rather than a role keeps only the name: {@code Edwin
   * A. Plitt, Adviser ...} and {@code Ward P. Allen of the Bureau of ...} name Plitt and Allen.
   */
  private static String personal(String phrase) {
    if (phrase.startsWith("the ") || phrase.startsWith("The ") || !PERSONAL.matcher(phrase)
        .find()) {
      return phrase;
    }
    Matcher m = APPOSITION.matcher(phrase);
    return m.find() && m.start() > 0 ? phrase.substring(0, m.start()).strip() : phrase;
  }
}
