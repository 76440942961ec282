package org.chancery.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A record's stable identifier, the last segment of its permalink. Lower-case letters,
 * digits and hyphens, so it is safe in URLs, file names and Solr ids. Ingest derives it
 * from the input (a FRUS volume and document number, a file name), so ingesting the
 * same input again reaches the same record.
 */
public record RecordId(String value) implements Comparable<RecordId> {

  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

  public RecordId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a record id: '" + value + "'");
    }
  }

  /** Whether text is a well-formed id (for checking user input before use). */
  public static boolean isValid(String text) {
    return text != null && VALID.matcher(text).matches();
  }

  /** Makes an id from arbitrary text: accents dropped, runs of other characters to '-'. */
  public static RecordId slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (s.isEmpty()) {
      throw new IllegalArgumentException("no letters or digits to make an id from: '" + text + "'");
    }
    return new RecordId(s.length() > 128 ? s.substring(0, 128).replaceAll("-+$", "") : s);
  }

  @Override
  public int compareTo(RecordId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
