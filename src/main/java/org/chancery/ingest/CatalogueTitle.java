package org.chancery.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.extract.Phrases;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.DocNumber;
import org.chancery.record.NameRef;

/**
 * A catalogue title in the archive's house style:
 * {@code <Type>[ No. N], <Sender> to <Recipient>[, for X| (via Y)| [via Y]]}, e.g.
 * {@code Cable No. 25025, Mao Zedong to Filippov [Stalin]}. An editor's bracket after a
 * cover name gives the real name: {@code Filippov [Stalin]} is Stalin, written Filippov.
 *
 * <p>Routing: {@code X to Y, for Z} is addressed to the intermediary Y for Z, so Z is the
 * recipient and Y the via; {@code (via Y)} and {@code [via Y]} name the intermediary.
 *
 * @param type the type ({@code Cable}), or null when the title is not in house style
 * @param number the number after {@code No.}, kind from the type, or null
 * @param from senders
 * @param to recipients
 * @param via intermediaries
 */
record CatalogueTitle(String type, DocNumber number, List<NameRef> from, List<NameRef> to,
    List<NameRef> via) {

  private static final Pattern HEAD = Pattern.compile(
      "^(?<type>[A-Z][\\p{L}' -]*?)(?:\\s+(?:No\\.?|Nº|N°|Nr\\.?|Number|#)\\s*(?<num>[\\w/.-]+))?"
          + ",\\s*(?<parties>.+)$");
  private static final Pattern VIA = Pattern.compile(
      "\\s*(?:\\((?:via|through)\\s+([^)]+)\\)|\\[(?:via|through)\\s+([^\\]]+)\\])\\s*$");
  private static final Pattern FOR = Pattern.compile(",\\s*for\\s+(.+)$");
  private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\[([^\\]]+)\\]$");
  private static final Pattern ADDRESS = Pattern.compile(
      "^(?i:(?:Cdes?\\.|Comrades?|Cde|Tov\\.|Mr\\.|Mrs\\.|Dr\\.)\\s+)");

  static CatalogueTitle parse(String title) {
    Matcher m = HEAD.matcher(title.strip());
    if (!m.matches()) {
      return new CatalogueTitle(null, null, List.of(), List.of(), List.of());
    }
    String parties = m.group("parties").strip();
    int to = Phrases.topLevel(parties, " to ");
    if (to < 0) {
      return new CatalogueTitle(null, null, List.of(), List.of(), List.of());
    }
    String type = m.group("type").strip();
    DocNumber number = m.group("num") == null ? null
        : new DocNumber(kindOf(type), m.group("num"));
    String sender = parties.substring(0, to).strip();
    String recipient = parties.substring(to + 4).strip();
    List<NameRef> via = new ArrayList<>();
    Matcher v = VIA.matcher(recipient);
    if (v.find()) {
      via.addAll(names(v.group(1) != null ? v.group(1) : v.group(2)));
      recipient = recipient.substring(0, v.start()).strip();
    }
    Matcher f = FOR.matcher(recipient);
    List<NameRef> recipients;
    if (f.find()) {
      via.addAll(names(recipient.substring(0, f.start())));
      recipients = names(f.group(1));
    } else {
      recipients = names(recipient);
    }
    return new CatalogueTitle(type, number, names(sender), recipients, via);
  }

  /**
   * A title in house style made from what was extracted: {@code Telegram No. 3483,
   * Henderson to Secretary of State}; a cover name gets the real name in brackets
   * ({@code Filippov [Stalin]}). Null when neither sender nor recipient is known.
   */
  static String houseStyle(ArchivalRecord r) {
    if (r.authors().isEmpty() && r.recipients().isEmpty()) {
      return null;
    }
    String type = r.type() != null ? r.type() : "Document";
    StringBuilder t = new StringBuilder(type);
    String kind = kindOf(type);
    r.cable().numbers().stream().filter(n -> n.kind().equals(kind)).findFirst()
        .ifPresent(n -> t.append(" No. ").append(n.value()));
    t.append(", ").append(parties(r.authors())).append(" to ").append(parties(r.recipients()));
    return t.toString();
  }

  private static String parties(List<NameRef> names) {
    if (names.isEmpty()) {
      return "Unknown";
    }
    List<String> out = new ArrayList<>();
    for (NameRef n : names) {
      String written = n.as() == null ? n.name() : n.as();
      if (written.equals(written.toUpperCase(Locale.ROOT))) {
        written = capitalised(written);
      }
      String surname = n.name().substring(n.name().lastIndexOf(' ') + 1);
      boolean cover = n.id() != null
          && !n.name().toLowerCase(Locale.ROOT).contains(written.toLowerCase(Locale.ROOT));
      out.add(cover ? written + " [" + surname + "]" : n.id() != null ? n.name() : written);
    }
    return String.join(" and ", out);
  }

  private static String capitalised(String s) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char c : s.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return b.toString();
  }

  /** {@code Cable} numbers are cable numbers, {@code Ciphered Telegram} ones telegram
   * numbers. */
  private static String kindOf(String type) {
    String[] words = type.toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  /** {@code Mao Zedong and Zhou Enlai}, {@code Stalin, Molotov} as several names. */
  static List<NameRef> names(String text) {
    List<NameRef> out = new ArrayList<>();
    for (String part : text.split(",\\s*(?![^\\[]*\\])|\\s+and\\s+(?![^\\[]*\\])")) {
      String written = part.strip();
      if (written.isEmpty()) {
        continue;
      }
      out.add(name(written));
    }
    return out;
  }

  /** One name: the bracketed real name is the name, the text as written its form. */
  static NameRef name(String written) {
    Matcher b = BRACKETED.matcher(written);
    String name = b.matches() && !b.group(2).isBlank() ? b.group(2) : written;
    name = ADDRESS.matcher(name.strip()).replaceFirst("");
    return new NameRef(name.isBlank() ? written : name, written, null);
  }

}
