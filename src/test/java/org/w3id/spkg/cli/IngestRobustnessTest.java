package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * The probes of issue #13 (C, D, E, 5, 6): no single file takes {@code spkg ingest} down. Each bad
 * file is refused (or read in part) with a message naming it, the others go in, the exit code is 3.
 * The time limits are safety bounds, not measurements ({@code bench/ingest-robustness} measures).
 */
class IngestRobustnessTest {

  /** A generous bound: every probe here ran for 30 s to more than 10 minutes before. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  private static final String BODY = "\nJapan and NASA signed the agreement.\n";

  @TempDir Path dir;

  /** 617 bytes in the issue: 20 levels of {@code lN: &lN [*lN-1, *lN-1]}, {@code title: *l20}. */
  static String billionLaughs(int levels, int seedLength) {
    StringBuilder yaml = new StringBuilder("---\n");
    yaml.append("l0: &l0 \"").append("x".repeat(seedLength)).append("\"\n");
    for (int i = 1; i <= levels; i++) {
      yaml.append("l").append(i).append(": &l").append(i);
      yaml.append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
    }
    yaml.append("title: *l").append(levels).append("\ndate: 2024-01-01\n---\n");
    return yaml + BODY;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static CommandRun dryRun(Path path) {
    return assertTimeoutPreemptively(
        BOUND, () -> CommandRun.of("ingest", "--dry-run", path.toString()));
  }

  @Test
  void yamlAliases_underTheSizeLimit_areRefusedWithWhereAndHow() throws IOException {
    String small = billionLaughs(20, 40);
    assertThat(small.length()).isBetween(500, 700);
    // Under snakeyaml's 50 aliases, 1.6 KB: this one ran ingest out of memory.
    String wide = billionLaughs(24, 1000);
    assertThat(wide.length()).isBetween(1500, 1700);
    for (String text : new String[] {small, wide}) {
      Path file = write("alias.md", text);
      CommandRun run = dryRun(file);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(SpkgCommand.EXIT_INPUT);
      assertThat(run.err())
          .contains(file + ":3:10: front matter uses the YAML alias *l0")
          .contains("write the value out in full")
          .doesNotContain(
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }
  }

  @Test
  void deeplyNestedList_isRefusedNotACrash() throws IOException {
    Path file = write("deep.md", "---\ntitle: Deep\n---\n\n" + "- ".repeat(5000) + "Japan.\n");
    CommandRun run = dryRun(file);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SpkgCommand.EXIT_INPUT);
    assertThat(run.err())
        .contains(file + ":5:")
        .contains("nested more than 100 levels deep")
        .contains("flatten the nesting");
  }

  /**
   * Emphasis 25,000 deep overflows the Markdown parser's stack before the nesting can be counted:
   * the safety net refuses that one document and the next one goes in (a StackOverflowError once
   * ended the whole run with exit 1). At 2,500 levels whether the parser overflows depends on what
   * the JIT has compiled (the depth check then refuses it instead); at 25,000, on a 256 KiB stack,
   * it always does.
   */
  @Test
  void deeplyNestedEmphasis_refusesOnlyThatDocument() throws Exception {
    Path in = dir.resolve("emphasis");
    Files.createDirectories(in);
    String nested = "**".repeat(50_000) + "Japan" + "**".repeat(50_000);
    Path file = write("emphasis/a-emphasis.md", "---\ntitle: Deep\n---\n\n" + nested + "\n");
    Files.copy(IngestCommandTest.BETA, in.resolve("b-beta.md"));
    CommandRun[] result = new CommandRun[1];
    Thread small =
        new Thread(
            null,
            () -> result[0] = CommandRun.of("ingest", "--dry-run", in.toString()),
            "small-stack-ingest",
            256 * 1024);
    small.start();
    small.join(BOUND.toMillis());
    assertThat(result[0]).as("the run ended within %s", BOUND).isNotNull();
    CommandRun run = result[0];
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SpkgCommand.EXIT_INPUT);
    assertThat(run.err())
        .contains(file + ": not ingested: an internal error while reading it")
        .contains("1 refused");
    assertThat(run.out()).contains(NamedGraphs.document("b-beta"));
  }

