package org.chancery.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the generator samples from: statistics read from real documents (FRUS TEI volumes,
 * the seed cable, the shipped authority file). Built once per generation; every list is
 * in a deterministic order so that the same sources and seed give the same corpus.
 *
 * <ul>
 *   <li>a word bigram model over the document bodies (Zipfian by construction: a word is
 *       drawn as often as it follows its predecessor in the real text);
 *   <li>document lengths in words, months and days of the real dates, document types;
 *   <li>persons (FRUS persons lists, {@code persName} markup, authorities), places
 *       (datelines, {@code placeName} markup, place authorities, "in/at/from X" phrases),
 *       classifications and precedences as written.
 * </ul>
 */
public final class CorpusModel {

  private static final Pattern DOC_SPLIT = Pattern.compile("<div type=\"document\"");
  private static final Pattern NOTE = Pattern.compile("(?s)<note\\b.*?</note>");
  private static final Pattern HEAD = Pattern.compile("(?s)<head\\b.*?</head>");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern TOKEN =
      Pattern.compile("[A-Za-z][A-Za-z’'\\-]*[A-Za-z]|[A-Za-z]|[0-9]+|[.,;:?]");
  private static final Pattern WHEN = Pattern.compile("<date[^>]*when=\"(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern PLACE = Pattern.compile("(?s)<placeName[^>]*>(.*?)</placeName>");
  private static final Pattern PERS = Pattern.compile("(?s)<persName[^>]*>(.*?)</persName>");
  private static final Pattern SMALLCAPS =
      Pattern.compile("(?s)<hi rend=\"smallcaps\">([^<]{3,40})</hi>");
  private static final Pattern SOURCE_TYPE =
      Pattern.compile("(?s)type=\"source\"[^>]*>[^<]*?:\\s*(Telegram|Airgram|Despatch|Letter)");
  private static final Pattern HEAD_TYPE = Pattern.compile(
      "^\\W*(?:\\d+\\.\\s*)?(Telegram|Memorandum|Letter|Despatch|Airgram|Note|Message|Paper"
          + "|Minutes|Report|Editorial Note|Record|Statement)");
  private static final Pattern PLACE_PHRASE = Pattern.compile(
      "\\b(?:in|at|from|to) ((?:[A-Z][a-z]{2,})(?: [A-Z][a-z]{2,})?)");
  private static final Set<String> NOT_PLACES = Set.of("the", "The", "Department", "State",
      "United", "Government", "Chinese", "Communist", "Communists", "President", "Secretary",
      "Ambassador", "Embassy", "General", "Assembly", "Council", "Nations", "National",
      "American", "British", "Soviet", "Congress", "Committee", "Mission", "Minister",
      "Foreign", "Defense", "Army", "Navy", "Air", "Staff", "Joint", "Chiefs", "Office",
      "This", "That", "His", "Her", "Our", "Your", "Their", "Mr", "January", "February",
      "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "Deptel", "Embtel", "Ibid", "Conference", "Commission", "Section", "Annex",
      "Point", "Article", "Paragraph", "Bureau", "Division", "Western", "Eastern", "Dept",
      "Part", "Third", "First", "Second", "Party", "Chi", "Fon", "Tib");
  static final List<String> CLASSIFICATIONS =
      List.of("top secret", "secret", "confidential", "restricted", "unclassified");
  static final List<String> PRECEDENCES = List.of("niact", "priority", "operational immediate",
      "flash", "emergency", "immediate", "routine");

  /** word index → successor word indexes, with repetition (sampling = frequency). */
  final List<String> words = new ArrayList<>();
  final int[][] successors;
  final int[] starts;
  final int[] lengths;
  final int[] monthDays;
  final List<String> persons;
  final List<String> places;
  final List<String> types;
  final List<String> classifications;
  final List<String> precedences;
  final String source;

  private CorpusModel(Builder b, String source) {
    this.source = source;
    this.words.addAll(b.vocab.keySet());
    this.successors = new int[words.size()][];
    for (int i = 0; i < words.size(); i++) {
      List<Integer> next = b.next.get(i);
      successors[i] = next == null ? new int[0] : next.stream().mapToInt(Integer::intValue).toArray();
    }
    this.starts = b.sentenceStarts.stream().mapToInt(Integer::intValue).toArray();
    this.lengths = b.lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
    this.monthDays = b.monthDays.stream().mapToInt(Integer::intValue).toArray();
    this.persons = byFrequency(b.persons);
    // a capitalised word after "in"/"at" that is also part of a person's name is a person
    Set<String> nameWords = new java.util.HashSet<>();
    b.persons.keySet().forEach(p -> nameWords.addAll(Arrays.asList(p.split(" "))));
    Map<String, Integer> places = new HashMap<>(b.places);
    places.keySet().removeIf(p -> !b.marked.contains(p)
        && (Arrays.stream(p.split(" ")).anyMatch(nameWords::contains) || p.length() < 4));
    this.places = byFrequency(places);
    this.types = b.types;
    this.classifications = b.classifications;
    this.precedences = b.precedences;
  }

  /** Most frequent first, ties alphabetically: the head of the Zipf curve is the real one. */
  private static List<String> byFrequency(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> e = new ArrayList<>(new TreeMap<>(counts).entrySet());
    e.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    return e.stream().map(Map.Entry::getKey).toList();
  }

  /**
   * The model from {@code frusDir}'s {@code *.xml} volumes when it exists, else from the
   * demo collection on the classpath; the seed cable and the authority file always.
   */
  public static CorpusModel load(Path frusDir) {
    Builder b = new Builder();
    String source;
    if (frusDir != null && Files.isDirectory(frusDir)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(frusDir)) {
        files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Path f : files) {
        try {
          b.tei(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + f, e);
        }
      }
      source = files.stream().map(p -> p.getFileName().toString()).toList().toString();
    } else {
      b.tei(resource("demo/frus1951v07p2-demo.xml"));
      b.tei(resource("demo/frus1955-57v03-excerpt.xml"));
      source = "classpath demo collection";
    }
    b.seed(resource("demo/seed.txt"));
    b.authorities(resource("authorities/cold-war.json"));
    return new CorpusModel(b, source + " + seed.txt + cold-war.json");
  }

