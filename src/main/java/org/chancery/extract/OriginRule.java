package org.chancery.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.DocNumber;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;

/**
 * Where a decrypt came from and when it was received, from a header line:
 * {@code from [BEIJING] received at 1135 19 October 1951} or {@code From BEIJING No. 1309
 * 20 hours 05 minutes, 13.1.1951}. The place in brackets is the editors' addition but still
 * the place; the time is the receiving office's (Moscow for a Soviet channel); a number
 * after the place is the sender's own.
 */
final class OriginRule implements Rule {

  private static final Pattern FROM = Pattern.compile("^\\s*(?i:from)\\s+(?<place>\\[[^\\]]{2,40}\\]"
      + "|[A-Z][\\p{L}'’-]+(?:\\s(?!N[oº°]\\b|N[oº°]\\.)[A-Z][\\p{L}'’-]+)?)"
      + "(?:\\s*\\[[^\\]]*\\])?\\s*[,.-]*\\s*"
      + "(?:" + Layout.NUM + "\\s*(?<num>\\d[\\w/-]*))?\\s*[,.]?\\s*(?<rest>.*)$");
  private static final Pattern RECEIVED = Pattern.compile("^(?i:received)(?:\\s+(?i:at))?\\s*");

  private final NameIndex names;

  OriginRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "soviet.origin";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    List<SourceText.Line> lines = Layout.outer(text, draft);
    int body = Layout.bodyStart(lines);
    for (int i = 0; i < body; i++) {
      SourceText.Line l = lines.get(i);
      Matcher m = FROM.matcher(l.text());
      if (!m.matches()) {
        continue;
      }
      String written = m.group("place");
      NameRef place = names.ref(written, Authority.Kind.PLACE);
      boolean known = place.id() != null || Zones.ofPlace(place.name()).isPresent();
      String rest = m.group("rest");
      Matcher r = RECEIVED.matcher(rest);
      boolean received = r.lookingAt();
      int restAt = m.start("rest") + (received ? r.end() : 0);
      TimesAndDates.When w = TimesAndDates.find(l.text(), restAt, draft.contextYear(),
          draft.contextMonth()).orElse(null);
      // "from X" alone is a phrase; with a time, a number or "received" it is a header.
      if (!known && !written.startsWith("[") || w == null && m.group("num") == null && !received) {
        continue;
      }
      String rule = written.startsWith("[") ? name() + "+editorial" : name();
      draft.set(Field.ORIGIN_PLACE, place, l.start() + m.start("place"),
          l.start() + m.end("place"), rule, place.id() != null ? 0.95 : 0.8);
      if (m.group("num") != null) {
        draft.add(Field.NUMBERS, new DocNumber("outgoing", m.group("num")),
            l.start() + m.start("num"), l.start() + m.end("num"), name(), 0.85);
      }
      if (w != null) {
        java.time.ZoneId zone = Layout.receivingZone(draft);
        String at = w.at(zone);
        draft.add(Field.HANDLING, new HandlingEvent("received", at, null,
            zone == null ? null : "Moscow", null), l.start() + w.start(), l.start() + w.end(),
            Layout.rule(name(), w), 0.9);
        if (w.date() != null) {
          draft.set(Field.DATE, w.edtf(), l.start() + w.start(), l.start() + w.end(),
              Layout.rule(name() + ".received-date", w), 0.5);
        }
      }
      return;
    }
  }
}