  @Test
  void oneNameRepeated100000Times_finishesAndSaysWhatWasNotRead() throws IOException {
    Path file =
        write("japan.md", "---\ntitle: Japan in space\n---\n\n" + "Japan ".repeat(100_000) + "\n");
    CommandRun run = dryRun(file);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(file + ":5: a sentence of 599999 characters (the bound is 5000) was not read");
  }

  @Test
  void tableOf200000Rows_isRefusedQuickly() throws IOException {
    StringBuilder table =
        new StringBuilder("| Date | Nation | Agency | Note |\n|---|---|---|---|\n");
    for (int i = 0; i < 200_000; i++) {
      table.append("| 2024-01-").append(String.format("%02d", i % 28 + 1));
      table.append(" | Japan | NASA | ").append(i).append(" satellites for Artemis |\n");
    }
    Path file = write("table.md", "---\ntitle: Japan space launches\n---\n\n" + table);
    assertThat(Files.size(file)).isGreaterThan(10_000_000L);
    CommandRun run = dryRun(file);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SpkgCommand.EXIT_INPUT);
    assertThat(run.err())
        .contains(file + ":5:1: more than 10000 lines without a blank line")
        .contains("put blank lines between its parts");
  }

  @Test
  void sourceUrlThatIsNoIri_isRefusedWithItsLine() throws IOException {
    Path file =
        write(
            "url.md",
            "---\ntitle: Space\ndate: 2024-01-01\nsource_url: https://example.org/a\"<>b\n---\n"
                + BODY);
    CommandRun run = dryRun(file);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SpkgCommand.EXIT_INPUT);
    assertThat(run.err())
        .contains(file + ":4: source_url is not an IRI: 'https://example.org/a\"<>b'")
        .contains("percent-encode");
  }

  @Test
  void sourceUrlWithASpace_isRefused() throws IOException {
    Path file =
        write("space.md", "---\ntitle: Space\nsource_url: https://example.org/a b\n---\n" + BODY);
    CommandRun run = dryRun(file);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SpkgCommand.EXIT_INPUT);
    assertThat(run.err()).contains(file + ":3: source_url is not an IRI");
  }

  @Test
  void badDocumentsBetweenGoodOnes_theGoodOnesAreInTheStore() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(IngestCommandTest.ALPHA, in.resolve("a-alpha.md"));
    write("in/b-alias.md", billionLaughs(20, 40));
    write("in/c-deep.md", "---\ntitle: Deep\n---\n\n" + "- ".repeat(5000) + "Japan.\n");
    write("in/d-url.md", "---\ntitle: Space\nsource_url: https://example.org/<x>\n---\n" + BODY);
    Files.copy(IngestCommandTest.BETA, in.resolve("e-beta.md"));
    Path store = dir.resolve("store");
    CommandRun run =
        assertTimeoutPreemptively(
            BOUND, () -> CommandRun.of("ingest", "--store", store.toString(), in.toString()));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SpkgCommand.EXIT_INPUT);
    assertThat(run.out()).contains("2 documents ingested").contains("3 refused");
    assertThat(run.err()).contains("b-alias.md:3:10:", "c-deep.md:5:", "d-url.md:3:");
    Set<String> graphs;
    try (SpkgStore opened = SpkgStore.openExisting(store)) {
      graphs = new TreeSet<>(opened.graphNames());
    }
    assertThat(graphs).contains(NamedGraphs.document("a-alpha"), NamedGraphs.document("e-beta"));
  }

  @Test
  void unreadableSubfolder_theOtherDocumentsGoInAndTheExitIs3() throws IOException {
    assumeFalse(
        "root".equals(System.getProperty("user.name")),
        "running as root, where a folder without read permission can still be read;"
            + " MarkdownFilesTest covers the walk with a folder that cannot be listed");
    Path in = dir.resolve("in");
    Path locked = in.resolve("locked");
    Files.createDirectories(locked);
    Files.copy(IngestCommandTest.ALPHA, in.resolve("alpha.md"));
    Files.copy(IngestCommandTest.BETA, locked.resolve("beta.md"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      CommandRun run = dryRun(in);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(SpkgCommand.EXIT_INPUT);
      assertThat(run.err()).contains("extracted " + in.resolve("alpha.md"));
      assertThat(run.err()).contains(locked + ": cannot list this folder");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
