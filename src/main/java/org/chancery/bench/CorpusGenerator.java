package org.chancery.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.chancery.archive.Progress;

/**
 * Writes a deterministic synthetic corpus: the same model, document count and seed give
 * byte-identical files. Three layouts, in the proportions of {@link Mix}:
 *
 * <ul>
 *   <li>FRUS-style TEI volumes ({@code frus/frus-NNNNN.xml}, {@value #VOLUME_SIZE}
 *       documents each, with a persons list whose ids the documents' {@code persName}s
 *       point at);
 *   <li>seed-style translated Soviet cables in the archive page layout, one file each
 *       ({@code seed/NNN/cable-...txt}, a thousand per folder);
 *   <li>US military messages as printed, without a catalogue frame
 *       ({@code military/NNN/msg-...txt}).
 * </ul>
 *
 * <p>{@code manifest.tsv} lists the files in the order their documents were drawn (path,
 * layout, documents, bytes), so that a prefix of it is a smaller corpus with the same
 * statistics. Nothing is held in memory beyond one TEI volume.
 */
public final class CorpusGenerator {

  public static final int VOLUME_SIZE = 1000;
  public static final String MANIFEST = "manifest.tsv";
  static final int FIRST_YEAR = 1945;
  static final int LAST_YEAR = 1991;

  /** Shares of the layouts, in percent. */
  public record Mix(int frus, int seed, int military) {
    public static final Mix DEFAULT = new Mix(70, 20, 10);

    public Mix {
      if (frus < 0 || seed < 0 || military < 0 || frus + seed + military != 100) {
        throw new IllegalArgumentException("the mix must be three shares adding up to 100");
      }
    }
  }

  private final CorpusModel model;
  private final Random rnd;
  private final long seed;
  private final Mix mix;
  private final Zipf wordStart;
  private final String[] persons;
  private final Zipf personZipf;
  private final String[] places;
  private final Zipf placeZipf;
  private final List<String> subjects = List.of("Korean War", "armistice negotiations",
      "prisoners of war", "Formosa", "trade controls", "Sino-Soviet relations", "United Nations",
      "military assistance", "nuclear weapons", "Berlin", "Indochina", "Japan peace treaty",
      "economic aid", "espionage", "propaganda", "border incidents", "civil aviation",
      "embassy administration", "refugees", "shipping");
  private final Zipf subjectZipf;
  private long bytes;

  public CorpusGenerator(CorpusModel model, long seed, long docs, Mix mix) {
    this.model = model;
    this.seed = seed;
    this.rnd = new Random(seed);
    this.mix = mix;
    this.wordStart = new Zipf(Math.max(1, model.starts.length), 0.6);
    this.persons = personPool(model, targetPersons(docs), new Random(seed ^ 0x5eedL));
    this.personZipf = new Zipf(persons.length, 1.0);
    this.places = model.places.toArray(new String[0]);
    this.placeZipf = new Zipf(places.length, 1.1);
    this.subjectZipf = new Zipf(subjects.size(), 1.0);
  }

  /** Distinct persons: thousands at a million documents, as in a real multi-volume archive. */
  static int targetPersons(long docs) {
    return (int) Math.max(300, Math.min(8000, Math.sqrt(docs) * 8));
  }

  /** The real persons first (most frequent first), then new given-name/surname pairs. */
  static String[] personPool(CorpusModel model, int target, Random r) {
    Set<String> pool = new LinkedHashSet<>(model.persons);
    List<String[]> parts = model.personParts();
    String[] given = parts.get(0);
    String[] surnames = parts.get(1);
    int guard = 0;
    while (pool.size() < target && given.length > 0 && surnames.length > 0
        && guard++ < target * 20) {
      String g = given[r.nextInt(given.length)];
      String middle = r.nextInt(3) == 0 ? " " + (char) ('A' + r.nextInt(26)) + "." : "";
      pool.add(g + middle + " " + surnames[r.nextInt(surnames.length)]);
    }
    return pool.stream().limit(Math.max(target, model.persons.size())).toArray(String[]::new);
  }

