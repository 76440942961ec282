package org.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancery.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chancery extract} through the command line, stdout captured. */
class ExtractCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, List<JsonNode> lines) {}

  private Run run(String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.setOut(old);
    }
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String l : buf.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) {
        lines.add(m.readTree(l));
      }
    }
    return new Run(code, lines);
  }

  @Test
  void printsOneContractLinePerDocument() throws Exception {
    Path seed = dir.resolve(SeedExtractionTest.SEED);
    Files.writeString(seed, SeedExtractionTest.resource(SeedExtractionTest.SEED));
    // Constructed: a bare cable without the archive's frame.
    Path bare = dir.resolve("bare-cable.txt");
    Files.writeString(bare, String.join("\n", "CIPHERED TELEGRAM No. 709",
        "BEIJING, TO ROSHCHIN", "Transmit the following answer to MAO ZEDONG.",
        "We agree with your proposal about the talks at Kaesong, and about the meeting.",
        "FILIPPOV [Stalin]"));

    Run r = run("extract", seed.toString(), bare.toString());

    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(2);
    JsonNode s = r.lines().get(0);
    assertThat(s.get("title").asText()).isEqualTo("Cable No. 25025, Mao Zedong to Filippov [Stalin]");
    assertThat(s.get("to").get(0).get("name").asText()).isEqualTo("Joseph Stalin");
    JsonNode b = r.lines().get(1);
    assertThat(b.get("file").asText()).isEqualTo("bare-cable.txt");
    assertThat(b.get("title").asText())
        .isEqualTo("Ciphered Telegram No. 709, Filippov [Stalin] to Mao Zedong");
    assertThat(b.get("via").get(0).get("name").asText()).isEqualTo("Nikolai Roshchin");
  }

  @Test
  void printsAnErrorLineAndExitsOneForARefusedFile() throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");

    Run r = run("extract", empty.toString(), dir.resolve("missing.txt").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines()).hasSize(2).allMatch(l -> l.has("error") && l.has("file"));
    assertThat(r.lines().get(0).get("file").asText()).isEqualTo("empty.txt");
  }

  @Test
  void loadsMoreAuthoritiesFromAJsonArray() throws Exception {
    Path auth = dir.resolve("more.json");
    Files.writeString(auth, "[{\"id\":\"vasilevsky\",\"kind\":\"PERSON\",\"name\":\"Aleksandr"
        + " Vasilevsky\",\"variants\":[\"Vasilevsky\"],\"source\":\"test\"}]");
    Path cable = dir.resolve("cable.txt");
    // Constructed.
    Files.writeString(cable, "CIPHERED TELEGRAM\nTO VASILEVSKY\nThe division will move north"
        + " tomorrow morning as agreed with the command of the front.\nFILIPPOV [Stalin]\n");

    Run r = run("extract", "--authorities", auth.toString(), cable.toString());

    assertThat(r.code()).isZero();
    assertThat(r.lines().get(0).get("to").get(0).get("id").asText()).isEqualTo("vasilevsky");
  }
}
