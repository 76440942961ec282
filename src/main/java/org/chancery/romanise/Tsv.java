package org.chancery.romanise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tables in {@code src/main/resources/romanise}: UTF-8, '#' comments, a header row. */
final class Tsv {

  private Tsv() {}

  /** The data rows of a table whose header must be {@code columns}; short rows are padded. */
  static List<String[]> read(String name, String... columns) {
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (String line : lines(name)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header) {
        if (!Arrays.equals(cells, columns)) {
          throw new IllegalStateException("romanise/" + name + ": header should be "
              + String.join(" ", columns) + ", is " + String.join(" ", cells));
        }
        header = false;
        continue;
      }
      String[] row = Arrays.copyOf(cells, columns.length);
      for (int i = 0; i < row.length; i++) {
        row[i] = row[i] == null ? "" : row[i].strip();
      }
      rows.add(row);
    }
    return rows;
  }

  /** The whole text of a resource (ICU rule files). */
  static String text(String name) {
    return String.join("\n", lines(name));
  }

  private static List<String> lines(String name) {
    try (InputStream in = Tsv.class.getResourceAsStream("/romanise/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource romanise/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read romanise/" + name, e);
    }
  }
}