  public int personCount() {
    return persons.length;
  }

  public int placeCount() {
    return places.length;
  }

  /** Writes {@code docs} documents under {@code out}; returns the bytes written. */
  public long generate(Path out, long docs, Progress progress) throws IOException {
    Files.createDirectories(out);
    Path manifestFile = out.resolve(MANIFEST);
    try (Writer manifest = Files.newBufferedWriter(manifestFile, StandardCharsets.UTF_8)) {
      manifest.write("# path\tlayout\tdocuments\tbytes\n");
      List<Doc> volume = new ArrayList<>(VOLUME_SIZE);
      int volumes = 0;
      long texts = 0;
      for (long i = 0; i < docs; i++) {
        int pick = rnd.nextInt(100);
        Doc d = doc(i);
        if (pick < mix.frus()) {
          volume.add(d);
          if (volume.size() == VOLUME_SIZE) {
            writeVolume(out, ++volumes, volume, manifest);
            volume.clear();
          }
        } else {
          boolean military = pick >= mix.frus() + mix.seed();
          String layout = military ? "military" : "seed";
          String dir = String.format(Locale.ROOT, "%s/%03d", layout, texts / 1000);
          String name = String.format(Locale.ROOT, "%s/%s-s%d-%07d.txt", dir,
              military ? "msg" : "cable", seed, i);
          texts++;
          String text = military ? military(d) : seedLayout(d);
          write(out, name, text, layout, 1, manifest);
        }
        if ((i & 255) == 0) {
          progress.update("generating", i, docs);
        }
      }
      if (!volume.isEmpty()) {
        writeVolume(out, ++volumes, volume, manifest);
      }
      progress.update("generating", docs, docs);
    }
    return bytes;
  }

  private void write(Path out, String name, String text, String layout, int count,
      Writer manifest) throws IOException {
    Path p = out.resolve(name);
    Files.createDirectories(p.getParent());
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Files.write(p, b);
    bytes += b.length;
    manifest.write(name + "\t" + layout + "\t" + count + "\t" + b.length + "\n");
  }

  /** What every layout says about one document. */
  private record Doc(long n, LocalDate date, String author, String recipient, String place,
      List<String> mentioned, List<String> placesMentioned, List<String> subjects,
      String classification, String precedence, String type, int words, int number) { }

  private Doc doc(long n) {
    int md = model.monthDays.length == 0 ? 101 : model.monthDays[rnd.nextInt(model.monthDays.length)];
    int year = FIRST_YEAR + rnd.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    int month = Math.max(1, Math.min(12, md / 100));
    LocalDate first = LocalDate.of(year, month, 1);
    LocalDate date = first.withDayOfMonth(Math.max(1, Math.min(first.lengthOfMonth(), md % 100)));
    String author = persons[personZipf.sample(rnd)];
    String recipient = persons[personZipf.sample(rnd)];
    String place = places.length == 0 ? "Washington" : places[placeZipf.sample(rnd)];
    int nMentioned = rnd.nextInt(6);
    List<String> mentioned = new ArrayList<>();
    for (int k = 0; k < nMentioned; k++) {
      mentioned.add(persons[personZipf.sample(rnd)]);
    }
    List<String> pm = new ArrayList<>();
    for (int k = rnd.nextInt(3); k > 0 && places.length > 0; k--) {
      pm.add(places[placeZipf.sample(rnd)]);
    }
    List<String> subj = new ArrayList<>();
    for (int k = 1 + rnd.nextInt(2); k > 0; k--) {
      subj.add(subjects.get(subjectZipf.sample(rnd)));
    }
    String cls = pickOr(model.classifications, "secret");
    String prec = rnd.nextInt(3) == 0 ? pickOr(model.precedences, "priority") : null;
    String type = pickOr(model.types, "Telegram");
    int words = model.lengths.length == 0 ? 200
        : Math.max(20, Math.min(4000, model.lengths[rnd.nextInt(model.lengths.length)]));
    return new Doc(n, date, author, recipient, place, List.copyOf(new LinkedHashSet<>(mentioned)),
        List.copyOf(new LinkedHashSet<>(pm)), List.copyOf(new LinkedHashSet<>(subj)), cls, prec,
        type, words, 100 + rnd.nextInt(9900));
  }

