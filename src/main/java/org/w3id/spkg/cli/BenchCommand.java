package org.w3id.spkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spkg bench corpus}: what the benchmarks measure on. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Tools for the benchmarks (bench/README.md says how to run them).",
      "Example: spkg bench corpus --docs 1000 --seed 42 --out /tmp/corpus-1000"
    },
    subcommands = {BenchCorpusCommand.class})
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: corpus.");
  }
}
