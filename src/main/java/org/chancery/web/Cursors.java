package org.chancery.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Opaque paging cursors of the JSON API: a kind, a few fields and a check value,
 * base64url-encoded, so clients pass them back untouched and the server may change what is
 * inside. A cursor that does not decode, is cut short or altered (its check value no longer
 * fits: a guard against accidents, not a signature) or is of another kind, is refused with
 * a 400 naming {@code cursor}; what each field means is the caller's business.
 */
final class Cursors {

  private static final String SEPARATOR = "\n";

  private Cursors() {}

  static String encode(String kind, String... fields) {
    String content = kind + SEPARATOR + String.join(SEPARATOR, fields);
    String plain = content + SEPARATOR + check(content);
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
    int last = plain.lastIndexOf(SEPARATOR);
    if (last < 0 || !plain.substring(last + 1).equals(check(plain.substring(0, last)))) {
      throw garbled();
    }
    List<String> parts = Arrays.asList(plain.substring(0, last).split(SEPARATOR, -1));
    if (parts.size() != count + 1 || !parts.get(0).equals(kind)) {
      throw garbled();
    }
    return parts.subList(1, parts.size());
  }

  private static String check(String content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static ClientError garbled() {
    return ClientError.badParameter("cursor", "cursor is not one this API handed out (it may "
        + "be cut short or belong to another listing); start again without it");
  }
}
