package org.chancery.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.record.Authority;
import org.chancery.record.RecordId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A FRUS volume as the evaluation needs it: its documents and its List of Persons as
 * authorities, each authority id mapped back to the volume's {@code p_…} id.
 */
final class FrusVolumeFile {

  final String volumeId;
  final List<Element> documents;
  final List<Authority> persons;
  /** Authority id → the volume's {@code p_…} id. */
  final Map<String, String> personIds;

  private FrusVolumeFile(String volumeId, List<Element> documents, List<Authority> persons,
      Map<String, String> personIds) {
    this.volumeId = volumeId;
    this.documents = documents;
    this.persons = persons;
    this.personIds = personIds;
  }

  static FrusVolumeFile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
      return of(TeiDom.parse(in), name);
    }
  }

  static FrusVolumeFile read(InputStream in, String fallbackId) throws IOException {
    return of(TeiDom.parse(in), fallbackId);
  }

  private static FrusVolumeFile of(Document dom, String fallbackId) {
    Element root = dom.getDocumentElement();
    String rootId = TeiDom.xmlId(root);
    String volumeId = rootId.isEmpty() ? fallbackId : rootId;
    List<Element> docs = TeiDom.findAll(root, e -> TeiDom.is(e, "div")
        && "document".equals(e.getAttribute("type")));
    List<Authority> persons = new ArrayList<>();
    Map<String, String> ids = new LinkedHashMap<>();
    for (Element list : TeiDom.findAll(root, e -> "persons".equals(TeiDom.xmlId(e)))) {
      for (Element p : TeiDom.findAll(list, e -> TeiDom.is(e, "persName")
          && !TeiDom.xmlId(e).isEmpty())) {
        String written = TeiDom.inline(p, false).replaceAll("[,;:]$", "").strip();
        if (written.isEmpty()) {
          continue;
        }
        String pid = TeiDom.xmlId(p);
        String id = RecordId.slug(volumeId + "-" + pid).value();
        if (ids.putIfAbsent(id, pid) == null) {
          persons.add(Authority.of(id, Authority.Kind.PERSON, written, variants(written),
              description(p, written), volumeId));
        }
      }
    }
    return new FrusVolumeFile(volumeId, docs, persons, ids);
  }

  /** The words after the name in its list entry: {@code Assistant Secretary of State ...}. */
  private static String description(Element name, String written) {
    org.w3c.dom.Node item = name.getParentNode();
    while (item != null && !TeiDom.is(item, "item") && !TeiDom.is(item, "p")) {
      item = item.getParentNode();
    }
    if (item == null) {
      return null;
    }
    String whole = TeiDom.inline(item, false);
    int at = whole.indexOf(written);
    String rest = (at >= 0 ? whole.substring(at + written.length()) : whole)
        .replaceFirst("^[\\s,;:.–—-]+", "").strip();
    return rest.isEmpty() ? null : rest;
  }

  /** {@code Johnson, U. Alexis} is also written {@code U. Alexis Johnson}. */
  private static List<String> variants(String indexed) {
    int comma = indexed.indexOf(',');
    if (comma > 0 && indexed.indexOf(',', comma + 1) < 0) {
      String direct = (indexed.substring(comma + 1).strip() + " "
          + indexed.substring(0, comma).strip()).strip();
      return List.of(direct);
    }
    return List.of();
  }
}
