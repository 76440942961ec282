package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsShareDoneAndRate() {
    assertThat(ProgressBar.line("frus1951v07p2.xml", 167, 334, 2.0))
        .contains("[###############               ]").contains(" 50%").contains("167/334")
        .contains("84/s");
  }

  @Test
  void printsNothingWhenNotOnATerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        false)) {
      bar.update("x", 1, 2);
    }
    assertThat(bytes.size()).isZero();
  }
}
