package org.chancery.oai;

import java.util.Optional;
import java.util.Set;

/**
 * The six OAI-PMH verbs and the arguments each accepts (section 4). {@code resumptionToken}
 * is exclusive: given, it must be the only argument besides the verb.
 */
enum Verb {
  IDENTIFY("Identify", Set.of(), Set.of(), false),
  LIST_METADATA_FORMATS("ListMetadataFormats", Set.of(), Set.of("identifier"), false),
  LIST_SETS("ListSets", Set.of(), Set.of(), true),
  GET_RECORD("GetRecord", Set.of("identifier", "metadataPrefix"), Set.of(), false),
  LIST_IDENTIFIERS("ListIdentifiers", Set.of("metadataPrefix"), Set.of("from", "until", "set"),
      true),
  LIST_RECORDS("ListRecords", Set.of("metadataPrefix"), Set.of("from", "until", "set"), true);

  private final String wire;
  private final Set<String> required;
  private final Set<String> optional;
  private final boolean resumable;

  Verb(String wire, Set<String> required, Set<String> optional, boolean resumable) {
    this.wire = wire;
    this.required = required;
    this.optional = optional;
    this.resumable = resumable;
  }

  String wire() {
    return wire;
  }

  Set<String> required() {
    return required;
  }

  Set<String> optional() {
    return optional;
  }

  boolean resumable() {
    return resumable;
  }

  /** The verb spelled exactly so (verbs are case-sensitive), if there is one. */
  static Optional<Verb> of(String wire) {
    for (Verb v : values()) {
      if (v.wire.equals(wire)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
