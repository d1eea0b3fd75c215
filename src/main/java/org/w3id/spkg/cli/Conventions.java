package org.w3id.spkg.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What the subcommands share with the root command, kept apart from it so that no subcommand points
 * back at {@link SpkgCommand}: the exit codes beyond 0 and 1, and the inherited {@code --verbose}
 * flag.
 */
final class Conventions {

  /** An input cannot be read or parsed. */
  static final int EXIT_INPUT = 3;

  /** An internal error: a bug. */
  static final int EXIT_SOFTWARE = 70;

  /** A root command that carries the {@code --verbose} flag. */
  interface Verbosity {
    boolean verbose();
  }

  private Conventions() {}

  /** Whether the command line asked for stack traces ({@code --verbose}). */
  static boolean verbose(CommandSpec spec) {
    return spec.root().userObject() instanceof Verbosity root && root.verbose();
  }
}
