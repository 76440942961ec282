package org.chancery.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;

/**
 * A telegram quoted or forwarded inside another: {@code I am sending you the text of my
 * telegram to Cde. Li Kenong of 0530 18 October 1951 for [your] information.} or {@code At
 * 2212 I received the following telegram of Mao Zedong addressed to you:}, then the quoted
 * text — straight or curly quotes, which may never close. The quoted text becomes an
 * embedded document read by the address, signature and reference rules (and this one, for
 * quotes within quotes); what its own text does not say (sender, addressee, date), the
 * introducing sentence does.
 */
final class EmbeddedTelegramRule implements Rule {

  private static final String ADDRESSED = "(?:" + Layout.ADDRESS + "\\s+)?";
  private static final Pattern SENDING = Pattern.compile("(?i:I\\s+am\\s+(?:sending|forwarding"
      + "|transmitting|passing on)|I\\s+(?:send|forward|transmit)|here\\s+is)\\s+(?i:(?:to\\s+)?you\\s+)?"
      + "(?i:the\\s+(?:full\\s+)?text\\s+of\\s+)?(?<whose>(?i:my|our|his|the|a))\\s+(?<kind>(?i:"
      + "telegram|cable|letter|message|answer|reply))(?:\\s+(?i:to)\\s+" + ADDRESSED + "(?<to>"
      + Layout.NAME + "))?"
      + "(?:\\s+(?i:of|dated)\\s+(?<when>" + TimesAndDates.PLAIN + "))?");
  private static final Pattern RECEIVED = Pattern.compile("(?:(?i:at)\\s+(?<time>\\d{4}|\\d{1,2}:"
      + "\\d{2})\\s*,?\\s+)?I\\s+(?i:have\\s+)?(?i:received)\\s+(?i:the\\s+following)\\s+(?<kind>"
      + "(?i:telegram|cable|letter|message))(?:\\s+(?i:of|from)\\s+" + ADDRESSED
      + "(?<from>" + Layout.NAME + "))?(?:\\s+(?i:"
      + "addressed\\s+)?(?i:to)\\s+" + ADDRESSED + "(?<to>(?i:you)|" + Layout.NAME + "))?");
  private static final Pattern CLOSE = Pattern.compile("[\"”»][.,]?\\s*$");
  private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*" + Layout.NUM + "\\s*\\d");

  private final NameIndex names;
  private final List<Rule> inner;

  EmbeddedTelegramRule(NameIndex names) {
    this.names = names;
    this.inner = List.of(new AddressRule(names), new SignatureRule(names), new ReferenceRule(),
        this);
  }

  @Override
  public String name() {
    return "embedded";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    String all = text.text();
    int searchFrom = 0;
    while (searchFrom < all.length()) {
      Matcher s = SENDING.matcher(all);
      Matcher r = RECEIVED.matcher(all);
      boolean fs = s.find(searchFrom);
      boolean fr = r.find(searchFrom);
      if (!fs && !fr) {
        return;
      }
      Matcher m = fs && (!fr || s.start() <= r.start()) ? s : r;
      int end = embed(text, draft, m, m == s);
      searchFrom = Math.max(end, m.end());
    }
  }