  private String pickOr(List<String> values, String fallback) {
    return values.isEmpty() ? fallback : values.get(rnd.nextInt(values.size()));
  }

  /** Sentences from the bigram model, about {@code words} words, with names woven in. */
  private List<String> paragraphs(int words, List<String> names, boolean markup,
      Map<String, String> ids) {
    List<String> paras = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    int count = 0;
    int sentences = 0;
    int nameAt = 0;
    while (count < words) {
      StringBuilder s = new StringBuilder();
      if (nameAt < names.size() && rnd.nextInt(3) == 0) {
        String name = names.get(nameAt++);
        s.append(markup ? "<persName corresp=\"#" + ids.get(name) + "\">" + xml(name)
            + "</persName>" : name).append(" said that");
        count += 3;
      }
      int w = model.starts.length == 0 ? 0 : model.starts[wordStart.sample(rnd)];
      for (int k = 0; k < 60; k++) {
        String t = model.words.get(w);
        boolean punct = t.length() == 1 && ".,;:?".indexOf(t.charAt(0)) >= 0;
        if (!punct && s.length() > 0) {
          s.append(' ');
        }
        s.append(markup ? xml(t) : t);
        if (!punct) {
          count++;
        }
        if (".".equals(t) || "?".equals(t)) {
          break;
        }
        int[] next = model.successors[w];
        if (next.length == 0) {
          break;
        }
        w = next[rnd.nextInt(next.length)];
      }
      char last = s.charAt(s.length() - 1);
      if (last != '.' && last != '?') {
        s.append('.');
      }
      if (p.length() > 0) {
        p.append(' ');
      }
      p.append(s);
      if (++sentences % (3 + rnd.nextInt(4)) == 0) {
        paras.add(p.toString());
        p.setLength(0);
      }
    }
    if (p.length() > 0) {
      paras.add(p.toString());
    }
    return paras;
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // ---- FRUS TEI -------------------------------------------------------------------------

  private void writeVolume(Path out, int number, List<Doc> docs, Writer manifest)
      throws IOException {
    String id = String.format(Locale.ROOT, "frusbench%dv%05d", seed, number);
    Map<String, String> ids = new LinkedHashMap<>();
    for (Doc d : docs) {
      for (String p : names(d)) {
        ids.computeIfAbsent(p, k -> "p_" + (ids.size() + 1));
      }
    }
    StringBuilder x = new StringBuilder(docs.size() * 3000);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\""
        + " xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" xml:id=\"").append(id)
        .append("\">\n<teiHeader><fileDesc><titleStmt>\n<title type=\"complete\">Foreign Relations"
            + " of the United States, Synthetic Benchmark Volume ").append(number)
        .append("</title>\n<editor role=\"primary\">Chancery bench generator</editor>\n"
            + "</titleStmt><publicationStmt><publisher>Chancery</publisher><pubPlace>Washington"
            + "</pubPlace><date>").append(docs.get(0).date().getYear() + 30)
        .append("</date><idno type=\"frus\">").append(id).append("</idno></publicationStmt>\n"
            + "<sourceDesc><p>Generated by chancery bench generate, seed ").append(seed)
        .append("</p></sourceDesc></fileDesc></teiHeader>\n<text><front>\n"
            + "<div type=\"section\" xml:id=\"persons\"><head>List of Persons</head>\n"
            + "<list type=\"names\">\n");
    for (Map.Entry<String, String> e : ids.entrySet()) {
      String name = e.getKey();
      int sp = name.lastIndexOf(' ');
      String indexed = sp > 0 ? name.substring(sp + 1) + ", " + name.substring(0, sp) : name;
      x.append("<item><hi rend=\"strong\"><persName xml:id=\"").append(e.getValue()).append("\">")
          .append(xml(indexed)).append("</persName></hi>, official</item>\n");
    }
    x.append("</list></div></front>\n<body><div type=\"compilation\">\n");
    for (Doc d : docs) {
      tei(x, d, ids);
    }
    x.append("</div></body></text></TEI>\n");
    write(out, String.format(Locale.ROOT, "frus/frus-%05d.xml", number), x.toString(), "frus",
        docs.size(), manifest);
  }

