package org.w3id.spkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code spkg} command line: one launcher, one subcommand per job.
 *
 * <pre>
 * ./spkg --help
 * ./spkg ingest corpus/
 * ./spkg query 'SELECT ?label { ?n a spkg:Nation ; rdfs:label ?label } LIMIT 5'
 * ./spkg export --format trig --out spkg.trig
 * ./spkg validate ontology/reference/*.ttl
 * </pre>
 *
 * <p>Exit codes: 0 success; 1 the data does not conform (or the job found what it looks for); 2 the
 * command line is wrong; 3 an input cannot be read or parsed; 70 an internal error.
 */
@Command(
    name = "spkg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The Space Partnerships Knowledge Graph: policy documents into linked data.",
    subcommands = {
      IngestCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      ValidateCommand.class,
      PacksCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the data does not conform to the shapes",
      "2:wrong command line",
      "3:an input cannot be read or parsed, or the store is missing or in use",
      "70:internal error (a bug: run again with --verbose and report it)"
    })
public final class SpkgCommand implements Runnable, Conventions.Verbosity {

  /** An input cannot be read or parsed. */
  static final int EXIT_INPUT = Conventions.EXIT_INPUT;

  /** An internal error: a bug. */
  static final int EXIT_SOFTWARE = Conventions.EXIT_SOFTWARE;

  @Option(
      names = {"-v", "--verbose"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand.");
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SpkgCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorReporter());
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
