package org.chancery.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns uploaded bytes into text. Archivists' files come from old word processors and
 * scrapers, so a wrong encoding is common: rather than refuse a file, we fall back to
 * windows-1252 (a superset of Latin-1 that also covers curly quotes) and say so.
 *
 * <p>Line endings are normalised to {@code \n}, so character offsets into a text are the
 * same whatever machine wrote the file.
 */
final class TextDecoder {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  /** How many leading bytes are looked at to tell text from binary. */
  private static final int SNIFF = 8192;

  private TextDecoder() {}

  /**
   * The decoded text, and a note for the person when it was not what the file claimed.
   *
   * @param text the text, line endings normalised, any byte order mark removed
   * @param warning why the decoding is a guess, or null when it is certain
   */
  record Decoded(String text, String warning) {}

  /**
   * True when the bytes look like a binary file (an image, a PDF, a word-processor file):
   * a NUL byte or many control characters in the first few kilobytes. UTF-16 with a byte
   * order mark is text even though half its bytes are NUL.
   */
  static boolean looksBinary(byte[] bytes) {
    if (bomCharset(bytes) != null) {
      return false;
    }
    int n = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  static Decoded decode(byte[] bytes) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(normalise(lenient(bytes, skip, bom)), null);
    }
    String declared = declaredXmlEncoding(bytes);
    if (declared != null) {
      Charset cs = charset(declared);
      if (cs == null) {
        return fallback(bytes, "the XML declaration names an unknown encoding \"" + declared
            + "\"");
      }
      String strict = strict(bytes, cs);
      if (strict != null) {
        return new Decoded(normalise(strict), null);
      }
      return fallback(bytes, "the XML declaration says " + declared
          + " but the bytes are not valid " + declared);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(normalise(utf8), null);
    }
    return fallback(bytes, "the file is not valid UTF-8");
  }

  private static Decoded fallback(byte[] bytes, String why) {
    String text = normalise(lenient(bytes, 0, WINDOWS_1252));
    return new Decoded(text, why + "; it was read as windows-1252 (Western European),"
        + " so check accented letters and quotes");
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB
        && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The encoding an XML declaration names, read as ASCII (all the encodings we accept
   * agree on the declaration's bytes). */
  private static String declaredXmlEncoding(byte[] bytes) {
    int n = Math.min(bytes.length, 200);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int skip, Charset cs) {
    return new String(bytes, skip, bytes.length - skip, cs);
  }

  private static String normalise(String s) {
    String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
    return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
  }
}
