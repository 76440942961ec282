package org.chancery.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.extract.Phrases;
import org.chancery.record.NameRef;

/**
 * What a FRUS heading says: the document type ({@code Telegram From ...}, {@code
 * Memorandum of Conversation, by ...}) and who wrote to whom. Newer volumes mark sender
 * and recipient ({@code persName}/{@code gloss} with {@code @type="from"/"to"}); older ones
 * only print {@code The Ambassador in India (Henderson) to the Secretary of State}, which
 * is read by its pattern: role phrase, surname in parentheses, {@code to}.
 *
 * @param type the type named at the start of the heading, or null when it names none
 * @param from senders: name is the surname or marked name, {@code as} the written phrase
 * @param to recipients, likewise
 */
record FrusHead(String type, List<NameRef> from, List<NameRef> to) {

  /** Longest first; the value after {@code =} is the house form when it differs. */
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

  /** How a heading introduces its author after the type: {@code From}, {@code by},
   * {@code Prepared by}, {@code Prepared in} (group 1 set for the prepared forms). */
  private static final Pattern BY =
      Pattern.compile("^(?i:(prepared (?:by|in)(?: the)?)|from|by)\\s+");
  private static final Pattern PARENS = Pattern.compile("\\(([^()]+)\\)");
  private static final Pattern RECIPIENT_TAIL = Pattern.compile(",\\s+(?:(?:at|in)\\s.*"
      + "|(?:[A-Z][a-z]+,?\\s+)?(?:January|February|March|April|May|June|July|August"
      + "|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}.*|Washington.*)$");

  static FrusHead read(XmlNode head, String title, String volumeId) {
    String type = null;
    String rest = title;
    for (String entry : TYPES) {
      String[] t = entry.split("=", 2);
      if (startsWithWord(title, t[0])) {
        type = t.length > 1 ? t[1] : t[0];
        rest = title.substring(t[0].length());
        break;
      }
    }
    String[] phrases = phrases(type, rest);
    List<NameRef> from = side(head, "from", phrases[0], volumeId);
    List<NameRef> to = side(head, "to", phrases[1], volumeId);
    return new FrusHead(type, from, to);
  }

  private static boolean startsWithWord(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length())
        && (text.length() == prefix.length()
            || !Character.isLetter(text.charAt(prefix.length())));
  }

  /** Sender and recipient phrases, either null when the heading has no such part. */
  private static String[] phrases(String type, String rest) {
    String r = rest.replaceFirst("^[\\s,]+", "");
    String lower = r.toLowerCase(Locale.ROOT);
    boolean prepared = false;
    if (type != null) {
      Matcher by = BY.matcher(r);
      if (!by.find()) {
        return new String[] {null, null};
      }
      prepared = by.group(1) != null;
      r = r.substring(by.end());
    } else if (!r.startsWith("The ") && !r.startsWith("the ")) {
      return new String[] {null, null};
    }
    int to = Phrases.topLevel(r, " to ");
    int width = 4;
    if (to < 0 && prepared) {
      to = Phrases.topLevel(r, " for ");
      width = 5;
    }
    if (to < 0) {
      return new String[] {type != null ? RECIPIENT_TAIL.matcher(r).replaceFirst("").strip()
          : null, null};
    }
    String sender = r.substring(0, to).strip();
    String recipient = RECIPIENT_TAIL.matcher(r.substring(to + width).strip()).replaceFirst("");
    return new String[] {sender.isEmpty() ? null : sender,
        recipient.isEmpty() ? null : recipient.strip()};
  }

  private static List<NameRef> side(XmlNode head, String role, String phrase,
      String volumeId) {
    List<NameRef> out = new ArrayList<>();
    List<XmlNode> marked = head == null ? List.of()
        : head.findAll(n -> role.equals(n.attr("type")) && (n.is("persName") || n.is("gloss")
            || n.is("orgName") || n.is("name") || n.is("placeName")));
    for (XmlNode m : marked) {
      String written = TeiText.inline(m, true);
      if (written.isEmpty()) {
        continue;
      }
      String as = marked.size() == 1 && phrase != null && phrase.contains(written)
          ? phrase : written;
      String corresp = m.attr("corresp");
      String id = corresp != null && corresp.startsWith("#") && corresp.length() > 1
          ? FrusTeiReader.personId(volumeId, corresp.substring(1).split("\\s+")[0]) : null;
      out.add(new NameRef(written, as, id));
    }
    if (out.isEmpty() && phrase != null) {
      out.add(new NameRef(nameIn(phrase), phrase, null));
    }
    return out;
  }

  /** {@code The Ambassador in India (Henderson)} names Henderson; {@code the Secretary of
   * State} names the office. */
  private static String nameIn(String phrase) {
    Matcher m = PARENS.matcher(phrase);
    String last = null;
    while (m.find()) {
      last = m.group(1).strip();
    }
    if (last != null && !last.isEmpty()) {
      return last;
    }
    return phrase.replaceFirst("^(?i:the)\\s+", "");
  }
}
