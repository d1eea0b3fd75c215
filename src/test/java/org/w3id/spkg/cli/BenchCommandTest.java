package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void corpus_writesTheDocumentsAndTheManifest_andSaysWhat() throws IOException {
    Path out = dir.resolve("corpus");
    CommandRun run =
        CommandRun.of("bench", "corpus", "--docs", "4", "--seed", "11", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Wrote 4 documents (")
        .contains("and MANIFEST.tsv to " + out)
        .contains("(seed 11)");
    assertThat(markdown(out)).hasSize(4);
    List<String> manifest = Files.readAllLines(out.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    assertThat(manifest).hasSize(5);
    assertThat(manifest.get(0)).startsWith("file\tbytes\tsections\tinitiatives\tsentences");
  }

  @Test
  void corpus_thenIngest_givesEveryDocument() {
    Path out = dir.resolve("corpus");
    assertThat(CommandRun.of("bench", "corpus", "--docs", "3", "--out", out.toString()).exitCode())
        .isZero();
    CommandRun ingest = CommandRun.of("ingest", out.toString(), "--dry-run");
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.err()).contains("3 documents extracted").contains(" 0 warnings");
  }

  @Test
  void help_showsUsageOptionsAndExitCodes() {
    CommandRun run = CommandRun.of("bench", "corpus", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: spkg bench corpus")
        .contains("--docs=N", "--seed=S", "--out=DIR", "--force", "Exit codes:");
    assertThat(CommandRun.of("--help").out()).containsPattern("(?m)^\\s+bench\\s");
  }

  @Test
  void docsOutOfRange_exitWith2_sayingTheRange() {
    for (String docs : List.of("0", "-5", "1000001")) {
      CommandRun run =
          CommandRun.of("bench", "corpus", "--docs", docs, "--out", dir.resolve("x").toString());
      assertThat(run.exitCode()).as(docs).isEqualTo(2);
      assertThat(run.err()).contains("--docs must be between 1 and 1,000,000, got ");
      assertThat(dir.resolve("x")).doesNotExist();
    }
  }

  @Test
  void missingOptionsOrSubcommand_exitWith2() {
    assertThat(CommandRun.of("bench", "corpus", "--docs", "3").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("bench", "corpus", "--out", dir.toString()).exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("bench", "corpus", "--docs", "many", "--out", "x").exitCode())
        .isEqualTo(2);
    CommandRun bare = CommandRun.of("bench");
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("Name a subcommand: corpus.");
  }

  @Test
  void outIsAFile_exitsWith3() throws IOException {
    Path file = Files.writeString(dir.resolve("file.md"), "x");
    CommandRun run = CommandRun.of("bench", "corpus", "--docs", "2", "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "spkg: "
                + file
                + ": is a file, not a folder; name a new or empty folder for the corpus"
                + System.lineSeparator());
  }

  @Test
  void outNotEmpty_exitsWith3_unlessForced() throws IOException {
    Path out = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    CommandRun refused = CommandRun.of("bench", "corpus", "--docs", "2", "--out", out.toString());
    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err())
        .startsWith("spkg: " + out + ": the folder is not empty (1 entry)")
        .contains("add --force");
    assertThat(markdown(out)).isEmpty();

    CommandRun forced =
        CommandRun.of("bench", "corpus", "--docs", "2", "--out", out.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(forced.err())
        .contains("warning: " + out + " also holds 1 other entry, left in place");
    assertThat(markdown(out)).hasSize(2);
    assertThat(out.resolve("notes.txt")).hasContent("mine");
  }

  private static List<Path> markdown(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".md")).toList();
    }
  }
}
