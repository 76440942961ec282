package org.chancery.oai;

import java.util.Optional;

/**
 * The metadata formats records are disseminated in. Every record has every format, so
 * noMetadataFormats never applies to an existing record.
 */
enum MetadataFormat {
  OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
      "http://www.openarchives.org/OAI/2.0/oai_dc/");

  private final String prefix;
  private final String schema;
  private final String namespace;

  MetadataFormat(String prefix, String schema, String namespace) {
    this.prefix = prefix;
    this.schema = schema;
    this.namespace = namespace;
  }

  String prefix() {
    return prefix;
  }

  String schema() {
    return schema;
  }

  String namespace() {
    return namespace;
  }

  /**
   * The format of a prefix.
   *
   * @throws OaiError cannotDisseminateFormat for a prefix we do not offer
   */
  static MetadataFormat of(String prefix) {
    return find(prefix).orElseThrow(() -> new OaiError(
        OaiError.Code.CANNOT_DISSEMINATE_FORMAT, "This archive does not disseminate '" + prefix
            + "'; ListMetadataFormats lists what it does (oai_dc)."));
  }

  static Optional<MetadataFormat> find(String prefix) {
    for (MetadataFormat f : values()) {
      if (f.prefix.equals(prefix)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
