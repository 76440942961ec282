/**
 * The {@code chancery} command line (picocli). One class per subcommand; options shared
 * by commands that open an archive live in {@code DataOptions}. To add a command, write a
 * {@code Callable<Integer>} class, list it in {@link org.chancery.cli.Main}'s
 * subcommands, and keep the work itself in {@code archive} so the web can offer it too.
 * Failures the user can act on print one line (no stack trace) and exit with 2.
 */
package org.chancery.cli;
