package org.chancery.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chancery.record.EdtfDate;

/**
 * CSL-JSON (the Citation Style Language's input schema, 1.0.2): a list with one item of
 * type {@code manuscript}. Persons are {@code family}/{@code given}, organisations
 * {@code literal}. {@code issued} has date parts for what is known, {@code circa} for an
 * approximate date, two date parts for a range, and a {@code literal} as well for a
 * range open at one end (CSL has no open ranges; the date parts keep it sortable). An
 * uncertain date keeps its date parts and is said in {@code note}, as CSL has no
 * uncertainty flag. The archive is {@code archive} and {@code publisher}, the record id
 * {@code archive_location} and {@code call-number}.
 */
final class CslJsonWriter {

  private final ObjectMapper mapper;

  CslJsonWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  String write(CitationData d) {
    ArrayNode list = mapper.createArrayNode();
    ObjectNode item = list.addObject();
    item.put("id", d.id());
    item.put("type", "manuscript");
    item.put("title", d.title());
    if (d.genre() != null) {
      item.put("genre", d.genre());
    }
    names(item, "author", d.authors());
    names(item, "recipient", d.recipients());
    names(item, "translator", d.translators());
    if (d.date() != null) {
      item.set("issued", issued(d.date()));
    }
    if (d.language() != null) {
      item.put("language", d.language());
    }
    item.put("archive", d.archive());
    item.put("publisher", d.archive());
    item.put("archive_location", d.id());
    item.put("call-number", d.id());
    if (d.collection() != null) {
      item.put("collection-title", d.collection());
    }
    item.put("URL", d.url());
    ObjectNode accessed = item.putObject("accessed");
    accessed.putArray("date-parts").addArray().add(d.accessed().getYear())
        .add(d.accessed().getMonthValue()).add(d.accessed().getDayOfMonth());
    if (d.summary() != null) {
      item.put("abstract", d.summary());
    }
    if (d.rightsUri() != null) {
      item.put("license", d.rightsUri());
    }
    String note = d.noteText();
    if (note != null) {
      item.put("note", note);
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSL-JSON for " + d.id(), e);
    }
  }

  private void names(ObjectNode item, String field, List<CitedName> names) {
    if (names.isEmpty()) {
      return;
    }
    ArrayNode a = item.putArray(field);
    for (CitedName n : names) {
      ObjectNode o = a.addObject();
      if (n.organisation()) {
        o.put("literal", n.name());
      } else {
        o.put("family", n.family());
        if (n.given() != null) {
          o.put("given", n.given());
        }
      }
    }
  }

  private ObjectNode issued(EdtfDate date) {
    ObjectNode issued = mapper.createObjectNode();
    ArrayNode parts = issued.putArray("date-parts");
    if (!date.isInterval()) {
      parts.add(parts(date));
    } else {
      String[] ends = date.text().split("/", -1);
      var from = EdtfDate.tryParse(ends[0].equals("..") ? "" : ends[0]);
      var to = EdtfDate.tryParse(ends[1].equals("..") ? "" : ends[1]);
      from.ifPresent(f -> parts.add(parts(f)));
      to.ifPresent(t -> parts.add(parts(t)));
      if (from.isEmpty() || to.isEmpty()) {
        issued.put("literal", StyleDates.APA.format(date).orElseThrow());
      }
    }
    if (date.approximate()) {
      issued.put("circa", true);
    }
    return issued;
  }

  private ArrayNode parts(EdtfDate d) {
    ArrayNode p = mapper.createArrayNode();
    var day = d.earliest();
    p.add(day.getYear());
    if (d.precision() != EdtfDate.Precision.YEAR) {
      p.add(day.getMonthValue());
    }
    if (d.precision() == EdtfDate.Precision.DAY) {
      p.add(day.getDayOfMonth());
    }
    return p;
  }
}
