package org.chancery.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Cable;
import org.chancery.record.DocNumber;
import org.chancery.record.EmbeddedDocument;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;
import org.chancery.record.Reference;

/**
 * A record as the {@code extract} contract of DESIGN.md writes it: {@code file, type, title,
 * date, datetime, origin_place, from, to, via, copies_to, classification, precedence,
 * numbers, issuing_office, stamps, persons, places, handling, embedded, references, source,
 * summary} (and {@code credit_line}, {@code rights}). Every key is always present: null or
 * [] when unknown. Embedded documents have the same shape, recursively.
 */
public final class ContractJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContractJson() {}

  /** The contract object of one record. */
  public static ObjectNode of(ArchivalRecord r) {
    ObjectNode o = NODES.objectNode();
    o.put("file", r.origin() == null ? null : r.origin().file());
    o.put("type", r.type());
    o.put("title", r.title());
    o.put("date", r.date() == null ? null : r.date().text());
    o.put("datetime", r.datetime());
    o.set("origin_place", name(r.originPlace()));
    o.set("from", names(r.authors()));
    o.set("to", names(r.recipients()));
    o.set("via", names(r.via()));
    o.set("copies_to", names(r.copiesTo()));
    Cable c = r.cable();
    o.put("classification", c.classification());
    o.put("precedence", c.precedence());
    ArrayNode numbers = numbers(c.numbers());
    if (c.copyNumber() != null) {
      numbers.add(number(new DocNumber("copy", c.copyNumber())));
    }
    if (c.series() != null) {
      numbers.add(number(new DocNumber("series", c.series())));
    }
    o.set("numbers", numbers);
    o.set("issuing_office", name(c.issuingOffice()));
    ArrayNode stamps = o.putArray("stamps");
    c.stamps().forEach(stamps::add);
    o.set("persons", names(r.persons()));
    o.set("places", names(r.places()));
    ArrayNode handling = o.putArray("handling");
    c.handling().forEach(h -> handling.add(handling(h)));
    ArrayNode embedded = o.putArray("embedded");
    c.embedded().forEach(e -> embedded.add(embedded(e)));
    o.set("references", references(c.references()));
    o.put("source", r.sources().isEmpty() ? null : String.join("; ", r.sources()));
    o.put("summary", r.summary());
    o.put("credit_line", r.creditLine());
    o.put("rights", r.rights() == null ? null : r.rights().statement());
    return o;
  }

  /** The contract object as one line of JSON. */
  public static String line(ArchivalRecord r) {
    return write(of(r));
  }

  /** The line printed for a file that could not be read: {@code {file, error}}. */
  public static String error(String file, String message) {
    ObjectNode o = NODES.objectNode();
    o.put("file", file);
    o.put("error", message);
    return write(o);
  }

  private static String write(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the extract contract as JSON", e);
    }
  }

  private static ObjectNode embedded(EmbeddedDocument e) {
    ObjectNode o = NODES.objectNode();
    o.putNull("file");
    o.put("type", e.type());
    o.putNull("title");
    o.put("date", e.date());
    o.put("datetime", e.datetime());
    o.set("origin_place", name(e.originPlace()));
    o.set("from", names(e.from()));
    o.set("to", names(e.to()));
    o.set("via", names(e.via()));
    o.set("copies_to", names(e.copiesTo()));
    o.putNull("classification");
    o.putNull("precedence");
    o.set("numbers", numbers(e.numbers()));
    o.putNull("issuing_office");
    o.putArray("stamps");
    o.putArray("persons");
    o.putArray("places");
    o.putArray("handling");
    ArrayNode inner = o.putArray("embedded");
    e.embedded().forEach(x -> inner.add(embedded(x)));
    o.set("references", references(e.references()));
    o.putNull("source");
    o.putNull("summary");
    o.put("start", e.start());
    o.put("end", e.end());
    return o;
  }

  private static ObjectNode name(NameRef n) {
    if (n == null) {
      return null;
    }
    ObjectNode o = NODES.objectNode();
    o.put("name", n.name());
    o.put("as", n.as());
    o.put("id", n.id());
    return o;
  }

  private static ArrayNode names(List<NameRef> refs) {
    ArrayNode a = NODES.arrayNode();
    refs.forEach(n -> a.add(name(n)));
    return a;
  }

  private static ObjectNode number(DocNumber n) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", n.kind());
    o.put("value", n.value());
    return o;
  }

  private static ArrayNode numbers(List<DocNumber> numbers) {
    ArrayNode a = NODES.arrayNode();
    numbers.forEach(n -> a.add(number(n)));
    return a;
  }

  private static ObjectNode handling(HandlingEvent h) {
    ObjectNode o = NODES.objectNode();
    o.put("event", h.event());
    o.put("at", h.at());
    o.set("by", name(h.by()));
    o.put("place", h.place());
    o.put("detail", h.detail());
    return o;
  }

  private static ArrayNode references(List<Reference> refs) {
    ArrayNode a = NODES.arrayNode();
    for (Reference r : refs) {
      ObjectNode o = a.addObject();
      o.put("kind", r.kind());
      o.put("date", r.date());
      o.put("number", r.number());
      o.put("target", r.target());
    }
    return a;
  }
}
