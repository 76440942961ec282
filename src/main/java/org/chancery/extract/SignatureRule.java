package org.chancery.extract;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.DocNumber;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;

/**
 * The closing block at the end of a cable's text, before the handling notes: a signature
 * in capitals ({@code MAO ZEDONG}, {@code FILIPPOV [Stalin]}), perhaps dated ({@code
 * 13.1.51 ROSHCHIN}, {@code MAO ZEDONG 0530 18 October}), and the sender's outgoing number
 * and date ({@code Nº 5205} / {@code 19 October}). The signer is the sender; the number and
 * date make a {@code sent} event.
 */
final class SignatureRule implements Rule {

  private static final Pattern NUMBER_LINE = Pattern.compile(
      "^\\s*" + Layout.NUM + "\\s*" + Layout.NUMBER + "\\s*\\.?\\s*$");
  private static final Pattern SIGNER = Pattern.compile("^(?<name>[A-Z][A-Z'’-]+(?:\\s+[A-Z][A-Z'’-]+)"
      + "{0,3})(?:\\s*\\[(?<real>[^\\]]+)\\])?$");
  private static final Pattern FORMULA = Pattern.compile("^(?i:confirm receipt|telegraph (?:the )?"
      + "fulfil+ment|report (?:on )?(?:the )?fulfil+ment|acknowledge receipt)\\.?$");
  private static final Pattern NOT_NAMES = Pattern.compile("^(?:TOP SECRET|SECRET|URGENT|SPECIAL"
      + "|TOP PRIORITY|PRIORITY|CABLE|TELEGRAM|CIPHERED TELEGRAM|COPY|END|STOP|T)$");
  static final Pattern SPRAVKA = Pattern.compile("^\\s*(?i:spravka|reference note|note)\\s*[:.]");

  private final NameIndex names;

  SignatureRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "soviet.signature";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    List<SourceText.Line> lines = Layout.outer(text, draft);
    int end = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (SPRAVKA.matcher(lines.get(i).text()).find() || Layout.isSeparator(lines.get(i).text())) {
        end = i;
        break;
      }
    }
    int i = end - 1;
    while (i >= 0 && (HandlingRule.isHandlingLine(lines.get(i).text())
        || FORMULA.matcher(lines.get(i).text().strip()).matches())) {
      i--;
    }
    String number = null;
    int[] numberSpan = null;
    TimesAndDates.When sent = null;
    int sentBase = 0;
    NameRef signer = null;
    int stop = Math.max(0, i - 5);
    for (; i >= stop; i--) {
      SourceText.Line l = lines.get(i);
      String t = unquoted(l.text());
      int lead = l.text().indexOf(t);
      Matcher n = NUMBER_LINE.matcher(t);
      if (n.matches()) {
        if (number == null) {
          number = n.group(1);
          numberSpan = new int[] {l.start() + lead + n.start(1), l.start() + lead + n.end(1)};
        }
        continue;
      }
      TimesAndDates.When whole = TimesAndDates.whole(t, draft.contextYear(),
          draft.contextMonth()).orElse(null);
      if (whole != null) {
        if (sent == null) {
          sent = whole;
          sentBase = l.start() + lead;
        }
        continue;
      }
      if (signer != null) {
        break;
      }
      // A signature line may carry its date and time before or after the name.
      TimesAndDates.When w = TimesAndDates.find(t, 0, draft.contextYear(), draft.contextMonth())
          .filter(x -> x.start() == 0 || x.end() == t.length()
              || t.substring(x.end()).matches("[\\s.,]*")).orElse(null);
      String rest = w == null ? t : (t.substring(0, w.start()) + " " + t.substring(w.end()));
      rest = rest.strip().replaceAll("[.,]+$", "");
      Matcher s = SIGNER.matcher(rest);
      if (!s.matches() || NOT_NAMES.matcher(s.group("name")).matches()) {
        break;
      }
      int at = l.start() + lead + t.indexOf(rest);
      signer = names.ref(rest, Authority.Kind.PERSON);
      draft.addName(Field.FROM, signer, at, at + rest.length(), name(), signer.id() != null ? 0.9
          : 0.75);
      if (w != null && sent == null) {
        sent = w;
        sentBase = l.start() + lead;
      }
    }
    if (signer == null && number == null) {
      return;
    }
    if (number != null) {
      draft.add(Field.NUMBERS, new DocNumber("outgoing", number), numberSpan[0], numberSpan[1],
          name(), 0.85);
    }
    if (sent != null) {
      ZoneId zone = Layout.senderZone(draft);
      String rule = Layout.rule(name(), sent);
      int from = sentBase + sent.start();
      int to = sentBase + sent.end();
      draft.set(Field.DATE, sent.edtf(), from, to, rule, sent.yearFromContext() ? 0.65 : 0.75);
      if (sent.time() != null) {
        draft.set(Field.DATETIME, sent.at(zone), from, to, rule, sent.yearFromContext() ? 0.65
            : 0.75);
      }
      NameRef place = draft.get(Field.ORIGIN_PLACE, NameRef.class);
      draft.add(Field.HANDLING, new HandlingEvent("sent", sent.at(zone), signer,
          place == null ? null : place.name(), number == null ? null : "Nº " + number), from, to,
          rule, 0.8);
    }
  }

  /** A line without the quotation marks that open or close a quoted telegram. */
  static String unquoted(String line) {
    return line.strip().replaceAll("^[\"“”«„]+|[\"“”»]+[.,]?$", "").strip();
  }
}