  private static List<String> names(Doc d) {
    List<String> n = new ArrayList<>();
    n.add(d.author());
    n.add(d.recipient());
    n.addAll(d.mentioned());
    return n;
  }

  private void tei(StringBuilder x, Doc d, Map<String, String> ids) {
    int n = (int) (d.n() % 1_000_000) + 1;
    x.append("<div type=\"document\" xml:id=\"d").append(d.n() + 1).append("\" n=\"")
        .append(d.n() + 1).append("\">\n<head>").append(d.type()).append(" From <persName"
            + " type=\"from\" corresp=\"#").append(ids.get(d.author())).append("\">")
        .append(xml(d.author())).append("</persName> to <persName type=\"to\" corresp=\"#")
        .append(ids.get(d.recipient())).append("\">").append(xml(d.recipient()))
        .append("</persName><note n=\"1\" xml:id=\"d").append(d.n() + 1)
        .append("fn1\" type=\"source\">Source: Department of State, Central Files, ")
        .append(700 + n % 200).append('.').append(n % 97).append('/')
        .append(d.date().getMonthValue()).append('–').append(d.date().getDayOfMonth())
        .append(d.date().getYear() % 100).append(". ")
        .append(cap(d.classification())).append(".</note></head>\n<opener><dateline>"
            + "<placeName>").append(xml(d.place())).append("</placeName>, <date when=\"")
        .append(d.date()).append("\">").append(month(d.date())).append(' ')
        .append(d.date().getDayOfMonth()).append(", ").append(d.date().getYear())
        .append("</date>.</dateline>\n<seg><hi rend=\"smallcaps\">")
        .append(d.classification()).append("</hi></seg>");
    if (d.precedence() != null) {
      x.append("<seg><hi rend=\"smallcaps\">").append(d.precedence()).append("</hi></seg>");
    }
    x.append("</opener>\n");
    boolean first = true;
    for (String para : paragraphs(d.words(), d.mentioned(), true, ids)) {
      x.append("<p>");
      if (first) {
        x.append(d.number()).append(". ");
        first = false;
      }
      x.append(para).append("</p>\n");
    }
    if (!d.placesMentioned().isEmpty()) {
      x.append("<p>Repeated to ");
      for (int i = 0; i < d.placesMentioned().size(); i++) {
        x.append(i == 0 ? "" : ", ").append("<placeName>").append(xml(d.placesMentioned().get(i)))
            .append("</placeName>");
      }
      x.append(".</p>\n");
    }
    x.append("<closer><signed>").append(xml(surname(d.author()))).append("</signed></closer>\n"
        + "</div>\n");
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String surname(String name) {
    String[] p = name.split(" ");
    return p[p.length - 1];
  }

  // ---- seed layout (translated Soviet cable, archive page) ------------------------------

  private String seedLayout(Doc d) {
    StringBuilder t = new StringBuilder(d.words() * 7);
    LocalDate date = d.date();
    String day = date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
    t.append(month(date)).append(' ').append(date.getDayOfMonth()).append(", ")
        .append(date.getYear()).append('\n')
        .append("Cable No. ").append(d.number()).append(", ").append(d.author()).append(" to ")
        .append(d.recipient()).append('\n');
    if (rnd.nextBoolean()) {
      t.append("This document was made possible with support from Leon Levy Foundation\n");
    }
    t.append("SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY\n")
        .append("CABLE Nº ").append(d.number()).append('\n')
        .append("to Cde. ").append(surname(d.recipient())).append('\n')
        .append("from [").append(d.place().toUpperCase(Locale.ROOT)).append("] received at ")
        .append(String.format(Locale.ROOT, "%02d%02d ", rnd.nextInt(24), rnd.nextInt(60)))
        .append(day).append('\n')
        .append("Copy Nº ").append(1 + rnd.nextInt(9)).append('\n')
        .append("Series G.\nT\n")
        .append("to Cde. ").append(surname(d.recipient()).toUpperCase(Locale.ROOT)).append('\n');
    for (String p : paragraphs(d.words(), d.mentioned(), false, Map.of())) {
      t.append(p).append('\n');
    }
    t.append(surname(d.author()).toUpperCase(Locale.ROOT)).append('\n')
        .append("Nº ").append(1000 + rnd.nextInt(9000)).append('\n')
        .append(day).append('\n')
        .append("---------------------------------------------\n")
        .append("Deciphered by Fedyaev ").append(String.format(Locale.ROOT, "%02d%02d ",
            rnd.nextInt(24), rnd.nextInt(60))).append(date.getDayOfMonth()).append(' ')
        .append(month(date)).append('\n')
        .append("Eight copies printed\n\n")
        .append(d.author()).append(" writes to ").append(d.recipient()).append(" regarding ")
        .append(d.subjects().get(0)).append(".\n\n")
        .append("Author(s):\n").append(d.author()).append('\n')
        .append("Associated Places\n");
    t.append(d.place()).append('\n');
    d.placesMentioned().forEach(p -> t.append(p).append('\n'));
    t.append("Associated People & Organizations\n");
    d.mentioned().forEach(p -> t.append(p).append('\n'));
    t.append("Subjects Discussed\n");
    d.subjects().forEach(s -> t.append(s).append('\n'));
    t.append("Document Information\nSource\nArchive of the President of the Russian Federation"
        + " (APRF), fond 45, opis 1, delo ").append(300 + d.number() % 400)
        .append(".\nOriginal Archive\nArchive of the President of the Russian Federation (APRF)\n"
            + "Rights\nThe History and Public Policy Program welcomes reuse of Digital Archive"
            + " materials for research and educational purposes.\n");
    return t.toString();
  }

  // ---- military message (bare, as printed) ----------------------------------------------

  private String military(Doc d) {
    StringBuilder t = new StringBuilder(d.words() * 3);
    LocalDate date = d.date();
    String prec = d.precedence() == null ? "priority" : d.precedence();
    int hh = rnd.nextInt(24);
    int mm = rnd.nextInt(60);
    if (rnd.nextBoolean()) {
      t.append("Message\n\n").append(prec).append("\n\n")
          .append(String.format(Locale.ROOT, "C–%d. %02d%02d%02dK %s %d. This message in %d"
              + " parts.\n\n", 10000 + d.number(), date.getDayOfMonth(), hh, mm, month(date),
              date.getYear(), 1 + rnd.nextInt(5)));
    } else {
      t.append("Telegram\n\n").append(d.place()).append(", ").append(month(date)).append(' ')
          .append(date.getDayOfMonth()).append(", ").append(date.getYear()).append(".\n\n")
          .append(prec).append("\n\n")
          .append(String.format(Locale.ROOT, "HNC–%03d. %02d%02d%02dZ. CINCFE personal for"
              + " %s.\n\n", d.number() % 1000, date.getDayOfMonth(), hh, mm,
              surname(d.recipient())));
    }
    for (String p : paragraphs(Math.max(20, d.words() / 3), d.mentioned(), false, Map.of())) {
      t.append(p).append("\n\n");
    }
    t.append(surname(d.author()).toUpperCase(Locale.ROOT)).append('\n');
    return t.toString();
  }
}
