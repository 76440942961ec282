package org.chancery.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.record.Authority;
import org.chancery.record.Variant;

/**
 * A FRUS volume's List of Persons as person authorities. Entries read
 * {@code <persName xml:id="p_JUA1">Johnson, U. Alexis</persName>, Ambassador to ...}: the
 * name as the editors index it, then who the person was.
 */
final class FrusPersons {

  private FrusPersons() {}

  /** Authorities keyed by their authority id (not the volume-local {@code p_} id). */
  static Map<String, Authority> read(XmlNode list, FrusVolume volume) {
    Map<String, Authority> out = new LinkedHashMap<>();
    readInto(list, volume, out);
    return out;
  }

  private static void readInto(XmlNode node, FrusVolume volume, Map<String, Authority> out) {
    for (XmlNode child : node.elements()) {
      XmlNode name = child.is("persName") && child.attr("xml:id") != null ? child
          : child.is("item") || child.is("p")
              ? child.find(n -> n.is("persName") && n.attr("xml:id") != null) : null;
      if (name == null) {
        readInto(child, volume, out);
        continue;
      }
      String preferred = TeiText.inline(name, true).replaceAll("[,;:]$", "").strip();
      if (preferred.isEmpty()) {
        continue;
      }
      String description = null;
      if (name != child) {
        String whole = TeiText.inline(child, true);
        int at = whole.indexOf(preferred);
        String rest = at >= 0 ? whole.substring(at + preferred.length()) : whole;
        rest = rest.replaceFirst("^[\\s,;:.–—-]+", "").strip();
        description = rest.isEmpty() ? null : rest;
      }
      String id = FrusTeiReader.personId(volume.id(), name.attr("xml:id"));
      out.put(id, new Authority(id, Authority.Kind.PERSON, preferred, variants(preferred).stream()
          .map(v -> Variant.of(v, Variant.Kind.NAME_ORDER)).toList(),
          description, volume.title()));
    }
  }

  /** {@code Johnson, U. Alexis} is also written {@code U. Alexis Johnson}. */
  static List<String> variants(String indexed) {
    List<String> out = new ArrayList<>();
    int comma = indexed.indexOf(',');
    if (comma > 0 && indexed.indexOf(',', comma + 1) < 0) {
      String direct = indexed.substring(comma + 1).strip() + " "
          + indexed.substring(0, comma).strip();
      if (!direct.isBlank()) {
        out.add(direct.strip());
      }
    }
    return out;
  }
}
