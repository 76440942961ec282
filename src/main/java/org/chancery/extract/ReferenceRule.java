package org.chancery.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Reference;

/**
 * Mentions of other documents: {@code your telegram of 0115 18 October}, {@code In addition
 * to my Nº 2390.}, {@code Your order No. 48}, {@code the 11 October telegram}. A date
 * without a year takes the context's and the provenance says so; a time without a known
 * zone stays a local time (the zone of the one who sent it is not known from the mention).
 */
final class ReferenceRule implements Rule {

  private static final Pattern REF = Pattern.compile("\\b(?<who>(?i:your|my|our|his|their|the"
      + "|this))\\s+(?:(?<pre>" + TimesAndDates.PLAIN + ")\\s+)?(?<kind>(?i:cipher(?:ed)?\\s+"
      + "telegram|telegrams?|cables?|orders?|letters?|messages?|reports?|instructions?|directives?"
      + "|requests?|notes?|answer|reply)|" + Layout.NUM + "(?=\\s*\\d))(?:\\s*(?:" + Layout.NUM
      + ")?\\s*(?<num>\\d[\\w/-]*(?<![.-])))?(?:\\s+(?i:of|dated|from)\\s+(?<post>"
      + TimesAndDates.PLAIN + "))?", Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "references";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    for (SourceText.Line l : Layout.outer(text, draft)) {
      Matcher m = REF.matcher(l.text());
      while (m.find()) {
        String date = m.group("pre") != null ? m.group("pre") : m.group("post");
        if (date == null && m.group("num") == null) {
          continue; // "the telegram" alone says nothing to link
        }
        TimesAndDates.When w = date == null ? null : TimesAndDates.whole(date,
            draft.contextYear(), draft.contextMonth()).orElse(null);
        if (date != null && w == null && m.group("num") == null) {
          continue;
        }
        String kind = m.group("kind").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        kind = kind.matches("n.*|№|#") && !kind.startsWith("note") ? "telegram"
            : kind.replaceAll("^cipher(?:ed)? ", "").replaceAll("s$", "");
        draft.add(Field.REFERENCES, new Reference(kind, w == null ? null : w.at(null),
            m.group("num"), null), l.start() + m.start(), l.start() + m.end(),
            Layout.rule(name(), w), w != null && w.yearFromContext() ? 0.75 : 0.85);
      }
    }
  }
}
