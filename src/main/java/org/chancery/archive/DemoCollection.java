package org.chancery.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo collection shipped inside the application: the files named in
 * {@code demo/index.txt}, and the marker file that says a data folder already holds this
 * very demo (its hash), so that {@code serve --demo} starts fast on the second run.
 */
final class DemoCollection {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCollection.class);
  static final String MARKER = "demo-loaded.sha256";

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final String hash;

  DemoCollection() {
    files().forEach(n -> files.put(n, resource("demo/" + n)));
    hash = hashOf(files);
  }

  /** File name to content, in the order of {@code demo/index.txt}. */
  Map<String, byte[]> contents() {
    return files;
  }

  /** Whether the marker in {@code dataDir} names this demo. */
  boolean loadedIn(Path dataDir) {
    Path marker = dataDir.resolve(MARKER);
    try {
      return Files.exists(marker) && hash.equals(Files.readString(marker).strip());
    } catch (IOException e) {
      return false; // an unreadable marker only means the demo is loaded again
    }
  }

  void markLoaded(Path dataDir) {
    Path marker = dataDir.resolve(MARKER);
    try {
      Files.writeString(marker, hash + "\n");
    } catch (IOException e) {
      LOG.warn("cannot write {}; the demo will be checked again at next start: {}", marker,
          e.getMessage());
    }
  }

  static List<String> files() {
    String list = new String(resource("demo/index.txt"), StandardCharsets.UTF_8);
    return list.lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static String hashOf(Map<String, byte[]> files) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      files.forEach((name, bytes) -> {
        d.update(name.getBytes(StandardCharsets.UTF_8));
        d.update(bytes);
      });
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = DemoCollection.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + path, e);
    }
  }
}