  /** Embeds the quoted text after an introduction; returns where to search on from. */
  private int embed(SourceText text, Draft draft, Matcher intro, boolean sending) {
    String all = text.text();
    if (draft.inEmbedded(text.abs(intro.start()))) {
      return intro.end();
    }
    int start = openingQuote(all, intro.end());
    if (start < 0) {
      return intro.end();
    }
    int end = closing(all, start);
    int textEnd = end;
    while (textEnd > start && Character.isWhitespace(all.charAt(textEnd - 1))) {
      textEnd--;
    }
    if (textEnd - start < 10) {
      return intro.end();
    }
    Draft e = draft.embed(text.abs(start), text.abs(textEnd));
    e.set(Field.TYPE, Layout.titleCase(intro.group("kind")), text.abs(intro.start("kind")),
        text.abs(intro.end("kind")), name(), 0.8);
    // The forwarder is where the forwarded telegram was written or received: the same zone.
    var parentOrigin = draft.found(Field.ORIGIN_PLACE);
    if (parentOrigin != null) {
      e.set(Field.ORIGIN_PLACE, parentOrigin.value(), parentOrigin.provenance().start(),
          parentOrigin.provenance().end(), name() + ".origin-of-forwarder", 0.5);
    }
    SourceText slice = text.slice(start, textEnd);
    for (Rule rule : inner) {
      rule.apply(slice, e);
    }
    String to = intro.group("to");
    if (e.list(Field.TO, NameRef.class).isEmpty() && to != null) {
      if (to.equalsIgnoreCase("you")) {
        e.toParentAddressee(true);
      } else {
        e.addName(Field.TO, names.ref(trim(to), Authority.Kind.PERSON),
            text.abs(intro.start("to")), text.abs(intro.start("to")) + trim(to).length(),
            name() + ".intro", 0.7);
      }
    }
    if (e.list(Field.FROM, NameRef.class).isEmpty()) {
      if (!sending && intro.group("from") != null) {
        String from = trim(intro.group("from"));
        e.addName(Field.FROM, names.ref(from, Authority.Kind.PERSON),
            text.abs(intro.start("from")), text.abs(intro.start("from")) + from.length(),
            name() + ".intro", 0.8);
      } else if (sending && intro.group("whose").equalsIgnoreCase("my")) {
        e.fromParentSender(true);
      }
    }
    if (sending && intro.group("when") != null) {
      TimesAndDates.When w = TimesAndDates.whole(intro.group("when"), e.contextYear(),
          e.contextMonth()).orElse(null);
      if (w != null) {
        int from = text.abs(intro.start("when"));
        int until = text.abs(intro.end("when"));
        double conf = w.yearFromContext() ? 0.6 : 0.8;
        e.set(Field.DATE, w.edtf(), from, until, Layout.rule(name() + ".intro", w), conf);
        if (w.time() != null) {
          e.set(Field.DATETIME, w.at(Layout.senderZone(e)), from, until,
              Layout.rule(name() + ".intro", w), conf);
        }
      }
    }
    return end;
  }

  private static String trim(String name) {
    return name.strip().replaceAll("[.,;:!]+$", "");
  }

  /** Where the quoted text starts: after a quote opening the rest of the line or the next. */
  private static int openingQuote(String all, int from) {
    int nl = all.indexOf('\n', from);
    int lineEnd = nl < 0 ? all.length() : nl;
    for (int i = from; i < lineEnd; i++) {
      char c = all.charAt(i);
      if (c == '"' || c == '“' || c == '«' || c == '„') {
        return i + 1;
      }
    }
    if (nl < 0) {
      return -1;
    }
    // "...addressed to you:" and the text on the next line, quoted or not.
    String intro = all.substring(from, lineEnd).strip();
    int next = nl + 1;
    while (next < all.length() && Character.isWhitespace(all.charAt(next))) {
      next++;
    }
    if (next < all.length() && "\"“«„".indexOf(all.charAt(next)) >= 0) {
      return next + 1;
    }
    return intro.endsWith(":") || intro.isEmpty() ? next : -1;
  }

  /**
   * Where the quoted text ends: at a line ending in a closing quote; when the quote never
   * closes, before the closing block of the forwarding cable (an outgoing number line, a
   * separator or handling notes), else at the end of the text.
   */
  private static int closing(String all, int start) {
    int at = start;
    while (at < all.length()) {
      int nl = all.indexOf('\n', at);
      int lineEnd = nl < 0 ? all.length() : nl;
      String line = all.substring(at, lineEnd);
      if (at > start && (NUMBER_LINE.matcher(line).find() || Layout.isSeparator(line)
          || HandlingRule.isHandlingLine(line))) {
        return at;
      }
      Matcher c = CLOSE.matcher(line);
      if (c.find()) {
        return at + c.start();
      }
      if (nl < 0) {
        break;
      }
      at = nl + 1;
    }
    return all.length();
  }
}
