package org.chancery.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;
import org.chancery.record.Problem;
import org.chancery.record.RecordId;

/**
 * Reads a FRUS volume in TEI P5 as published by the Office of the Historian: one record
 * per {@code <div type="document">}, the volume as a collection, its List of Persons as
 * person authorities.
 *
 * <p>The volume is streamed; only the header, the persons list and one document at a time
 * are held as a tree. Person links are resolved after the whole file is read, because
 * nothing in TEI forces the persons list to come before the documents.
 */
final class FrusTeiReader {

  static final String FORMAT = "frus-tei";
  /** Real volumes nest a dozen deep; the tree walkers recurse, so hostile nesting stops
   * here instead of overflowing the stack. */
  static final int MAX_DEPTH = 200;

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private FrusTeiReader(String file) {
    this.file = file;
  }

  static IngestBatch read(String file, String text) {
    return new FrusTeiReader(file).read(text);
  }

  private IngestBatch read(String text) {
    FrusVolume volume = null;
    String rootId = null;
    Map<String, Authority> persons = new LinkedHashMap<>();
    List<XmlNode> personLists = new ArrayList<>();
    List<ArchivalRecord> records = new ArrayList<>();
    List<XmlNode> pendingDocs = new ArrayList<>();
    Deque<XmlNode> open = new ArrayDeque<>();
    String refused = SafeXml.refusalOf(SafeXml.doctypeOf(text));
    if (refused != null) {
      return IngestBatch.failed(file, null, refused);
    }
    try {
      XMLStreamReader r = SafeXml.reader(text);
      boolean sawRoot = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          String refusal = SafeXml.refusalOf(r.getText());
          if (refusal != null) {
            return IngestBatch.failed(file, null, refusal);
          }
        } else if (ev == XMLStreamConstants.START_ELEMENT) {
          if (!sawRoot) {
            sawRoot = true;
            if (!"TEI".equals(r.getLocalName())) {
              return IngestBatch.failed(file, "line " + r.getLocation().getLineNumber(),
                  "this XML is not TEI: its root element is <" + r.getLocalName()
                      + ">, expected <TEI>");
            }
            rootId = XmlNode.startOf(r).attr("xml:id");
            continue;
          }
          XmlNode node = XmlNode.startOf(r);
          if (open.size() >= MAX_DEPTH) {
            return IngestBatch.failed(file, "line " + r.getLocation().getLineNumber(),
                "elements are nested more than " + MAX_DEPTH + " deep; no FRUS volume does"
                    + " that, so the file is refused");
          }
          if (!open.isEmpty()) {
            open.peek().children.add(node);
            open.push(node);
          } else if (node.is("teiHeader") || node.is("div", "type", "document")
              || "persons".equals(node.attr("xml:id"))) {
            open.push(node);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (open.isEmpty()) {
            continue;
          }
          XmlNode done = open.pop();
          if (!open.isEmpty()) {
            continue;
          }
          if (done.is("teiHeader")) {
            volume = FrusVolume.of(done, rootId, file);
          } else if (done.is("div", "type", "document")) {
            pendingDocs.add(done);
            if (volume != null) {
              flush(pendingDocs, volume, records);
            }
          } else {
            personLists.add(done);
            if (volume != null) {
              persons.putAll(FrusPersons.read(done, volume));
            }
          }
        } else if (!open.isEmpty() && (ev == XMLStreamConstants.CHARACTERS
            || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE)) {
          open.peek().children.add(r.getText());
        } else if (!open.isEmpty() && ev == XMLStreamConstants.ENTITY_REFERENCE) {
          open.peek().children.add("&" + r.getLocalName() + ";");
        }
      }
    } catch (XMLStreamException e) {
      return IngestBatch.failed(file, SafeXml.where(e), SafeXml.explain(e));
    }
    // The stream reader reads from a string: there is nothing to close.
    if (volume == null) {
      volume = FrusVolume.of(null, rootId, file);
      problems.add(new Problem(file, null, "the TEI file has no teiHeader; the volume is"
          + " named after " + (rootId != null ? "its xml:id" : "the file"), false));
      for (XmlNode list : personLists) {
        persons.putAll(FrusPersons.read(list, volume));
      }
    }
    flush(pendingDocs, volume, records);
    if (records.isEmpty()) {
      return IngestBatch.failed(file, null,
          "this TEI file holds no FRUS documents (no <div type=\"document\">)");
    }
    List<ArchivalRecord> resolved = resolvePersons(records, persons);
    return new IngestBatch(file, resolved, List.of(volume.collection()),
        List.copyOf(persons.values()), problems);
  }

  private void flush(List<XmlNode> docs, FrusVolume volume, List<ArchivalRecord> out) {
    for (XmlNode doc : docs) {
      out.add(new FrusDocument(doc, volume, file, problems).toRecord());
    }
    docs.clear();
  }

  /**
   * Documents carry person links as authority ids with the written form as name; now that
   * the whole list is known, the preferred form replaces it.
   */
  private List<ArchivalRecord> resolvePersons(List<ArchivalRecord> records,
      Map<String, Authority> persons) {
    if (persons.isEmpty()) {
      return records;
    }
    List<ArchivalRecord> out = new ArrayList<>(records.size());
    for (ArchivalRecord r : records) {
      out.add(r.toBuilder()
          .persons(resolve(r.persons(), persons, r, true))
          .authors(resolve(r.authors(), persons, r, false))
          .recipients(resolve(r.recipients(), persons, r, false))
          .build());
    }
    return out;
  }

  private List<NameRef> resolve(List<NameRef> refs, Map<String, Authority> persons,
      ArchivalRecord r, boolean report) {
    List<NameRef> out = new ArrayList<>(refs.size());
    for (NameRef n : refs) {
      Authority a = n.id() == null ? null : persons.get(n.id());
      if (a != null) {
        out.add(new NameRef(a.name(), n.as(), a.id()));
      } else if (n.id() != null) {
        if (report) {
          problems.add(new Problem(file, r.origin().key(), "person link to \"" + n.id()
              + "\" (" + n.as() + ") has no entry in the List of Persons", false));
        }
        out.add(new NameRef(n.name(), n.as(), null));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /** The id a volume's person gets as an authority record. */
  static String personId(String volumeId, String pid) {
    return RecordId.slug(volumeId + "-" + pid).value();
  }

}
