package org.chancery.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.eval.EvalReport;
import org.chancery.eval.FrusEval;
import org.chancery.eval.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery eval}: measures extraction against editors' markup. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures extraction against professional editors' markup.",
    subcommands = {EvalCommand.Frus.class})
final class EvalCommand implements Runnable {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code chancery eval frus VOLUME.xml}. */
  @Command(name = "frus", mixinStandardHelpOptions = true,
      description = {"Renders every document of a FRUS TEI volume to plain text, extracts from"
          + " that text alone and scores the result against the editors' markup.",
          "Odd document numbers are the dev half, even ones the test half; by default both"
              + " are reported, test first."})
  static final class Frus implements Callable<Integer> {

    @Parameters(paramLabel = "VOLUME.xml", description = "A FRUS volume in TEI.")
    Path volume;

    @Option(names = "--split", paramLabel = "dev|test|all",
        description = "Report only this half (default: test, then dev).")
    String split;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
        description = "List up to N misses per field.")
    int misses;

    @Option(names = "--transcript", paramLabel = "ID",
        description = "Print the plain text rendered for one document (d12) and stop.")
    String transcript;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(volume)) {
        throw new ParameterException(spec.commandLine(), "no such file: " + volume);
      }
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      if (transcript != null) {
        Map<String, String> texts = FrusEval.transcripts(volume);
        String text = texts.get(transcript);
        if (text == null) {
          throw new ParameterException(spec.commandLine(), "no document " + transcript);
        }
        out.print(text);
        out.flush();
        return 0;
      }
      for (Split s : splits()) {
        EvalReport.print(FrusEval.run(volume, s), misses, out);
      }
      return 0;
    }

    private List<Split> splits() {
      if (split == null) {
        return List.of(Split.TEST, Split.DEV);
      }
      try {
        return List.of(Split.valueOf(split.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "--split takes dev, test or all, not '" + split + "'", e, null, split);
      }
    }
  }
}
