package org.chancery.extract;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.DocNumber;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;

/**
 * The handling notes after a decrypt's text: {@code Deciphered by Fedyaev 1205 19 October},
 * {@code Printed by Kornyushina 1250 19 October Nº 3007}, {@code Eight copies printed},
 * {@code Two copies printed. Nº 2 to file.}, {@code Verified: Section Chief Colonel
 * [signature] (Makarov)}. Times are the receiving office's (Moscow for a Soviet channel); a
 * copy count joins the printing it belongs to.
 */
final class HandlingRule implements Rule {

  private static final Pattern BY = Pattern.compile("^\\s*(?<verb>(?i:deciphered|decoded|decrypted"
      + "|enciphered|encoded|printed|typed|dispatched|transmitted|registered|distributed|checked"
      + "|verified|sent|received))\\s+(?i:by)\\s+(?<who>(?:[A-Z][\\p{L}'’.-]*\\s*){1,3}?)"
      + "(?=\\s*(?:\\d|" + Layout.NUM + "|$|[,.;]))");
  private static final Pattern COPIES = Pattern.compile("^\\s*(?<n>\\d+|(?i:one|two|three|four|five"
      + "|six|seven|eight|nine|ten|eleven|twelve))\\s+(?i:cop(?:y|ies))\\s+(?i:printed|made|typed)"
      + "\\.?\\s*(?<rest>.*)$");
  private static final Pattern VERIFIED = Pattern.compile(
      "^\\s*(?i:verified|checked|certified(?: true)?)(?:\\s+(?i:by))?\\s*:?\\s*(?<rest>.*)$");
  private static final Pattern IN_PARENS = Pattern.compile("\\(([A-Z][\\p{L}'’-]+(?:\\s[A-Z]"
      + "[\\p{L}'’-]+)?)\\)");
  private static final Pattern NUM = Pattern.compile(Layout.NUM + "\\s*" + Layout.NUMBER);
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

  private final NameIndex names;

  HandlingRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "soviet.handling";
  }

  static boolean isHandlingLine(String line) {
    return BY.matcher(line).lookingAt() || COPIES.matcher(line).matches()
        || VERIFIED.matcher(line).matches() && line.strip().length() < 120
        || line.strip().matches("\\[signature\\].*");
  }

  /** One event being built, with its span. */
  private static final class Event {
    String event;
    String at;
    NameRef by;
    String place;
    final List<String> detail = new ArrayList<>();
    int start;
    int end;
    String rule;

    HandlingEvent value() {
      return new HandlingEvent(event, at, by, place, detail.isEmpty() ? null
          : String.join(", ", detail));
    }
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    List<SourceText.Line> lines = Layout.outer(text, draft);
    ZoneId zone = Layout.receivingZone(draft);
    String place = zone == null ? null : "Moscow";
    List<Event> events = new ArrayList<>();
    Event lastPrinted = null;
    for (int i = 0; i < lines.size(); i++) {
      SourceText.Line l = lines.get(i);
      String t = l.text();
      Matcher b = BY.matcher(t);
      Matcher c;
      Matcher v;
      if (b.lookingAt()) {
        Event e = new Event();
        e.event = verb(b.group("verb"));
        String who = b.group("who").strip();
        e.by = names.ref(who, Authority.Kind.PERSON);
        e.place = place;
        e.start = l.start() + b.start();
        e.end = l.end();
        TimesAndDates.When w = TimesAndDates.find(t, b.end(), draft.contextYear(),
            draft.contextMonth()).orElse(null);
        e.at = w == null ? null : w.at(zone);
        e.rule = Layout.rule(name(), w);
        Matcher n = NUM.matcher(t);
        if (n.find(b.end())) {
          e.detail.add("Nº " + n.group(1));
          if (e.event.equals("printed")) {
            draft.add(Field.NUMBERS, new DocNumber("print", n.group(1)), l.start() + n.start(1),
                l.start() + n.end(1), name(), 0.9);
          }
        }
        events.add(e);
        lastPrinted = e.event.equals("printed") ? e : lastPrinted;
      } else if ((c = COPIES.matcher(t)).matches()) {
        String n = c.group("n").toLowerCase(Locale.ROOT);
        int count = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
        Event e = lastPrinted;
        if (e == null) {
          e = new Event();
          e.event = "printed";
          e.place = place;
          e.start = l.start();
          e.rule = name();
          events.add(e);
          lastPrinted = e;
        }
        e.detail.add(count + (count == 1 ? " copy" : " copies"));
        String rest = c.group("rest").strip().replaceAll("\\.$", "");
        if (!rest.isEmpty()) {
          e.detail.add(rest);
        }
        e.end = Math.max(e.end, l.end());
      } else if ((v = VERIFIED.matcher(t)).matches() && t.strip().length() < 120) {
        Event e = new Event();
        e.event = "verified";
        e.place = place;
        e.start = l.start() + v.start();
        e.end = l.end();
        e.rule = name();
        String role = v.group("rest");
        // The name is often on the next line, after a signature mark: "[signature] (Makarov)".
        Matcher p = IN_PARENS.matcher(role);
        int nameAt = l.start() + v.start("rest");
        if (!p.find() && i + 1 < lines.size()) {
          SourceText.Line next = lines.get(i + 1);
          Matcher q = IN_PARENS.matcher(next.text());
          if (q.find() && next.text().strip().length() < 80) {
            p = q;
            nameAt = next.start();
            e.end = next.end();
            i++;
          } else {
            p = null;
          }
        }
        if (p != null) {
          e.by = names.ref(p.group(1), Authority.Kind.PERSON);
          role = role.replace(p.group(), "");
        } else if (!role.isBlank() && role.strip().matches(Layout.NAME)) {
          e.by = names.ref(role.strip(), Authority.Kind.PERSON);
          role = "";
        }
        role = role.replaceAll("\\[signature\\]", "").strip().replaceAll("[,.:]+$", "");
        if (!role.isEmpty()) {
          e.detail.add(role);
        }
        events.add(e);
        if (p != null) {
          draft.addName(Field.PERSONS, e.by, nameAt + p.start(1), nameAt + p.end(1), name(),
              0.85);
        }
      }
    }
    for (Event e : events) {
      draft.add(Field.HANDLING, e.value(), e.start, e.end, e.rule, 0.9);
    }
  }

  private static String verb(String v) {
    String s = v.toLowerCase(Locale.ROOT);
    return switch (s) {
      case "decoded", "decrypted" -> "deciphered";
      case "typed" -> "printed";
      case "encoded" -> "enciphered";
      case "checked" -> "verified";
      case "transmitted", "dispatched" -> "sent";
      default -> s;
    };
  }
}
