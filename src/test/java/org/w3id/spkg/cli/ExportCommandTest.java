package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.store.StoreContent;
import org.w3id.spkg.vocab.NamedGraphs;

class ExportCommandTest {

  @TempDir static Path dir;
  static Path store;

  @BeforeAll
  static void ingest() {
    store = IngestCommandTest.ingestCorpus(dir.resolve("store"));
  }

  @Test
  void trig_toStdout_isTheWholeStore() {
    CommandRun run = CommandRun.of("export", "--store", store.toString(), "--format", "trig");
    assertThat(run.exitCode()).as(run.err()).isZero();
    DatasetGraph written = RDFParser.fromString(run.out(), Lang.TRIG).toDatasetGraph();
    assertIsomorphic(written, IngestCommandTest.contentOf(store));
  }

  @Test
  void sameStore_sameBytes() {
    String first = CommandRun.of("export", "--store", store.toString(), "--format", "nquads").out();
    String second =
        CommandRun.of("export", "--store", store.toString(), "--format", "nquads").out();
    assertThat(first).isNotEmpty().isEqualTo(second);
  }

  @Test
  void graph_writesThatGraphOnly() {
    String beta = NamedGraphs.document("beta");
    CommandRun run =
        CommandRun.of("export", "--store", store.toString(), "--graph", beta, "--format", "turtle");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Graph written = RDFParser.fromString(run.out(), Lang.TURTLE).toGraph();
    assertIsomorphic(written, StoreContent.graph(IngestCommandTest.contentOf(store), beta));
  }

  @Test
  void unknownGraph_isReportedWithTheGraphsThereAre() {
    String unknown = NamedGraphs.NS + "nope";
    CommandRun run =
        CommandRun.of(
            "export", "--store", store.toString(), "--graph", unknown, "--format", "trig");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .startsWith("spkg: " + unknown + ": no such graph in the store at " + store)
        .contains(NamedGraphs.document("alpha"))
        .contains(NamedGraphs.REFERENCE);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void out_writesTheFile_andNothingToStdout() throws IOException {
    Path file = dir.resolve("export.jsonld");
    CommandRun run =
        CommandRun.of(
            "export", "--store", store.toString(), "--format", "jsonld", "--out", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    Graph written = RDFParser.fromString(Files.readString(file), Lang.JSONLD).toGraph();
    assertThat(written.size()).isPositive();
    assertThat(dir.resolve("export.jsonld.partial")).doesNotExist();
  }

  @Test
  void outInAMissingFolder_isReported() {
    Path file = dir.resolve("no-such-folder/export.ttl");
    CommandRun run =
        CommandRun.of(
            "export", "--store", store.toString(), "--format", "turtle", "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("spkg: " + file + ": cannot write");
  }

  @Test
  void noStore_isReported_andNotCreated() {
    Path none = dir.resolve("none");
    CommandRun run = CommandRun.of("export", "--store", none.toString(), "--format", "trig");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no store at " + none + "; run 'spkg ingest' first");
    assertThat(none).doesNotExist();
  }

  @Test
  void format_isRequired() {
    CommandRun run = CommandRun.of("export", "--store", store.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format");
  }
}
