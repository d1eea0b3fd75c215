package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    assertThat(run.out()).contains("validate").contains("Exit codes");
    assertThat(run.out()).doesNotContain("serve").doesNotContain("ingest");
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
