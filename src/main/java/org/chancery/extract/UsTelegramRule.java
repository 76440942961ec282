package org.chancery.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Authority;
import org.chancery.record.DocNumber;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;
import org.chancery.record.Reference;

/**
 * The body of a US telegram: the message number opening the first paragraph ({@code 3483.}),
 * {@code [Received October 18—5:12 a.m.]}, {@code Repeated information Seoul, Tokyo} and
 * {@code Sent Department 533, repeated information Tokyo 233}, abbreviated references
 * ({@code Deptel 533 of Dec. 19}, {@code Embtel 1234}, {@code urtel}, {@code your 9574},
 * {@code reference my HNC 055}), and the signature (a last short line naming the sender).
 */
final class UsTelegramRule implements Rule {

  private static final Pattern MESSAGE_NUMBER =
      Pattern.compile("^((?:[A-Z]{1,4}[ –-]?)?\\d{1,6})\\.\\s+\\S");
  private static final Pattern RECEIVED = Pattern.compile("\\[Received:?\\s+(?<when>[^\\]]{3,60})"
      + "\\]");
  private static final Pattern REPEATED = Pattern.compile("(?:^|[.;]\\s*|,\\s*)(?:[Rr]epeated|"
      + "[Rr]ptd)(?: information| info)?\\s+(?<posts>[A-Z][^.;\\n]{1,200})");
  // The look-aheads reject at one character the positions where no match can start,
  // before the dear word-boundary test (see MilitaryMessageRule); the matches are the same.
  private static final Pattern SENT = Pattern.compile("(?=S)\\bSent (?:Department|Dept)"
      + "\\s+(\\d+)");
  private static final Pattern REFERENCE = Pattern.compile("(?=[CDEGLMRSTUmoruy])(?<kind>\\b"
      + "(?:Deptel|Embtel|Depcirtel"
      + "|Contel|Legtel|Gadel|Secto|Tosec|[Rr]eurtel|[Uu]rtel|[Mm]ytel|[Rr]edeptel|[Rr]eembtel)s?"
      + "|\\b(?:[Rr]eference |[Rr]ef )?(?:your|my|our)(?: tel(?:egram)?| msg| message)?)"
      + "\\s+(?:No\\.\\s*)?(?<num>(?:[A-Z]{1,4}[ –-]?)?\\d{1,6})\\b(?:,?\\s+(?:of\\s+)?(?<date>"
      + UsDates.MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?))?");
  private static final Pattern SIGNATURE = Pattern.compile("^\\[?\\p{Lu}[\\p{L}’'.-]+\\]?$");
  private static final List<String> NOT_SIGNATURES = List.of("Enclosure", "Attachment",
      "Annex", "Appendix", "Secret", "Confidential", "Unclassified", "Signed", "Sincerely");

  private final NameIndex names;

  UsTelegramRule(NameIndex names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "us.telegram";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    String type = draft.get(Field.TYPE, String.class);
    boolean sent = type != null && (type.contains("Telegram") || type.contains("Airgram")
        || type.equals("Message") || type.equals("Cable"));
    SourceText.Line first = firstParagraph(text);
    if (sent && first != null) {
      Matcher m = MESSAGE_NUMBER.matcher(first.text());
      if (m.find()) {
        draft.add(Field.NUMBERS, new DocNumber("message", m.group(1)), first.start(),
            first.start() + m.end(1), name(), 0.85);
      }
    }
    String t = text.text();
    Matcher r = RECEIVED.matcher(t);
    if (r.find()) {
      draft.add(Field.HANDLING, new HandlingEvent("received", null, null, null,
          r.group("when").strip()), text.abs(r.start()), text.abs(r.end()), name(), 0.9);
    }
    Matcher s = SENT.matcher(t);
    if (s.find()) {
      draft.add(Field.NUMBERS, new DocNumber("message", s.group(1)), text.abs(s.start()),
          text.abs(s.end()), name(), 0.8);
    }
    // most texts repeat nothing: two substring scans instead of trying the pattern at every
    // position (it cannot match without one of them)
    Matcher rep = REPEATED.matcher(t.contains("epeated") || t.contains("ptd") ? t : "");
    while (rep.find()) {
      for (String post : rep.group("posts").split(",\\s*|\\s+and\\s+")) {
        String p = post.replaceAll("\\s+(?:as\\s+)?\\d+$", "").replaceFirst("^(?:to\\s+)", "")
            .strip();
        if (p.matches("\\p{Lu}[\\p{L} ]{1,30}") && p.split(" ").length <= 3) {
          int at = text.abs(rep.start("posts") + rep.group("posts").indexOf(post));
          draft.add(Field.COPIES_TO, new NameRef(p, post.strip(), null), at,
              at + post.length(), name(), 0.75);
        }
      }
    }
    Matcher ref = REFERENCE.matcher(t);
    while (ref.find()) {
      String kind = ref.group("kind").toLowerCase(Locale.ROOT).replaceFirst("^(?:reference|ref)"
          + " ", "").replaceAll("s$", "").replaceAll(" (?:tel|telegram|msg|message)$", "");
      if (kind.equals("your") || kind.equals("my") || kind.equals("our")) {
        kind = kind + " telegram";
      }
      String date = ref.group("date");
      draft.add(Field.REFERENCES, new Reference(kind, date, ref.group("num"), null),
          text.abs(ref.start()), text.abs(ref.end()), name(), 0.75);
    }
    if (sent && draft.list(Field.FROM, NameRef.class).isEmpty()) {
      signature(text, draft);
    }
  }

  /** The first paragraph after the top matter (heading, source, dateline, marks). */
  private static SourceText.Line firstParagraph(SourceText text) {
    for (SourceText.Line l : text.lines()) {
      if (l.text().length() > 60 || MESSAGE_NUMBER.matcher(l.text()).find()
          && l.index() > 0) {
        if (l.index() > 0) {
          return l;
        }
      }
    }
    return null;
  }

  private void signature(SourceText text, Draft draft) {
    List<SourceText.Line> lines = text.lines();
    for (int i = lines.size() - 1; i > 0; i--) {
      SourceText.Line l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      String s = l.text().strip();
      if (SIGNATURE.matcher(s).matches() && NOT_SIGNATURES.stream().noneMatch(s::startsWith)) {
        String name = s.replaceAll("[\\[\\]]", "");
        draft.add(Field.FROM, names.ref(name, Authority.Kind.PERSON), l.start(), l.end(),
            name(), 0.6);
      }
      return;
    }
  }
}
