package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpkgCommandTest {

  @Test
  void version_printsSpkgAndJenaVersions() {
    CommandRun run = CommandRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("spkg \\d+\\.\\d+\\.\\d+").contains("Apache Jena 5.6.0");
  }

  @Test
  void help_listsOnlyWorkingSubcommands() {
    CommandRun run = CommandRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^\\s+ingest\\s")
        .containsPattern("(?m)^\\s+query\\s")
        .containsPattern("(?m)^\\s+export\\s")
        .containsPattern("(?m)^\\s+validate\\s")
        .containsPattern("(?m)^\\s+serve\\s")
        .containsPattern("(?m)^\\s+packs\\s")
        .contains("Exit codes");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ingest",
        "query",
        "export",
        "validate",
        "serve",
        "packs list",
        "packs show",
        "packs run",
        "packs test"
      })
  void everySubcommand_hasHelpWithUsageAndExitCodes(String subcommand) {
    String[] words = (subcommand + " --help").split(" ");
    CommandRun run = CommandRun.of(words);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: spkg " + subcommand).contains("Exit codes:");
  }

  @Test
  void noSubcommand_isAUsageError() {
    CommandRun run = CommandRun.of();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Name a subcommand").contains("Usage: spkg");
  }

  @Test
  void unknownSubcommand_isAUsageError() {
    CommandRun run = CommandRun.of("frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("frobnicate");
  }
}
