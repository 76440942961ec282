package org.chancery.cli;

import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chancery record withdraw|publish ID}: an editor takes a record out of public view
 * or puts it back. The change is a new version in the record's history; OAI-PMH harvesters
 * see a withdrawn record as deleted from then on.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
    description = "Changes a record's editorial state.",
    subcommands = {RecordCommand.Withdraw.class, RecordCommand.Publish.class})
final class RecordCommand {

  /** What both subcommands share: the archive, the record, who and why. */
  static final class Common {
    @Mixin
    DataOptions options;

    @Option(names = "--editor", paramLabel = "NAME",
        description = "Name kept in the history (default: your login name).")
    String editor = System.getProperty("user.name", "cli");

    @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept in the history).")
    String note;

    @Parameters(paramLabel = "ID", description = "The record id (the permalink's last part).")
    String id;

    int change(PublicationState state) {
      if (!RecordId.isValid(id)) {
        throw new IllegalArgumentException("not a record id: '" + id + "'");
      }
      try (Archive archive = Archive.open(options.resolve())) {
        PublicationState before = archive.catalogue().find(new RecordId(id))
            .map(ArchivalRecord::state).orElse(null);
        ArchivalRecord r = archive.changeState(new RecordId(id), state, editor, note);
        System.out.println(before == state ? r.id() + " was already " + label(state)
            : r.id() + " " + label(before) + " -> " + label(state) + " at " + r.updated());
      }
      return 0;
    }

    private static String label(PublicationState s) {
      return s == null ? "?" : s.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Command(name = "withdraw", mixinStandardHelpOptions = true,
      description = "Takes a record out of public view (pages, search, API, exports); "
          + "OAI-PMH reports it as deleted.")
  static final class Withdraw implements Callable<Integer> {
    @Mixin
    Common common;

    @Override
    public Integer call() {
      return common.change(PublicationState.WITHDRAWN);
    }
  }

  @Command(name = "publish", mixinStandardHelpOptions = true,
      description = "Makes a record public.")
  static final class Publish implements Callable<Integer> {
    @Mixin
    Common common;

    @Override
    public Integer call() {
      return common.change(PublicationState.PUBLISHED);
    }
  }
}
