package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.load.DocumentLoader;
import org.w3id.spkg.load.FailingWrites;
import org.w3id.spkg.load.LoadReport;

/** What {@code spkg ingest} prints of a run: each document, a failed write, the summary. */
class IngestPrinterTest {

  private static final Path CORPUS = Path.of("src/test/resources/ingest/corpus");

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();
  private final StringWriter out = new StringWriter();
  private final IngestPrinter printer = new IngestPrinter(new PrintWriter(err, true), false, false);

  @Test
  void completeRun_printsEachDocument_andTheSummary_andExitsZero() {
    LoadReport report =
        DocumentLoader.builder()
            .store(dir.resolve("store"))
            .listener(printer)
            .build()
            .load(List.of(CORPUS));

    int code = printer.conclude(report, dir, "ingested into store", new PrintWriter(out, true));

    assertThat(code).isZero();
    assertThat(err.toString())
        .contains("ingested " + CORPUS.resolve("alpha.md") + ": ")
        .contains("ingested " + CORPUS.resolve("beta.md") + ": ");
    assertThat(out.toString()).startsWith("3 documents ingested into store (3 new, 0 replaced,");
  }

  @Test
  void failedWrite_namesEveryDocumentLeftOut_saysTheStoreIsAsBefore_andIsAnInternalError() {
    LoadReport report =
        FailingWrites.load(dir.resolve("store"), 2, "beta", printer, List.of(CORPUS));

    assertThatThrownBy(
            () -> printer.conclude(report, dir, "ingested into store", new PrintWriter(out, true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("failed on purpose");
    String failed =
        ": not ingested: the write transaction of its batch (2 documents) failed and was rolled"
            + " back: java.lang.IllegalStateException: failed on purpose";
    assertThat(err.toString())
        .contains("spkg: " + CORPUS.resolve("alpha.md") + failed)
        .contains("spkg: " + CORPUS.resolve("beta.md") + failed)
        .contains(
            "spkg: "
                + CORPUS.resolve("more/gamma.md")
                + ": not ingested: not written, as the run stopped at a failed write before it")
        .contains("the store is as it was before the failed batch");
    assertThat(out.toString()).startsWith("0 documents ingested into store (0 new, 0 replaced, 3");
  }
}
