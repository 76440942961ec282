package org.chancery.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancery.record.Authority;
import org.chancery.record.RecordJson;

/**
 * The authority file shipped with Chancery ({@code authorities/cold-war.json}): persons,
 * organisations and places of the Cold War traffic the demo holds, with cover names and
 * spelling variants, each entry naming its source.
 */
final class BundledAuthorities {

  static final String RESOURCE = "authorities/cold-war.json";

  private BundledAuthorities() {}

  static List<Authority> load() {
    try (InputStream in = BundledAuthorities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
    }
  }

  static List<Authority> parse(String json) {
    return List.of(new RecordJson().read(json, Authority[].class));
  }
}
