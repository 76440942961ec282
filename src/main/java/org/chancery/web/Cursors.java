package org.chancery.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque paging cursors of the JSON API: a kind and a few fields, base64url-encoded, so
 * clients pass them back untouched and the server may change what is inside. A cursor
 * that does not decode, or is of another kind, is refused with a 400 naming
 * {@code cursor}; what each field means is the caller's business.
 */
final class Cursors {

  private static final String SEPARATOR = "\n";

  private Cursors() {}

  static String encode(String kind, String... fields) {
    String plain = kind + SEPARATOR + String.join(SEPARATOR, fields);
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The fields of a cursor of this kind, exactly {@code count} of them. */
  static List<String> decode(String kind, int count, String cursor) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw garbled();
    }
    List<String> parts = Arrays.asList(plain.split(SEPARATOR, -1));
    if (parts.size() != count + 1 || !parts.get(0).equals(kind)) {
      throw garbled();
    }
    return parts.subList(1, parts.size());
  }

  static ClientError garbled() {
    return ClientError.badParameter("cursor", "cursor is not one this API handed out (it may "
        + "be cut short or belong to another listing); start again without it");
  }
}
