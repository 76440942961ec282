package org.chancery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's query as typed, checked and rewritten into edismax syntax that cannot fail.
 *
 * <p>What the syntax offers: words, {@code "phrases"} (with {@code ~N} proximity),
 * {@code field:value} for the fields in {@link SchemaFields#USER_FIELDS}, {@code AND},
 * {@code OR}, {@code NOT}, {@code -word}, {@code +word}, parentheses, a trailing
 * {@code *} wildcard and {@code word~} fuzzy matching.
 *
 * <p>Punctuation a reader types without meaning syntax is dropped silently: square
 * brackets and braces (texts carry editors' brackets, so {@code [Stalin]} means Stalin),
 * {@code ?} (a question, not a wildcard), {@code /}, boosts ({@code ^2}). Anything else
 * that would not parse (an unbalanced quotation mark or parenthesis, a colon after a word
 * that is no field, a lone or leading {@code *}, a backslash, a dangling operator) makes
 * the whole query fall back to its plain words, with a notice saying so.
 */
final class QueryText {

  /**
   * The query to send.
   *
   * @param query edismax query text, or null to match every record (browse)
   * @param notice what the reader should be told about a rewrite, or null
   */
  record Parsed(String query, String notice) {
    boolean matchesAll() {
      return query == null;
    }
  }

  static final int MAX_LENGTH = 1000;
  static final int MAX_WORDS = 50;

  private static final String FALLBACK_TAIL = "; showing results for the words alone.";
  private static final String FALLBACK_ALL = "; showing all records.";
  private static final Pattern BOOST = Pattern.compile("\\^[0-9.]*");
  private static final Pattern FUZZY = Pattern.compile("(.+?)~([0-2]?)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}']+");

  private QueryText() {}

  /** Parses a query as typed; never throws. */
  static Parsed parse(String raw) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      return new Parsed(null, null);
    }
    if (text.length() > MAX_LENGTH) {
      return wordsOnly(text, "Your search was longer than " + MAX_LENGTH + " characters");
    }
    Scan scan = new Scan(normalise(text));
    scan.run();
    if (scan.problem == null) {
      scan.checkOrder();
    }
    if (scan.problem != null) {
      return wordsOnly(text, "Your search had " + scan.problem);
    }
    String query = scan.render();
    return new Parsed(query.isEmpty() ? null : query, null);
  }

  /** The plain words of a query Solr itself rejected. */
  static Parsed wordsOnly(String raw) {
    return wordsOnly(raw == null ? "" : raw, "Your search could not be read as written");
  }

  private static Parsed wordsOnly(String raw, String why) {
    String words = plainWords(raw);
    return words.isEmpty()
        ? new Parsed(null, why + FALLBACK_ALL)
        : new Parsed(words, why + FALLBACK_TAIL);
  }

  /** Letters and digits only, field prefixes and operators dropped. */
  static String plainWords(String raw) {
    String text = raw;
    for (String field : SchemaFields.USER_FIELDS) {
      text = text.replaceAll("(?i)(?<![\\p{L}\\p{N}])" + field + "\\s*:", " ");
    }
    List<String> words = new ArrayList<>();
    for (String w : NON_WORD.split(text)) {
      String word = w.replaceAll("^'+|'+$", "");
      if (!word.isEmpty() && !word.equals("AND") && !word.equals("OR") && !word.equals("NOT")
          && words.size() < MAX_WORDS) {
        words.add(word);
      }
    }
    return String.join(" ", words);
  }

  private static String normalise(String text) {
    String s = text.replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
        .replaceAll("[\\[\\]{}/?]", " ");
    s = BOOST.matcher(s).replaceAll("");
    return s.replace("&&", " AND ").replace("||", " OR ");
  }

  private enum Kind { OPERAND, AND_OR, NOT, OPEN, CLOSE, FIELD }

  private record Token(Kind kind, String text) {}

  /** A single pass over the normalised text: tokens, or the first problem found. */
  private static final class Scan {
    private final String s;
    private final List<Token> tokens = new ArrayList<>();
    private String problem;
    private String pendingSign = "";
    private int depth;

    Scan(String s) {
      this.s = s;
    }

    void run() {
      int i = 0;
      while (i < s.length() && problem == null) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '"') {
          i = phrase(i);
        } else if (c == '(') {
          depth++;
          add(Kind.OPEN, takeSign() + "(");
          i++;
        } else if (c == ')') {
          if (--depth < 0) {
            problem = "an unbalanced parenthesis";
          }
          pendingSign = "";
          add(Kind.CLOSE, ")");
          i++;
        } else {
          i = word(i);
        }
      }
      if (problem == null && depth != 0) {
        problem = "an unbalanced parenthesis";
      }
    }

    private int phrase(int start) {
      int end = s.indexOf('"', start + 1);
      if (end < 0) {
        problem = "an unbalanced quotation mark";
        return s.length();
      }
      String inside = s.substring(start + 1, end);
      int i = end + 1;
      String slop = "";
      if (i < s.length() && s.charAt(i) == '~') {
        int j = i + 1;
        while (j < s.length() && Character.isDigit(s.charAt(j)) && j - i <= 2) {
          j++;
        }
        slop = j > i + 1 ? s.substring(i, j) : "";
        i = j;
      }
      if (inside.indexOf('\\') >= 0) {
        problem = "a backslash";
      } else if (!inside.isBlank()) {
        add(Kind.OPERAND, takeSign() + '"' + inside.strip() + '"' + slop);
      } else {
        takeSign();
      }
      return i;
    }

    private int word(int start) {
      int i = start;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))
          && "\"()".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String w = s.substring(start, i);
      pendingSign = "";
      switch (w) {
        case "AND", "OR" -> add(Kind.AND_OR, w);
        case "NOT" -> add(Kind.NOT, w);
        default -> term(w, i < s.length() && !Character.isWhitespace(s.charAt(i)));
      }
      return i;
    }

    /** A word, possibly signed and fielded; {@code glued}: a quote or parenthesis follows. */
    private void term(String w, boolean glued) {
      int b = 0;
      String sign = "";
      while (b < w.length() && "+-!".indexOf(w.charAt(b)) >= 0) {
        sign = w.charAt(b) == '+' ? "+" : "-";
        b++;
      }
      String body = w.substring(b);
      if (body.isEmpty()) {
        // a sign alone: "Mao - Stalin" is punctuation, -"phrase" and -(a b) are negations
        pendingSign = glued ? sign : "";
        return;
      }
      if (body.indexOf('\\') >= 0) {
        problem = "a backslash";
        return;
      }
      int colon = body.indexOf(':');
      if (colon >= 0) {
        String field = body.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = body.substring(colon + 1);
        if (!SchemaFields.USER_FIELDS.contains(field) || rest.indexOf(':') >= 0) {
          problem = "a colon that does not follow a field name (" + fieldList() + ")";
          return;
        }
        add(Kind.FIELD, sign + field + ":");
        if (!rest.isEmpty()) {
          value("", rest);
        }
        return;
      }
      value(sign, body);
    }

    private void value(String sign, String body) {
      if (body.equals("AND") || body.equals("OR") || body.equals("NOT")) {
        problem = "an AND, OR or NOT with nothing to join";
        return;
      }
      if (body.startsWith("*")) {
        problem = body.chars().allMatch(c -> c == '*')
            ? "a lone wildcard (*)" : "a wildcard (*) at the start of a word";
        return;
      }
      String fuzzy = "";
      Matcher m = FUZZY.matcher(body);
      if (m.matches()) {
        body = m.group(1);
        fuzzy = "~" + m.group(2);
      }
      StringBuilder out = new StringBuilder(sign.isEmpty() ? "" : sign.substring(0, 1));
      for (int k = 0; k < body.length(); k++) {
        char c = body.charAt(k);
        if ("+-!~&|:^".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
      add(Kind.OPERAND, out + fuzzy);
    }

    private String takeSign() {
      String sign = pendingSign;
      pendingSign = "";
      return sign;
    }

    private void add(Kind kind, String text) {
      tokens.add(new Token(kind, text));
    }

    /** Operators need something on each side; a field needs a value; () needs content. */
    void checkOrder() {
      for (int k = 0; k < tokens.size() && problem == null; k++) {
        Kind prev = k == 0 ? null : tokens.get(k - 1).kind();
        Kind next = k + 1 < tokens.size() ? tokens.get(k + 1).kind() : null;
        switch (tokens.get(k).kind()) {
          case AND_OR -> {
            if ((prev != Kind.OPERAND && prev != Kind.CLOSE) || !startsOperand(next)) {
              problem = "an AND, OR or NOT with nothing to join";
            }
          }
          case NOT -> {
            if (!startsOperand(next) || next == Kind.NOT) {
              problem = "an AND, OR or NOT with nothing to join";
            }
          }
          case FIELD -> {
            if (next != Kind.OPERAND && next != Kind.OPEN) {
              problem = "a colon that does not follow a field name (" + fieldList() + ")";
            }
          }
          case OPEN -> {
            if (next == Kind.CLOSE) {
              problem = "empty parentheses";
            }
          }
          default -> { }
        }
      }
    }

    private static boolean startsOperand(Kind k) {
      return k == Kind.OPERAND || k == Kind.OPEN || k == Kind.NOT || k == Kind.FIELD;
    }

    String render() {
      StringBuilder out = new StringBuilder();
      for (Token t : tokens) {
        char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
        boolean glue = last == ' ' || last == ':' || last == '(' || t.kind() == Kind.CLOSE;
        out.append(glue ? "" : " ").append(t.text());
      }
      return out.toString();
    }

    private static String fieldList() {
      return String.join(", ", SchemaFields.USER_FIELDS.stream().map(f -> f + ":").toList());
    }
  }
}
