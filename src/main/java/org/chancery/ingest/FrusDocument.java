package org.chancery.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Cable;
import org.chancery.record.DocNumber;
import org.chancery.record.NameRef;
import org.chancery.record.Note;
import org.chancery.record.Origin;
import org.chancery.record.Problem;
import org.chancery.record.RecordId;
import org.chancery.record.Text;

/**
 * One {@code <div type="document">} of a FRUS volume as a record. The editors' markup is
 * trusted where it exists (dates, places, person links, from/to); the printed conventions
 * (source note, small-caps classification line, message number) fill in the rest.
 */
final class FrusDocument {

  /** A decimal file number ({@code 793B.00/6–351}, {@code 611.95A251/8–455}). */
  private static final Pattern DECIMAL_FILE = Pattern.compile(
      "\\b\\d{3}[A-Z]?\\.[0-9A-Z]+(?:[–-][A-Z]{1,3})?/\\d{1,2}[–-]\\d{3,6}\\b");
  private static final Pattern LOT_FILE = Pattern.compile("\\bLot \\d+ [A-Z] \\d+\\b");
  private static final Pattern SOURCE_TYPE = Pattern.compile(":\\s*([A-Za-z][A-Za-z ]*)$");
  private static final Pattern MESSAGE_NUMBER = Pattern.compile("^((?:[A-Z]{1,4}[ –-]?)?\\d{1,6})\\.\\s");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[A-Z]?\\.\\s+");
  private static final Set<String> SENT_TYPES = Set.of("Telegram", "Circular Telegram",
      "Draft Telegram", "Airgram", "Circular Airgram", "Cable", "Message");

  private final XmlNode doc;
  private final FrusVolume volume;
  private final String file;
  private final List<Problem> problems;
  private final String key;

  FrusDocument(XmlNode doc, FrusVolume volume, String file, List<Problem> problems) {
    this.doc = doc;
    this.volume = volume;
    this.file = file;
    this.problems = problems;
    String xmlId = doc.attr("xml:id");
    this.key = xmlId != null ? xmlId
        : doc.attr("n") != null ? "d" + doc.attr("n") : "line-" + doc.line;
  }

  ArchivalRecord toRecord() {
    XmlNode head = doc.child("head");
    String headText = head == null ? "" : TeiText.inline(head, true);
    String title = LEADING_NUMBER.matcher(headText).replaceFirst("").strip();
    if (title.isEmpty()) {
      title = "Document " + key + " of " + volume.title();
      warn("the document has no heading; its title was made up from its number");
    }
    ArchivalRecord.Builder b = ArchivalRecord.builder(RecordId.slug(volume.id() + "-" + key))
        .title(title)
        .languages(List.of("en"))
        .collection(volume.id())
        .rights(FrusVolume.RIGHTS)
        .origin(new Origin(FrusTeiReader.FORMAT, file, key));

    XmlNode sourceNote = doc.find(n -> n.is("note", "type", "source"));
    String source = sourceNote == null ? null
        : TeiText.inline(sourceNote, true).replaceFirst("^Source:\\s*", "");
    if (source != null && !source.isEmpty()) {
      b.source(source);
    }

    FrusHead parties = FrusHead.read(head, title, volume.id());
    String type = parties.type() != null ? parties.type() : typeFromSource(source);
    b.type(type);
    b.authors(parties.from()).recipients(parties.to());

    FrusDate date = FrusDate.of(doc);
    if (date.edtf() == null) {
      warn("the document has no date (no dateline date and no frus:doc-dateTime)");
    }
    b.date(date.edtf()).datetime(date.datetime());

    XmlNode place = doc.find(n -> n.is("dateline"));
    place = place == null ? null : place.find(n -> n.is("placeName"));
    if (place != null && !TeiText.inline(place, true).isEmpty()) {
      String written = TeiText.inline(place, true);
      b.originPlace(new NameRef(written, written, null));
    }

    b.persons(personsMentioned());
    b.notes(footnotes());
    String body = TeiText.body(doc);
    if (!body.isEmpty()) {
      b.text(new Text(Text.Kind.ORIGINAL, "en", body, null, volume.title()));
    }
    b.cable(cable(type, source));
    return b.build();
  }

