package org.chancery.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.extract.Phrases;

/**
 * The sender and recipient phrases of a FRUS heading without markup: {@code The Ambassador
 * in Korea (Muccio) to the Secretary of State}, {@code Telegram From the Embassy in the
 * Republic of China to the Department of State}, {@code Memorandum by X to Y}.
 */
final class HeadPhrases {

  private static final Pattern INTRO = Pattern.compile("^(?:(?:Circular |Draft )?(?:Telegram|"
      + "Airgram|Letter|Memorandum|Message|Despatch|Note|Paper|Report)(?: of Conversation)?"
      + "[,]?\\s+)?(?:From|by|Prepared by|Prepared in)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAIL = Pattern.compile(",\\s+(?:(?:at|in)\\s.*|(?:January|"
      + "February|March|April|May|June|July|August|September|October|November|December)"
      + "\\s+\\d.*)$");

  private HeadPhrases() {}

  /** {sender, recipient}, either null when the heading has no such part. */
  static String[] of(String title) {
    String t = title.strip().replaceAll("[.]$", "");
    Matcher m = INTRO.matcher(t);
    String rest;
    if (m.matches()) {
      rest = m.group(1);
    } else if (t.startsWith("The ")) {
      rest = t;
    } else {
      return new String[] {null, null};
    }
    int to = Phrases.topLevel(rest, " to ");
    if (to < 0) {
      return new String[] {TAIL.matcher(rest).replaceFirst("").strip(), null};
    }
    String sender = rest.substring(0, to).strip();
    String recipient = TAIL.matcher(rest.substring(to + 4)).replaceFirst("").strip();
    return new String[] {sender.isEmpty() ? null : sender,
        recipient.isEmpty() ? null : recipient};
  }

}
