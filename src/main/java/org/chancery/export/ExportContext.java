package org.chancery.export;

import java.util.Map;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.RecordId;
import org.chancery.record.RecordJson;

/**
 * What writers need besides the records: where permalinks point and the collections'
 * titles.
 *
 * @param baseUrl the public URL of the archive without a trailing slash
 *     ({@code https://archive.example.org}), or empty when unknown (a command-line export
 *     without {@code site.base-url}): links are then site-relative paths
 * @param siteName the archive's name, the publisher in TEI headers
 * @param collections collections by id
 * @param kinds what each linked authority names, by id (persName, orgName or placeName in
 *     TEI); may hold only the authorities the records at hand link
 * @param json the record JSON form, for JSON Lines
 */
record ExportContext(String baseUrl, String siteName, Map<String, Collection> collections,
    Map<String, Authority.Kind> kinds, RecordJson json) {

  ExportContext {
    baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    collections = Map.copyOf(collections);
    kinds = Map.copyOf(kinds);
  }

  String permalink(RecordId id) {
    return baseUrl + "/records/" + id.value();
  }

  String authorityUrl(String authorityId) {
    return baseUrl + "/authorities/" + authorityId;
  }

  String collectionTitle(String id) {
    Collection c = collections.get(id);
    return c == null ? id : c.title();
  }
}
