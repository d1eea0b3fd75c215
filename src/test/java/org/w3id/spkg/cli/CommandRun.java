package org.w3id.spkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in-process: exit code, stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SpkgCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
