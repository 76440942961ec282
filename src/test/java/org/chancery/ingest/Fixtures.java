package org.chancery.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test inputs from the class path: tests never read the shared corpus at run time. */
final class Fixtures {

  private Fixtures() {}

  static byte[] bytes(String resource) {
    String path = resource.startsWith("/") ? resource : "/ingest/" + resource;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  static IngestBatch ingest(String resource) {
    return new Ingestor().read(resource.substring(resource.lastIndexOf('/') + 1),
        bytes(resource));
  }

  static IngestBatch ingest(String fileName, String content) {
    return new Ingestor().read(fileName, content.getBytes(StandardCharsets.UTF_8));
  }
}
