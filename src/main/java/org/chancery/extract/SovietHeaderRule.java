package org.chancery.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.DocNumber;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;

/**
 * The header of a Soviet decrypt or cipher telegram, lines in any order: the issuing office
 * or channel, {@code CABLE Nº 25025} / {@code CIPHERED TELEGRAM No. 709}, priority words,
 * classification, {@code Series G.}, {@code Copy Nº 2}; and anywhere outside embedded
 * documents, stamps ({@code [Stamp: ...]} over several lines) and register numbers
 * ({@code Incoming Nº 254/3612/shs 19 October 1951}).
 */
final class SovietHeaderRule implements Rule {

  private static final Pattern TYPE = Pattern.compile("^(?<type>(?:CIPHER(?:ED)?\\s+|ENCIPHERED\\s+"
      + "|SPECIAL\\s+)?(?:CABLE|TELEGRAM|RADIOGRAM|CABLEGRAM)|Ciphered\\s+Telegram|Cipher\\s+Telegram"
      + "|Cable|Telegram)(?:\\s*" + Layout.NUM + "\\s*" + Layout.NUMBER + ")?\\.?$");
  private static final Pattern PRECEDENCE = Pattern.compile("^(?i:(top priority|very urgent"
      + "|extra urgent|most urgent|urgent|special|priority|immediate|out of turn|flash))\\.?$");
  private static final Pattern CLASSIFICATION = Pattern.compile("^(?i:((?:top |strictly )?secret"
      + "(?: (?:special importance|of special importance))?|confidential|restricted"
      + "|special importance|for official use only))\\.?$");
  private static final Pattern SERIES = Pattern.compile("^(?i:series)\\s+([A-Z]{1,3})\\.?$");
  private static final Pattern COPY = Pattern.compile(
      "^(?i:copy)\\s*" + Layout.NUM + "\\s*(\\d+)\\.?$");
  private static final Pattern OFFICE_WORD = Pattern.compile("\\b(?:DIRECTORATE|MINISTRY|GENERAL "
      + "STAFF|COMMITTEE|DEPARTMENT|ADMINISTRATION|SECRETARIAT|EMBASSY|COMMISSARIAT)\\b");
  private static final Pattern REGISTER = Pattern.compile("(?i:\\b(incoming|outgoing|inc\\.|out\\.))"
      + "\\s*" + Layout.NUM + "?\\s*" + Layout.NUMBER);
  private static final Pattern STAMP = Pattern.compile("^\\s*\\[\\s*(?i:stamp)\\s*:?\\s*");
  private static final Pattern CHUNKS = Pattern.compile("\\s*[,;]\\s*|\\s{2,}");
  private static final Pattern NUMBER_ONLY = Pattern.compile("^" + Layout.NUM + "?\\s*\\d[\\d/-]*$");

  private final NameIndex names;

  SovietHeaderRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "soviet.header";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    List<SourceText.Line> lines = Layout.outer(text, draft);
    int body = Layout.bodyStart(lines);
    for (int i = 0; i < lines.size(); i++) {
      SourceText.Line l = lines.get(i);
      Matcher st = STAMP.matcher(l.text());
      if (st.find()) {
        i = stamp(lines, i, l.start() + st.end(), draft);
        continue;
      }
      register(l.text(), l.start(), draft);
      if (i < body) {
        header(l, draft);
      }
    }
  }

  private void header(SourceText.Line l, Draft draft) {
    String t = l.text().strip();
    int lead = l.text().indexOf(t);
    if (t.length() > 120) {
      return;
    }
    if (OFFICE_WORD.matcher(t).find() && t.equals(t.toUpperCase(Locale.ROOT))) {
      NameRef office = names.ref(t, Authority.Kind.ORGANISATION);
      draft.set(Field.ISSUING_OFFICE, office, l.start() + lead, l.end(), name(),
          office.id() != null ? 0.95 : 0.8);
      return;
    }
    Matcher chunk = CHUNKS.matcher(t);
    int from = 0;
    while (from <= t.length()) {
      int to = chunk.find(from) ? chunk.start() : t.length();
      int next = to == t.length() ? t.length() + 1 : chunk.end();
      item(t.substring(from, to), l.start() + lead + from, draft);
      from = next;
    }
  }

  private void item(String s, int at, Draft draft) {
    int end = at + s.length();
    Matcher m = TYPE.matcher(s);
    if (m.matches()) {
      String type = Layout.titleCase(m.group("type"));
      draft.set(Field.TYPE, type, at, end, name(), 0.9);
      if (m.group(2) != null) {
        String[] words = type.toLowerCase(Locale.ROOT).split("\\s+");
        draft.add(Field.NUMBERS, new DocNumber(words[words.length - 1], m.group(2)),
            at + m.start(2), at + m.end(2), name(), 0.95);
      }
    } else if ((m = PRECEDENCE.matcher(s)).matches()) {
      draft.set(Field.PRECEDENCE, Layout.titleCase(m.group(1)), at, end, name(), 0.9);
    } else if ((m = CLASSIFICATION.matcher(s)).matches()) {
      draft.set(Field.CLASSIFICATION, Layout.titleCase(m.group(1)), at, end, name(), 0.95);
    } else if ((m = SERIES.matcher(s)).matches()) {
      draft.set(Field.SERIES, m.group(1), at + m.start(1), at + m.end(1), name(), 0.9);
    } else if ((m = COPY.matcher(s)).matches()) {
      draft.set(Field.COPY_NUMBER, m.group(1), at + m.start(1), at + m.end(1), name(), 0.95);
    }
  }

  /** A stamp from its first line to its closing bracket; returns the index of its last line. */
  private int stamp(List<SourceText.Line> lines, int first, int textStart, Draft draft) {
    StringBuilder words = new StringBuilder();
    int last = first;
    int end = textStart;
    for (int i = first; i < lines.size() && i < first + 12; i++) {
      SourceText.Line l = lines.get(i);
      int from = i == first ? textStart - l.start() : 0;
      String part = l.text().substring(from);
      int close = part.lastIndexOf(']');
      boolean closes = close >= 0 && part.indexOf('[') < 0 || close > part.lastIndexOf('[');
      if (closes) {
        part = part.substring(0, close);
      }
      String p = part.strip();
      last = i;
      end = l.start() + from + part.length();
      if (REGISTER.matcher(p).find()) {
        register(part, l.start() + from, draft);
      } else if (NUMBER_ONLY.matcher(p).matches()) {
        int s = l.start() + from + part.indexOf(p);
        draft.add(Field.NUMBERS, new DocNumber("stamp", p.replaceAll("^\\D+", "")), s,
            s + p.length(), name() + ".stamp", 0.7);
      } else if (!p.isEmpty()) {
        words.append(words.length() > 0 ? " " : "").append(p);
      }
      if (closes) {
        break;
      }
    }
    if (words.length() > 0) {
      draft.add(Field.STAMPS, words.toString(), textStart, end, name() + ".stamp", 0.9);
    }
    return last;
  }

  /** {@code Incoming Nº 254/3612/shs 19 October 1951}: a register number and when. */
  private void register(String s, int at, Draft draft) {
    Matcher m = REGISTER.matcher(s);
    if (!m.find()) {
      return;
    }
    String kind = m.group(1).toLowerCase(Locale.ROOT).startsWith("inc") ? "incoming" : "outgoing";
    draft.add(Field.NUMBERS, new DocNumber(kind, m.group(2)), at + m.start(2), at + m.end(2),
        name() + ".register", 0.9);
    TimesAndDates.When w = TimesAndDates.find(s, m.end(), draft.contextYear(),
        draft.contextMonth()).orElse(null);
    String event = kind.equals("incoming") ? "registered" : "sent";
    String when = w == null ? null : w.at(Layout.receivingZone(draft));
    draft.add(Field.HANDLING, new HandlingEvent(event, when, null, null,
        m.group().strip()), at + m.start(), at + (w == null ? m.end() : w.end()),
        Layout.rule(name() + ".register", w), 0.85);
  }
}