  static String resource(String name) {
    try (InputStream in = CorpusModel.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-line description of what was read. */
  public String describe() {
    return String.format(Locale.ROOT, "model from %s: %,d word types, %,d documents' lengths"
        + " (median %d words), %,d persons, %,d places, %,d dates", source, words.size(),
        lengths.length, lengths.length == 0 ? 0 : lengths[lengths.length / 2], persons.size(),
        places.size(), monthDays.length);
  }

  private static String clean(String markup) {
    String s = TAG.matcher(markup).replaceAll(" ");
    s = s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  private static final class Builder {
    final Map<String, Integer> vocab = new LinkedHashMap<>();
    final Map<Integer, List<Integer>> next = new HashMap<>();
    final List<Integer> sentenceStarts = new ArrayList<>();
    final List<Integer> lengths = new ArrayList<>();
    final List<Integer> monthDays = new ArrayList<>();
    final Map<String, Integer> persons = new HashMap<>();
    final Map<String, Integer> places = new HashMap<>();
    final List<String> types = new ArrayList<>();
    final List<String> classifications = new ArrayList<>();
    final List<String> precedences = new ArrayList<>();
    final List<String> order = new ArrayList<>();
    final Set<String> marked = new java.util.HashSet<>();

    void tei(String xml) {
      String[] docs = DOC_SPLIT.split(xml);
      for (int d = 1; d < docs.length; d++) {
        // the rest of the opening tag (attributes such as frus:doc-dateTime-min) is not text
        String doc = docs[d].substring(docs[d].indexOf('>') + 1);
        int end = doc.indexOf("<div type=\"");
        if (end > 0) {
          doc = doc.substring(0, end);
        }
        Matcher w = WHEN.matcher(doc);
        if (w.find()) {
          monthDays.add(Integer.parseInt(w.group(2)) * 100 + Integer.parseInt(w.group(3)));
        }
        Matcher pl = PLACE.matcher(doc);
        while (pl.find()) {
          String place = clean(pl.group(1)).replaceAll("[\\[\\],.]", "").strip();
          add(places, place, 3);
          marked.add(place);
        }
        Matcher pe = PERS.matcher(doc);
        while (pe.find()) {
          person(clean(pe.group(1)));
        }
        Matcher sc = SMALLCAPS.matcher(doc);
        while (sc.find()) {
          String v = sc.group(1).strip().toLowerCase(Locale.ROOT);
          if (CLASSIFICATIONS.contains(v)) {
            classifications.add(v);
          } else if (PRECEDENCES.contains(v)) {
            precedences.add(v);
          }
        }
        Matcher head = HEAD.matcher(doc);
        String type = null;
        if (head.find()) {
          Matcher t = HEAD_TYPE.matcher(clean(NOTE.matcher(head.group()).replaceAll(" ")));
          type = t.find() ? t.group(1) : null;
        }
        Matcher st = SOURCE_TYPE.matcher(doc);
        if (st.find() && (type == null || "Telegram".equals(st.group(1)))) {
          type = st.group(1);
        }
        types.add(type == null ? "Memorandum" : type);
        String body = clean(NOTE.matcher(HEAD.matcher(doc).replaceAll(" ")).replaceAll(" "));
        lengths.add(text(body));
      }
      // the persons list: "Surname, Given" → "Given Surname"
      Matcher pe = Pattern.compile("<persName[^>]*xml:id=\"p_[^>]*>(.*?)</persName>").matcher(xml);
      while (pe.find()) {
        String n = clean(pe.group(1));
        int comma = n.indexOf(',');
        person(comma > 0 ? n.substring(comma + 1).strip() + " " + n.substring(0, comma) : n);
      }
    }

    void seed(String text) {
      text(text);
      monthDays.add(1018);
      types.add("Cable");
    }

    void authorities(String json) {
      try {
        JsonNode all = new ObjectMapper().readTree(json);
        for (JsonNode a : all) {
          String kind = a.path("kind").asText();
          String name = a.path("name").asText();
          if ("PERSON".equals(kind)) {
            add(persons, name, 5);
          } else if ("PLACE".equals(kind)) {
            add(places, name, 5);
            marked.add(name);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void person(String n) {
      String s = n.replaceAll("[\\[\\]()’'.,]+$", "").replaceAll("’s$", "").strip();
      if (s.length() >= 4 && s.length() <= 40 && Character.isUpperCase(s.charAt(0))
          && !s.contains("  ")) {
        add(persons, s, 1);
      }
    }

    private static void add(Map<String, Integer> m, String key, int weight) {
      if (!key.isBlank() && key.length() <= 40) {
        m.merge(key, weight, Integer::sum);
      }
    }

    /** Adds a body to the bigram model; returns its length in words. */
    int text(String body) {
      Matcher m = TOKEN.matcher(body);
      int prev = -1;
      int count = 0;
      while (m.find()) {
        String t = m.group();
        Integer known = vocab.get(t);
        int id = known == null ? vocab.size() : known;
        if (known == null) {
          vocab.put(t, id);
          order.add(t);
        }
        if (prev < 0 || ".".equals(order.get(prev))) {
          if (Character.isUpperCase(t.charAt(0))) {
            sentenceStarts.add(id);
          }
        }
        if (prev >= 0) {
          next.computeIfAbsent(prev, k -> new ArrayList<>()).add(id);
        }
        if (Character.isLetter(t.charAt(0))) {
          count++;
        }
        prev = id;
      }
      Matcher ph = PLACE_PHRASE.matcher(body);
      while (ph.find()) {
        String p = ph.group(1);
        if (!NOT_PLACES.contains(p.split(" ")[0]) && !NOT_PLACES.contains(p)) {
          add(places, p, 1);
        }
      }
      return count;
    }

  }

  /** Persons with at least two words (given name and surname), for new combinations. */
  List<String[]> personParts() {
    Set<String> given = new LinkedHashSet<>();
    Set<String> surnames = new LinkedHashSet<>();
    for (String p : persons) {
      String[] parts = p.split(" ");
      if (parts.length >= 2 && parts.length <= 4) {
        given.add(parts[0]);
        surnames.add(parts[parts.length - 1]);
      }
    }
    return List.of(given.toArray(new String[0]), surnames.toArray(new String[0]));
  }
}
