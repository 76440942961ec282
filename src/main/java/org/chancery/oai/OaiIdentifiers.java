package org.chancery.oai;

import java.util.Optional;
import org.chancery.record.RecordId;

/**
 * OAI identifiers {@code oai:<namespace>:<record id>} (the oai-identifier scheme), the
 * namespace being the host of the archive's public URL: {@code oai:archive.example.org:
 * frus1951v07p2-d123}. Configure {@code site.base-url} so the namespace does not change
 * with the address a harvester happens to use.
 */
record OaiIdentifiers(String namespace) {

  String of(RecordId id) {
    return "oai:" + namespace + ":" + id.value();
  }

  /** The record an identifier names, or empty when it is not one of ours. */
  Optional<RecordId> parse(String identifier) {
    String prefix = "oai:" + namespace + ":";
    if (identifier == null || !identifier.startsWith(prefix)) {
      return Optional.empty();
    }
    String id = identifier.substring(prefix.length());
    return RecordId.isValid(id) ? Optional.of(new RecordId(id)) : Optional.empty();
  }
}
