package org.chancery.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.DocNumber;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;

/**
 * The source line of a FRUS document: in older volumes a file line under the heading
 * ({@code 795.00/10–1851: Telegram}, {@code S/P Files: Lot 64 D 563}), in newer ones a
 * {@code Source:} note ({@code Source: Department of State, Central Files, 611.93/8–255.
 * Secret; Niact. Drafted by McConaughy. Sent to Geneva. Repeated to Taipei.}).
 */
final class FrusSourceRule implements Rule {

  /** A decimal file number ({@code 793B.00/6–351}, {@code 611.95A251/8–455}). */
  static final Pattern DECIMAL_FILE = Pattern.compile(
      "\\b\\d{3}[A-Z]?\\.[0-9A-Z]+(?:[–-][A-Z]{1,3})?/\\d{1,2}[–-]\\d{2,6}\\b");
  private static final Pattern LOT_FILE = Pattern.compile("\\bLot \\d+ ?[A-Z] ?\\d+\\b");
  private static final Pattern FILE_LINE = Pattern.compile("^(?<file>[^:]{3,80}?)(?::\\s*"
      + "(?<type>[A-Za-z][A-Za-z ]{2,40}))?\\.?$");
  private static final Pattern SENTENCE = Pattern.compile("[^.;]+(?:\\.(?=\\S)[^.;]*)*[.;]?");
  private static final Pattern DRAFTED = Pattern.compile("^Drafted (?:by|in) (.+)$");
  private static final Pattern SENT_OR_REPEATED = Pattern.compile(
      "^(?:Sent|Repeated|Also sent|Pouched) to (.+)$");
  private static final Pattern RECEIVED = Pattern.compile("^Received(?: at)? (.+)$");

  @Override
  public String name() {
    return "frus.source";
  }

  @Override
  public void apply(SourceText text, Draft draft) {
    int seen = 0;
    for (SourceText.Line line : text.lines()) {
      if (line.isBlank()) {
        continue;
      }
      if (++seen > DatelineRule.TOP_LINES) {
        return;
      }
      String s = line.text().strip();
      if (s.startsWith("Source:")) {
        sourceNote(line, draft);
        return;
      }
      if (seen > 1 && s.length() < 90) {
        Matcher m = FILE_LINE.matcher(s);
        Matcher f = fileNumber(s);
        if (m.matches() && f != null) {
          draft.add(Field.NUMBERS, new DocNumber("file", f.group()), line.start() + f.start(),
              line.start() + f.end(), name(), 0.95);
          if (m.group("type") != null) {
            String type = type(m.group("type"));
            draft.set(Field.TYPE, type, line.start() + m.start("type"),
                line.start() + m.end("type"), name(), 0.8);
          }
          return;
        }
      }
    }
  }

  private void sourceNote(SourceText.Line line, Draft draft) {
    String s = line.text();
    Matcher f = fileNumber(s);
    if (f != null) {
      draft.add(Field.NUMBERS, new DocNumber("file", f.group()), line.start() + f.start(),
          line.start() + f.end(), name(), 0.95);
    }
    Matcher m = SENTENCE.matcher(s);
    while (m.find()) {
      String sentence = m.group().replaceAll("[.;]$", "").strip();
      int from = line.start() + m.start();
      int to = line.start() + m.end();
      SecurityMarks.Marks marks = SecurityMarks.ofSentence(sentence);
      if (marks != null) {
        if (marks.classification() != null) {
          draft.set(Field.CLASSIFICATION, marks.classification(), from, to, name(), 0.9);
        }
        if (marks.precedence() != null) {
          draft.set(Field.PRECEDENCE, marks.precedence(), from, to, name(), 0.9);
        }
        continue;
      }
      Matcher d = DRAFTED.matcher(sentence);
      if (d.matches()) {
        draft.add(Field.HANDLING, new HandlingEvent("drafted", null,
            NameRef.of(d.group(1).strip()), null, null), from, to, name(), 0.8);
        continue;
      }
      Matcher r = SENT_OR_REPEATED.matcher(sentence);
      if (r.matches() && sentence.startsWith("Repeated")) {
        for (String post : r.group(1).split(",\\s*|\\s+and\\s+")) {
          String p = post.replaceFirst("^(?:the\\s+)", "").replaceAll("\\s+\\d+$", "").strip();
          if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
            draft.add(Field.COPIES_TO, new NameRef(p, post.strip(), null), from, to, name(),
                0.8);
          }
        }
        continue;
      }
      Matcher rec = RECEIVED.matcher(sentence);
      if (rec.matches()) {
        draft.add(Field.HANDLING, new HandlingEvent("received", null, null, null,
            rec.group(1).strip()), from, to, name(), 0.8);
      }
    }
  }

  /** A matcher standing on the line's file number, or null. */
  private static Matcher fileNumber(String s) {
    Matcher file = DECIMAL_FILE.matcher(s);
    if (file.find()) {
      return file;
    }
    Matcher lot = LOT_FILE.matcher(s);
    return lot.find() ? lot : null;
  }

  static String type(String written) {
    String t = written.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "telegram", "telegrams" -> "Telegram";
      case "circular telegram", "circular telegrams" -> "Circular Telegram";
      case "airgram" -> "Airgram";
      case "circular airgram" -> "Circular Airgram";
      case "despatch", "dispatch" -> "Despatch";
      case "letter" -> "Letter";
      case "memorandum" -> "Memorandum";
      default -> SecurityMarks.title(t);
    };
  }
}
