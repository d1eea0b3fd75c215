package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.cli.IngestCommandTest.CORPUS;
import static org.w3id.spkg.cli.IngestCommandTest.contentOf;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spkg ingest --batch N} and {@code --compact}: the same store however it is written. */
class IngestBatchesTest {

  @TempDir Path dir;

  @Test
  void batches_giveTheSameStoreAsOneDocumentPerTransaction_andABadBatchIsAUsageError() {
    Path one = dir.resolve("one");
    Path many = dir.resolve("many");
    ingestInBatches(one, "1", CORPUS);
    ingestInBatches(many, "50", CORPUS);
    assertThat(nquadsWithoutTimes(one)).isEqualTo(nquadsWithoutTimes(many)).isNotEmpty();
    CommandRun bad =
        CommandRun.of("ingest", "--batch", "0", "--store", one.toString(), CORPUS.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--batch must be 1 or more");
  }

  /**
   * Ingests {@code source} into {@code store}, {@code batch} documents a transaction; must succeed.
   */
  private static CommandRun ingestInBatches(
      Path store, String batch, Path source, String... options) {
    List<String> args = new ArrayList<>(List.of("ingest", "--batch", batch));
    args.addAll(List.of(options));
    args.addAll(List.of("--store", store.toString(), source.toString()));
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  /** The store as N-Quads, the ingest times masked. */
  private static String nquadsWithoutTimes(Path store) {
    return withoutTimes(
        CommandRun.of("export", "--store", store.toString(), "--format", "nquads").out());
  }

  /** The ingest activities' start and end times differ between runs; nothing else may. */
  private static String withoutTimes(String nquads) {
    return nquads.replaceAll(
        "\"[0-9T:.+-]+Z?\"\\^\\^<http://www.w3.org/2001/XMLSchema#dateTime>", "TIME");
  }

  @Test
  void compact_shrinksTheStore_andKeepsItsContent() {
    Path store = dir.resolve("compacted");
    Path plain = dir.resolve("plain");
    ingestInBatches(plain, "1", CORPUS);
    CommandRun b = ingestInBatches(store, "1", CORPUS, "--compact");
    assertThat(b.err()).containsPattern("compacted .*: [0-9.]+ MB -> [0-9.]+ MB");
    assertThat(nquadsWithoutTimes(store)).isEqualTo(nquadsWithoutTimes(plain));
    assertThat(store.resolve("Data-0001")).doesNotExist();
    assertThat(store.resolve("Data-0002")).isDirectory();
  }

  @Test
  void pipelinedBatches_giveTheQuadsOfTheDryRun_andOfOneDocumentPerTransaction() {
    Path corpus = dir.resolve("corpus");
    CommandRun made =
        CommandRun.of("bench", "corpus", "--docs", "12", "--seed", "3", "--out", corpus.toString());
    assertThat(made.exitCode()).as(made.err()).isZero();
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    ingestInBatches(one, "1", corpus);
    ingestInBatches(three, "3", corpus);
    CommandRun dry = CommandRun.of("ingest", "--dry-run", corpus.toString());
    assertThat(dry.exitCode()).as(dry.err()).isZero();

    assertThat(nquadsWithoutTimes(three)).isEqualTo(nquadsWithoutTimes(one)).isNotEmpty();
    DatasetGraph extracted = RDFParser.fromString(dry.out(), Lang.TRIG).toDatasetGraph();
    DatasetGraph stored = contentOf(three);
    List<Node> graphs = new ArrayList<>();
    extracted.listGraphNodes().forEachRemaining(graphs::add);
    assertThat(graphs).hasSize(12);
    for (Node graph : graphs) {
      assertIsomorphic(stored.getGraph(graph), extracted.getGraph(graph));
    }
  }
}
