package org.chancery.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Rewrites a query so that each name a {@link QueryExpansion} recognised is searched in
 * every form, the typed form boosted, and explains afterwards which form each hit holds.
 *
 * <p>How: each usable name is replaced in the typed text by a placeholder word before
 * {@link QueryText} parses it, so the query syntax (signs, fields, operators, the
 * fallback to plain words) treats the name as one operand; the placeholder in the
 * rendered query then becomes {@code ("typed"^10 OR "form" OR ...)}. A name after
 * {@code person:} becomes {@code person:(...)}, so fielded clauses expand too. Names
 * inside a quoted phrase are not expanded: quotation marks ask for that exact wording.
 *
 * <p>Why a hit matched is read in the same request: for each other form a pseudo-field
 * {@code exists(query(...))} tells, for the hits of the page only, whether the record holds
 * that form.
 */
final class Expansions {

  /** The typed form's boost: a record with the form typed ranks above one with another. */
  static final int TYPED_BOOST = 10;
  static final int MAX_FORMS = 40;
  static final int MAX_CHECKS = 40;
  static final int NOTE_FORMS = 8;
  static final String CHECK_FIELDS =
      "title summary names body body_ru body_zh body_ko body_other text";

  private static final String QUOTES = "\"\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB";
  private static final String BEFORE_OK = "(:+-![{/?\"";
  private static final String AFTER_OK = ")]}/?\"";
  private static final Pattern FIELD_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])("
      + String.join("|", SchemaFields.USER_FIELDS) + "):$");

  /** One expanded name: its placeholder, clause and the forms whose presence is checked. */
  private record Use(NameMatch match, String placeholder, String clause, String checkFields,
      List<String> checked) {}

  private final String text;
  private final List<Use> uses;

  private Expansions(String text, List<Use> uses) {
    this.text = text;
    this.uses = uses;
  }

  static Expansions none(String raw) {
    return new Expansions(raw == null ? "" : raw, List.of());
  }

  /** Keeps the usable matches (see the class comment) and puts placeholders in their place. */
  static Expansions plan(String raw, List<NameMatch> matches) {
    String typed = raw == null ? "" : raw;
    List<NameMatch> sorted = new ArrayList<>(matches == null ? List.of() : matches);
    sorted.sort(Comparator.comparingInt(NameMatch::start)
        .thenComparing(Comparator.comparingInt((NameMatch m) -> m.end() - m.start()).reversed()));
    StringBuilder out = new StringBuilder();
    List<Use> uses = new ArrayList<>();
    int at = 0;
    int checks = 0;
    for (NameMatch m : sorted) {
      if (m.start() < at || m.end() > typed.length() || !usable(typed, m)) {
        continue;
      }
      List<String> others = m.otherForms().stream().map(Expansions::clean)
          .filter(f -> !f.isBlank()).limit(MAX_FORMS).toList();
      String typedForm = clean(typed.substring(m.start(), m.end()));
      if (others.isEmpty() || typedForm.isBlank()) {
        continue;
      }
      String placeholder = "zqxname" + uses.size() + "zqx";
      StringBuilder clause = new StringBuilder("(\"").append(typedForm).append("\"^")
          .append(TYPED_BOOST);
      others.forEach(f -> clause.append(" OR \"").append(f).append('"'));
      clause.append(')');
      Matcher field = FIELD_BEFORE.matcher(typed.substring(0, m.start()));
      String checkFields = field.find()
          ? SchemaFields.USER_FIELD_ALIASES.getOrDefault(field.group(1).toLowerCase(Locale.ROOT),
              field.group(1).toLowerCase(Locale.ROOT))
          : CHECK_FIELDS;
      // a form holding the typed words is found by the typed form itself: nothing to explain
      List<String> checked = new ArrayList<>();
      for (String f : others) {
        if (checks < MAX_CHECKS && !containsWords(f, typedForm)) {
          checked.add(f);
          checks++;
        }
      }
      out.append(typed, at, m.start()).append(placeholder);
      at = m.end();
      uses.add(new Use(m, placeholder, clause.toString(), checkFields, checked));
    }
    out.append(typed.substring(at));
    return uses.isEmpty() ? none(typed) : new Expansions(out.toString(), uses);
  }

  /** Outside a quoted phrase, and not glued to a word, a wildcard or a fuzzy mark. */
  private static boolean usable(String text, NameMatch m) {
    long quotes = text.substring(0, m.start()).chars().filter(c -> QUOTES.indexOf(c) >= 0)
        .count();
    if (quotes % 2 == 1) {
      return false;
    }
    char before = m.start() == 0 ? ' ' : text.charAt(m.start() - 1);
    char after = m.end() == text.length() ? ' ' : text.charAt(m.end());
    boolean beforeOk = Character.isWhitespace(before) || BEFORE_OK.indexOf(before) >= 0;
    boolean afterOk = Character.isWhitespace(after) || AFTER_OK.indexOf(after) >= 0;
    return beforeOk && afterOk && !text.substring(m.start(), m.end()).contains("\"");
  }

  /** A form as a phrase: no quotation marks or backslashes, spaces collapsed. */
  private static String clean(String form) {
    return form.replaceAll("[\\\\\"\u201C\u201D]", " ").replaceAll("\\s+", " ").strip();
  }

  private static boolean containsWords(String form, String typed) {
    String f = " " + words(form) + " ";
    String t = words(typed);
    return !t.isEmpty() && f.contains(" " + t + " ");
  }

  private static String words(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The query as typed, names replaced by placeholders, parsed. */
  QueryText.Parsed parse() {
    return substitute(QueryText.parse(text));
  }

  /** The plain words of the query, names still expanded (Solr rejected the query). */
  QueryText.Parsed wordsOnly() {
    return substitute(QueryText.wordsOnly(text));
  }

  private QueryText.Parsed substitute(QueryText.Parsed p) {
    if (p.matchesAll() || uses.isEmpty()) {
      return p;
    }
    String q = p.query();
    for (Use u : uses) {
      q = q.replace(u.placeholder(), u.clause());
    }
    return new QueryText.Parsed(q, p.notice());
  }

  /** Adds one pseudo-field per checked form to the request: does the hit hold it? */
  void addChecks(SolrQuery s) {
    int n = 0;
    for (Use u : uses) {
      s.set("xqf" + uses.indexOf(u), u.checkFields());
      for (String f : u.checked()) {
        s.set("xw" + n, '"' + f + '"');
        s.addField("why" + n + ":exists(query({!edismax qf=$xqf" + uses.indexOf(u)
            + " v=$xw" + n + "}))");
        n++;
      }
    }
  }

  /** Why a hit matched: the other forms it holds, each with why it counts. */
  List<String> why(SolrDocument d) {
    List<String> out = new ArrayList<>();
    int n = 0;
    for (Use u : uses) {
      for (String f : u.checked()) {
        if (Boolean.TRUE.equals(d.getFirstValue("why" + n))) {
          out.add("matched " + f + " — " + u.match().reason(f));
        }
        n++;
      }
    }
    return out;
  }

  /** For the page: {@code Also searched: Filippov, Feng Xi (forms of Joseph Stalin)}. */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    for (Use u : uses) {
      List<String> others = u.match().otherForms();
      String listed = String.join(", ", others.subList(0, Math.min(NOTE_FORMS, others.size())));
      String more = others.size() > NOTE_FORMS
          ? " and " + (others.size() - NOTE_FORMS) + " more" : "";
      out.add("Also searched: " + listed + more + " (forms of " + u.match().preferred() + ")");
    }
    return out;
  }
}
