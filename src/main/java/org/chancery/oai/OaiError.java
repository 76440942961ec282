package org.chancery.oai;

/**
 * An OAI-PMH error condition (section 3.6 of the specification): answered with HTTP 200
 * and an {@code <error code="...">} element, as the protocol requires, never a 4xx page.
 */
final class OaiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The protocol's error codes, spelled as on the wire by {@link #wire()}. */
  enum Code {
    BAD_ARGUMENT("badArgument"),
    BAD_RESUMPTION_TOKEN("badResumptionToken"),
    BAD_VERB("badVerb"),
    CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
    ID_DOES_NOT_EXIST("idDoesNotExist"),
    NO_RECORDS_MATCH("noRecordsMatch"),
    NO_METADATA_FORMATS("noMetadataFormats"),
    NO_SET_HIERARCHY("noSetHierarchy");

    private final String wire;

    Code(String wire) {
      this.wire = wire;
    }

    String wire() {
      return wire;
    }

    /** badVerb and badArgument echo only the base URL in the request element (3.2). */
    boolean echoesArguments() {
      return this != BAD_VERB && this != BAD_ARGUMENT;
    }
  }

  private final Code code;

  OaiError(Code code, String message) {
    super(message);
    this.code = code;
  }

  Code code() {
    return code;
  }
}
