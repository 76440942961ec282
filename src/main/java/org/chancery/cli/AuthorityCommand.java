package org.chancery.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chancery.archive.Archive;
import org.chancery.archive.AuthorityDesk;
import org.chancery.record.Authority;
import org.chancery.record.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chancery authority}: lists, shows and edits authorities, through the same
 * {@link AuthorityDesk} as the API. Edits are kept in each authority's history under the
 * name given with {@code --editor} (default: the login name).
 */
@Command(name = "authority", mixinStandardHelpOptions = true,
    description = "Lists, shows and edits persons, organisations, places and subjects.",
    subcommands = {AuthorityCommand.ListNames.class, AuthorityCommand.Show.class,
        AuthorityCommand.History.class, AuthorityCommand.AddVariant.class,
        AuthorityCommand.Merge.class, AuthorityCommand.Split.class})
final class AuthorityCommand {

  /** What every subcommand shares: where the archive is and who is editing. */
  static final class Common {
    @Mixin
    DataOptions options;

    @Option(names = "--editor", paramLabel = "NAME",
        description = "Name kept in the history for edits (default: your login name).")
    String editor = System.getProperty("user.name", "cli");

    @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept in the history).")
    String note;
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Prints id, kind and name of the authorities whose name or a variant "
          + "contains QUERY.")
  static final class ListNames implements Callable<Integer> {
    @Mixin
    Common common;

    @Option(names = "--kind", description = "person, organisation, place or subject")
    String kind;

    @Parameters(arity = "0..1", paramLabel = "QUERY")
    String query = "";

    @Override
    public Integer call() {
      Authority.Kind k = kind == null ? null
          : Authority.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
      try (Archive archive = Archive.open(common.options.resolve())) {
        for (Authority a : archive.authorities().matching(k, query)) {
          System.out.println(a.id() + "\t" + a.kind().name().toLowerCase(Locale.ROOT) + "\t"
              + a.name());
        }
      }
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Prints an authority as JSON (a merged id: the one it redirects to).")
  static final class Show implements Callable<Integer> {
    @Mixin
    Common common;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Archive archive = Archive.open(common.options.resolve())) {
        AuthorityDesk desk = archive.authorities();
        String current = desk.find(id).isPresent() ? id : desk.redirect(id).orElse(id);
        Authority a = desk.find(current).orElseThrow(() ->
            new IllegalArgumentException("no authority has the id " + id));
        if (!current.equals(id)) {
          System.err.println(id + " was merged into " + current);
        }
        System.out.println(archive.json().write(a));
      }
      return 0;
    }
  }

  @Command(name = "history", mixinStandardHelpOptions = true,
      description = "Prints every saved version of an authority: version, time, editor, "
          + "action, note.")
  static final class History implements Callable<Integer> {
    @Mixin
    Common common;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Archive archive = Archive.open(common.options.resolve())) {
        var versions = archive.authorities().history(id);
        if (versions.isEmpty()) {
          throw new IllegalArgumentException("no authority has the id " + id);
        }
        versions.forEach(v -> System.out.println(v.version() + "\t" + v.saved() + "\t"
            + v.actor() + "\t" + v.action() + (v.note() == null ? "" : "\t" + v.note())));
      }
      return 0;
    }
  }

  @Command(name = "add-variant", mixinStandardHelpOptions = true,
      description = "Adds another form of an authority's name.")
  static final class AddVariant implements Callable<Integer> {
    @Mixin
    Common common;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "FORM")
    String form;

    @Option(names = "--kind", description = "cover_name, pseudonym, romanisation, "
        + "other_language, misspelling, title_form, name_order or other (default)")
    String kind = "other";

    @Option(names = "--system", description = "Romanisation system or language (Wade-Giles, ru)")
    String system;

    @Option(names = "--from", description = "EDTF start of the period it was in use")
    String from;

    @Option(names = "--to", description = "EDTF end of the period it was in use")
    String to;

    @Option(names = "--source", description = "Where the form is attested")
    String source;

    @Override
    public Integer call() {
      Variant v = new Variant(form, Variant.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT)
          .replace('-', '_').replace(' ', '_')), system, from, to, source);
      try (Archive archive = Archive.open(common.options.resolve())) {
        Authority a = archive.authorities().addVariant(id, v, common.editor, common.note);
        System.out.println("added '" + v.form() + "' (" + v.kind().label() + ") to " + a.name());
      }
      return 0;
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Merges FROM into INTO: its names become variants, its documents link "
          + "INTO, and FROM redirects to INTO.")
  static final class Merge implements Callable<Integer> {
    @Mixin
    Common common;

    @Parameters(index = "0", paramLabel = "FROM")
    String from;

    @Parameters(index = "1", paramLabel = "INTO")
    String into;

    @Override
    public Integer call() {
      try (Archive archive = Archive.open(common.options.resolve())) {
        AuthorityDesk.EditResult r = archive.authorities().merge(from, into, common.editor,
            common.note);
        print(System.out, "merged " + from + " into " + into, r);
      }
      return 0;
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Moves variants of ID to a new authority; documents written with those "
          + "forms follow them.")
  static final class Split implements Callable<Integer> {
    @Mixin
    Common common;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--new-id", required = true, description = "Id of the new authority")
    String newId;

    @Option(names = "--name", required = true, description = "Its preferred name")
    String name;

    @Option(names = "--form", paramLabel = "VARIANT",
        description = "A variant of ID that names the new authority (repeatable)")
    List<String> forms = List.of();

    @Override
    public Integer call() {
      try (Archive archive = Archive.open(common.options.resolve())) {
        AuthorityDesk.EditResult r = archive.authorities().split(id, newId, name, forms,
            common.editor, common.note);
        print(System.out, "split " + newId + " off " + id, r);
      }
      return 0;
    }
  }

  static void print(PrintStream out, String what, AuthorityDesk.EditResult r) {
    out.println(what + ": " + r.authority().name() + "; " + r.recordsRelinked()
        + (r.recordsRelinked() == 1 ? " record" : " records") + " relinked");
  }
}