  private void warn(String message) {
    problems.add(new Problem(file, key, message, false));
  }

  private static String typeFromSource(String source) {
    if (source == null) {
      return "Document";
    }
    Matcher m = SOURCE_TYPE.matcher(source);
    if (!m.find()) {
      return "Document";
    }
    String t = m.group(1).strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "telegram", "telegrams" -> "Telegram";
      case "circular telegram", "circular telegrams" -> "Circular Telegram";
      case "airgram" -> "Airgram";
      case "circular airgram" -> "Circular Airgram";
      case "despatch", "dispatch" -> "Despatch";
      case "letter" -> "Letter";
      case "memorandum" -> "Memorandum";
      case "note" -> "Note";
      default -> "Document";
    };
  }

  private Cable cable(String type, String source) {
    List<DocNumber> numbers = new ArrayList<>();
    if (SENT_TYPES.contains(type)) {
      XmlNode firstP = doc.child("p");
      if (firstP != null) {
        Matcher m = MESSAGE_NUMBER.matcher(TeiText.inline(firstP, true));
        if (m.find()) {
          numbers.add(new DocNumber("message", m.group(1)));
        }
      }
    }
    if (source != null) {
      Matcher m = DECIMAL_FILE.matcher(source);
      if (m.find()) {
        numbers.add(new DocNumber("file", m.group()));
      } else {
        Matcher lot = LOT_FILE.matcher(source);
        if (lot.find()) {
          numbers.add(new DocNumber("file", lot.group()));
        }
      }
    }
    Classification marks = Classification.NONE;
    XmlNode opener = doc.child("opener");
    if (opener != null) {
      for (XmlNode sc : opener.findAll(n -> n.is("hi", "rend", "smallcaps"))) {
        if (isInside(opener, sc, "dateline")) {
          continue;
        }
        marks = marks.or(Classification.ofLine(TeiText.inline(sc, true)));
      }
    }
    if (source != null) {
      marks = marks.or(Classification.ofSourceNote(source));
    }
    if (numbers.isEmpty() && marks.classification() == null && marks.precedence() == null) {
      return Cable.NONE;
    }
    return new Cable(null, numbers, marks.classification(), marks.precedence(), null, null,
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static boolean isInside(XmlNode root, XmlNode target, String ancestorName) {
    for (XmlNode a : root.findAll(n -> n.is(ancestorName))) {
      if (a.find(n -> n == target) != null) {
        return true;
      }
    }
    return false;
  }

  /** Every linked person once, with the form first written; resolved to the list later. */
  private List<NameRef> personsMentioned() {
    Map<String, NameRef> seen = new LinkedHashMap<>();
    for (XmlNode p : doc.findAll(n -> n.is("persName") && n.attr("corresp") != null)) {
      String ref = p.attr("corresp").strip();
      if (!ref.startsWith("#") || ref.length() < 2) {
        continue;
      }
      String id = FrusTeiReader.personId(volume.id(), ref.substring(1).split("\\s+")[0]);
      String written = TeiText.inline(p, true);
      if (!written.isEmpty()) {
        seen.putIfAbsent(id, new NameRef(written, written, id));
      }
    }
    return new ArrayList<>(seen.values());
  }

  private List<Note> footnotes() {
    List<Note> out = new ArrayList<>();
    for (XmlNode n : doc.findAll(x -> x.is("note") && x.attr("n") != null)) {
      String text = TeiText.inline(n, true);
      if (!text.isEmpty()) {
        out.add(new Note(n.attr("n"), text));
      }
    }
    return out;
  }
}
