package org.chancery.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chancery} command: one subcommand per operation. */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "Chancery 0.1.0",
    description = "A digital archive for declassified diplomatic documents.",
    subcommands = {ServeCommand.class, IngestCommand.class, ExtractCommand.class,
        ReindexCommand.class, CompactCommand.class, ExportCommand.class, EvalCommand.class,
        AuthorityCommand.class, BenchCommand.class, RecordCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and gives its exit code (for tests: no System.exit). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      // A failure the user can act on gets one line, not a stack trace.
      line.getErr().println(line.getColorScheme().errorText("chancery: " + describe(e)));
      return 2;
    });
    return cl.execute(args);
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
