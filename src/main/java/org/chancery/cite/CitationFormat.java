package org.chancery.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The forms a record can be cited in: three reference-manager files and three styles. */
public enum CitationFormat {
  BIBTEX("bibtex", "application/x-bibtex", "bib"),
  RIS("ris", "application/x-research-info-systems", "ris"),
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json"),
  CHICAGO("chicago", "text/plain", "txt"),
  MLA("mla", "text/plain", "txt"),
  APA("apa", "text/plain", "txt");

  private final String param;
  private final String mediaType;
  private final String extension;

  CitationFormat(String param, String mediaType, String extension) {
    this.param = param;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The name used in {@code ?format=}. */
  public String param() {
    return param;
  }

  /** The media type, without charset. */
  public String mediaType() {
    return mediaType;
  }

  /** The file name a download of this record in this format is saved under. */
  public String fileName(String recordId) {
    String suffix = ordinal() >= CHICAGO.ordinal() ? "-" + param : "";
    return recordId + suffix + "." + extension;
  }

  /** The format named by {@code ?format=}, case-insensitive. */
  public static Optional<CitationFormat> byParam(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.param.equals(v)).findFirst();
  }

  /** The accepted names, for error messages: {@code bibtex, ris, ...}. */
  public static String accepted() {
    return Arrays.stream(values()).map(CitationFormat::param).collect(Collectors.joining(", "));
  }
}
