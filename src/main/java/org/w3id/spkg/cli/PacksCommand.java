package org.w3id.spkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spkg packs list|show|run|test}: the saved, parameterised queries of {@code queries/}. */
@Command(
    name = "packs",
    mixinStandardHelpOptions = true,
    description = {
      "Saved SPARQL queries for analysts, in packs: queries/{pack}/{nn}-{slug}.rq with grlc"
          + " headers. Parameters (?_name required, ?__name optional, typed by suffix) are bound"
          + " as RDF terms, checked before the query runs.",
      "Example: spkg packs run partnerships/01 --param partnership=program/cspo --format csv"
    },
    subcommands = {
      PacksListCommand.class,
      PacksShowCommand.class,
      PacksRunCommand.class,
      PacksTestCommand.class
    })
final class PacksCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Name a subcommand: list, show, run or test.");
  }
}
