package org.chancery.oai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.chancery.record.RecordId;
import org.chancery.store.ChangeQuery;

/**
 * Writes and reads stateless resumption tokens: the token's fields as a compact text,
 * base64url-encoded, then a dot and an HMAC-SHA256 of it (truncated to 128 bits) under a
 * key kept in the data folder ({@code oai-token.key}, created on first use). A garbled,
 * forged or expired token is a badResumptionToken error; a restart changes nothing, as
 * the key stays. Web nodes that share a catalogue must share the key file too.
 */
final class ResumptionTokens {

  private static final String VERSION = "1";
  private static final int MAC_BYTES = 16;
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

  private final byte[] key;
  private final Clock clock;
  private final Duration lifetime;

  ResumptionTokens(byte[] key, Clock clock, Duration lifetime) {
    this.key = key.clone();
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** A token that expires {@link #lifetime} from now. */
  ResumptionToken next(String prefix, String set, Instant from, Instant before,
      ChangeQuery.Position after, long cursor) {
    return new ResumptionToken(prefix, set, from, before, after, cursor,
        clock.instant().plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  String write(ResumptionToken t) {
    String body = String.join("|", VERSION, t.prefix(), t.set() == null ? "" : t.set(),
        millis(t.from()), millis(t.before()), Long.toString(t.after().updated().toEpochMilli()),
        t.after().id(), Long.toString(t.cursor()), Long.toString(t.expires().getEpochSecond()));
    String payload = B64.encodeToString(body.getBytes(StandardCharsets.UTF_8));
    return payload + "." + B64.encodeToString(mac(payload));
  }

  /**
   * Reads a token this archive wrote.
   *
   * @throws OaiError badResumptionToken when it is garbled, forged or expired
   */
  ResumptionToken read(String token) {
    int dot = token.indexOf('.');
    if (dot < 1 || dot != token.lastIndexOf('.')) {
      throw bad("The resumption token is not one this archive issued.");
    }
    String payload = token.substring(0, dot);
    byte[] given;
    String body;
    try {
      given = UNB64.decode(token.substring(dot + 1));
      body = new String(UNB64.decode(payload), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad("The resumption token is not one this archive issued.");
    }
    if (!MessageDigest.isEqual(given, mac(payload))) {
      throw bad("The resumption token is not one this archive issued (or it was altered).");
    }
    String[] f = body.split("\\|", -1);
    if (f.length != 9 || !f[0].equals(VERSION) || !RecordId.isValid(f[6])) {
      throw bad("The resumption token is from another version of this archive; start the "
          + "list again.");
    }
    try {
      ResumptionToken t = new ResumptionToken(f[1], f[2].isEmpty() ? null : f[2], instant(f[3]),
          instant(f[4]), new ChangeQuery.Position(Instant.ofEpochMilli(Long.parseLong(f[5])),
              f[6]), Long.parseLong(f[7]), Instant.ofEpochSecond(Long.parseLong(f[8])));
      if (!clock.instant().isBefore(t.expires())) {
        throw bad("The resumption token expired at " + OaiDates.stamp(t.expires())
            + "; start the list again (with from= to continue incrementally).");
      }
      return t;
    } catch (NumberFormatException e) {
      throw bad("The resumption token is not one this archive issued.");
    }
  }

  private static String millis(Instant t) {
    return t == null ? "" : Long.toString(t.toEpochMilli());
  }

  private static Instant instant(String s) {
    return s.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(s));
  }

  private static OaiError bad(String message) {
    return new OaiError(OaiError.Code.BAD_RESUMPTION_TOKEN, message);
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }

  /**
   * The key in {@code file}, made (32 random bytes, hex) when missing. Two processes
   * starting at once agree: the second finds the first one's file.
   */
  static byte[] loadOrCreateKey(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "oai-token", ".tmp");
        Files.writeString(tmp, HexFormat.of().formatHex(fresh) + "\n");
        try {
          Files.createLink(file, tmp); // atomic, and never replaces another process's key
        } catch (FileAlreadyExistsException e) {
          // another process made it first: use theirs
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      return HexFormat.of().parseHex(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the OAI-PMH token key " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the OAI-PMH token key " + file + " is not hex; delete "
          + "it to make a new one (open harvests will have to start again)", e);
    }
  }
}
