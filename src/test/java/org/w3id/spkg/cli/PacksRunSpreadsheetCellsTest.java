package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.store.SpkgStore;

/**
 * {@code spkg packs run --format csv|tsv} makes cells safe for spreadsheets (a leading {@code '}
 * before a formula), one query to stdout or a whole pack into {@code --out}; {@code --raw} gives
 * the values as stored.
 */
class PacksRunSpreadsheetCellsTest {

  private static final Path SAMPLE = Path.of("src/test/resources/server/packs/sample");
  private static final String FORMULA = "=HYPERLINK(\"http://x.example/\",\"x\") click";

  @TempDir Path dir;
  private Path store;
  private Path packs;

  @BeforeEach
  void emptyStoreAndTheEchoQuery() throws Exception {
    store = dir.resolve("store");
    SpkgStore.open(store).close();
    packs = Files.createDirectories(dir.resolve("packs/sample"));
    for (String f : new String[] {"README.md", "06-echo.rq"}) {
      Files.copy(SAMPLE.resolve(f), packs.resolve(f));
    }
  }

  private CommandRun echo(String format, String text, String... more) {
    String[] args = {
      "packs",
      "run",
      "sample/06-echo",
      "--packs",
      packs.getParent().toString(),
      "--store",
      store.toString(),
      "--format",
      format,
      "--param",
      "text=" + text
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CommandRun.of(all);
  }

  @Test
  void csv_formulaGetsALeadingQuote() {
    CommandRun run = echo("csv", FORMULA);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().split("\r\n")[1]).startsWith("\"'=HYPERLINK(");
  }

  @Test
  void tsv_formulaGetsALeadingQuote() {
    CommandRun run = echo("tsv", "=1+2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().split("\n")[1]).startsWith("\"'=1+2\"");
  }

  @Test
  void raw_givesTheValueAsStored() {
    CommandRun run = echo("csv", "=1+2", "--raw");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().split("\r\n")[1]).startsWith("=1+2,");
  }

  @Test
  void wholePackIntoAFolder_isSafeToo() throws Exception {
    Path out = dir.resolve("out");
    CommandRun run = echo("csv", "@SUM(A1:A9)", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    Path wholePack = dir.resolve("whole");
    CommandRun pack =
        CommandRun.of(
            "packs",
            "run",
            "sample",
            "--packs",
            packs.getParent().toString(),
            "--store",
            store.toString(),
            "--format",
            "csv",
            "--param",
            "text=@SUM(A1:A9)",
            "--out",
            wholePack.toString());
    assertThat(pack.exitCode()).as(pack.err()).isZero();
    assertThat(Files.readString(wholePack.resolve("06-echo.csv")).split("\r\n")[1])
        .startsWith("'@SUM(A1:A9),");
  }
}
