package org.w3id.spkg.cli;

import org.w3id.spkg.InputException;
import org.w3id.spkg.SpkgException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints an error as one line on stderr and picks the exit code; stack traces only with {@code
 * --verbose}, or for internal errors, which are bugs.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    boolean verbose = Conventions.verbose(cmd.getCommandSpec());
    var err = cmd.getErr();
    if (e instanceof SpkgException) {
      err.println("spkg: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return e instanceof InputException ? Conventions.EXIT_INPUT : 1;
    }
    err.println("spkg: internal error: " + e);
    e.printStackTrace(err);
    return Conventions.EXIT_SOFTWARE;
  }
}
