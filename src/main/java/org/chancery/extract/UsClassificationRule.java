package org.chancery.extract;

/**
 * The classification and precedence line under a US dateline ({@code top secret priority},
 * {@code secret niact}, {@code Secret; Niact}): a line near the top made only of those
 * words, so a small-caps name or a sentence is never read as one.
 */
final class UsClassificationRule implements Rule {

  @Override
  public String name() {
    return "us.classification";
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
      String s = line.text();
      if (s.length() > 60) {
        continue;
      }
      SecurityMarks.Marks m = SecurityMarks.ofLine(s);
      if (m == null) {
        continue;
      }
      if (m.classification() != null) {
        draft.set(Field.CLASSIFICATION, m.classification(), line.start(), line.end(), name(),
            0.95);
      }
      if (m.precedence() != null) {
        draft.set(Field.PRECEDENCE, m.precedence(), line.start(), line.end(), name(), 0.95);
      }
    }
  }
}
