package org.chancery.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chancery.record.EdtfDate;

/**
 * The schema.org description of a record as JSON-LD, for a
 * {@code <script type="application/ld+json">} block in the page head: an
 * {@code ArchiveComponent} with its creators, date, holding archive, collection,
 * language, licence, identifier and URL, and its translator and original language when
 * it is a translation.
 *
 * <p>The JSON is safe to put inside a script element as it is: {@code <}, {@code >},
 * {@code &} and the JavaScript line separators are written as {@code \\u} escapes, so a
 * title holding {@code </script>} or {@code <!--} cannot end the block or open a comment.
 */
final class JsonLdWriter {

  private final ObjectMapper mapper;

  JsonLdWriter(ObjectMapper mapper) {
    this.mapper = mapper.copy();
    this.mapper.getFactory().setCharacterEscapes(new ScriptSafe());
  }

  String write(CitationData d) {
    ObjectNode o = mapper.createObjectNode();
    o.put("@context", "https://schema.org");
    o.put("@type", "ArchiveComponent");
    o.put("@id", d.url());
    o.put("url", d.url());
    o.put("identifier", d.id());
    o.put("name", d.title());
    if (d.genre() != null) {
      o.put("genre", d.genre());
    }
    if (d.summary() != null) {
      o.put("description", d.summary());
    }
    people(o, "creator", d.authors());
    if (d.date() != null) {
      o.put("dateCreated", isoDate(d.date()));
    }
    ObjectNode archive = o.putObject("holdingArchive");
    archive.put("@type", "ArchiveOrganization");
    archive.put("name", d.archive());
    if (d.collection() != null) {
      ObjectNode part = o.putObject("isPartOf");
      part.put("@type", "Collection");
      part.put("name", d.collection());
    }
    if (d.language() != null) {
      o.put("inLanguage", d.language());
    }
    if (d.rightsUri() != null) {
      o.put("license", d.rightsUri());
    }
    people(o, "translator", d.translators());
    if (d.originalLanguage() != null || !d.translators().isEmpty()) {
      ObjectNode original = o.putObject("translationOfWork");
      original.put("@type", "CreativeWork");
      if (d.originalLanguage() != null) {
        original.put("inLanguage", d.originalLanguage());
      }
    }
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON-LD for " + d.id(), e);
    }
  }

  private static void people(ObjectNode o, String field, List<CitedName> names) {
    if (names.isEmpty()) {
      return;
    }
    ArrayNode a = o.putArray(field);
    for (CitedName n : names) {
      ObjectNode p = a.addObject();
      p.put("@type", n.organisation() ? "Organization" : "Person");
      p.put("name", n.name());
      if (!n.organisation()) {
        p.put("familyName", n.family());
        if (n.given() != null) {
          p.put("givenName", n.given());
        }
      }
      if (n.coverName() != null) {
        p.put("alternateName", n.coverName());
      }
    }
  }

  /** ISO 8601 as schema.org reads it: the qualifiers dropped, a closed range kept. */
  private static String isoDate(EdtfDate d) {
    String plain = d.text().replaceAll("[?~%]", "");
    if (!d.isInterval()) {
      return plain;
    }
    String[] ends = plain.split("/", -1);
    boolean fromOpen = ends[0].isEmpty() || ends[0].equals("..");
    boolean toOpen = ends[1].isEmpty() || ends[1].equals("..");
    return fromOpen ? ends[1] : toOpen ? ends[0] : plain;
  }

  /** Escapes what could end a script element or confuse an HTML parser inside one. */
  private static final class ScriptSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    ScriptSafe() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
