package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.store.StoreContent;
import org.w3id.spkg.store.StoreHolder;
import org.w3id.spkg.vocab.NamedGraphs;

class IngestCommandTest {

  /** Ingests the test corpus into {@code store} through the command line; returns the store. */
  static Path ingestCorpus(Path store) {
    CommandRun run = CommandRun.of("ingest", "--store", store.toString(), CORPUS.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return store;
  }

  static final Path CORPUS = Path.of("src/test/resources/ingest/corpus");
  static final Path ALPHA = CORPUS.resolve("alpha.md");
  static final Path BETA = CORPUS.resolve("beta.md");

  @TempDir Path dir;

  @Test
  void folder_ingestsEveryMarkdownFileBelowIt_inNameOrder_withProgressAndSummary() {
    Path store = dir.resolve("store");
    CommandRun run = CommandRun.of("ingest", "--store", store.toString(), CORPUS.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .containsPattern(
            "(?s)ingested \\S*alpha\\.md: \\d+ triples, \\d+ entities, \\d+ facts, \\d+ warnings"
                + ".*ingested \\S*beta\\.md: .*ingested \\S*more/gamma\\.md: ")
        .doesNotContain("notes.txt");
    assertThat(run.out())
        .containsPattern(
            "^3 documents ingested into "
                + store
                + " \\(3 new, 0 replaced, 0 refused; \\d+ about space, \\d+ in part, \\d+ off-topic\\):"
                + " \\d+ triples, \\d+ entities, \\d+ facts, \\d+ warnings, \\d+\\.\\d\\d s\\R$");
    assertThat(graphsOf(store))
        .contains(
            NamedGraphs.document("alpha"),
            NamedGraphs.document("beta"),
            NamedGraphs.document("gamma"),
            NamedGraphs.ONTOLOGY,
            NamedGraphs.REFERENCE,
            NamedGraphs.META);
  }

  @Test
  void again_givesTheSameStore_apartFromTheTimesOfTheIngests() {
    Path store = dir.resolve("store");
    assertThat(CommandRun.of("ingest", "--store", store.toString(), CORPUS.toString()).exitCode())
        .isZero();
    DatasetGraph once = StoreContent.withoutTimes(contentOf(store));
    assertThat(CommandRun.of("ingest", "--store", store.toString(), CORPUS.toString()).exitCode())
        .isZero();

    assertIsomorphic(StoreContent.withoutTimes(contentOf(store)), once);
  }

  @Test
  void documentsWhoseNamesCollide_areEachTheirOwnGraph_inOneRunAndAcrossRuns() throws IOException {
    Path store = dir.resolve("store");
    String longName =
        "2022-06-13-a-message-to-the-congress-on-the-continuation-of-the-emergency-"
            + "with-respect-to-";
    Path one = Files.createDirectories(dir.resolve("in/one"));
    Path two = Files.createDirectories(dir.resolve("in/two"));
    Files.writeString(
        one.resolve(longName + "alpha.md"), factSheet("https://example.org/alpha", "Japan"));
    Files.writeString(
        one.resolve(longName + "beta.md"), factSheet("https://example.org/beta", "India"));
    Files.writeString(
        one.resolve("briefing.md"), factSheet("https://example.org/one/briefing", "Japan"));
    Files.writeString(
        two.resolve("briefing.md"), factSheet("https://example.org/two/briefing", "India"));

    CommandRun first =
        CommandRun.of("ingest", "--store", store.toString(), dir.resolve("in").toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("4 documents ingested")
        .contains("(4 new, 0 replaced, 0 refused;");
    assertThat(documentGraphs(store)).hasSize(4);

    // Across runs: the same sources replace their own graphs; a new source of a taken name does
    // not.
    Path three = Files.createDirectories(dir.resolve("three"));
    Files.writeString(
        three.resolve("briefing.md"), factSheet("https://example.org/three/briefing", "Chile"));
    CommandRun second =
        CommandRun.of("ingest", "--store", store.toString(), two.toString(), three.toString());

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("(1 new, 1 replaced, 0 refused;");
    assertThat(documentGraphs(store)).hasSize(5);
  }

  @Test
  void aFileWithoutSource_isKnownByItsPathBelowTheFolderGiven() throws IOException {
    Path store = dir.resolve("store");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createDirectories(in.resolve("x"));
    Files.createDirectories(in.resolve("y"));
    Files.writeString(in.resolve("x/note.md"), "# Note\n\nJapan and NASA work on the Gateway.\n");
    Files.writeString(in.resolve("y/note.md"), "# Note\n\nIndia and NASA work on the Gateway.\n");

    assertThat(CommandRun.of("ingest", "--store", store.toString(), in.toString()).exitCode())
        .isZero();
    CommandRun again = CommandRun.of("ingest", "--store", store.toString(), in.toString());

    assertThat(again.out()).contains("(0 new, 2 replaced, 0 refused;");
    assertThat(documentGraphs(store)).hasSize(2);
  }

  private static String factSheet(String source, String nation) {
    return "---\ntitle: A statement\ndate: '2024-01-02'\nsource_url: "
        + source
        + "\n---\n\n"
        + nation
        + " and NASA will cooperate on the lunar Gateway.\n";
  }

  private static Set<String> documentGraphs(Path store) {
    Set<String> graphs = new TreeSet<>(graphsOf(store));
    graphs.removeAll(
        List.of(
            NamedGraphs.ONTOLOGY, NamedGraphs.REFERENCE, NamedGraphs.META, NamedGraphs.INFERRED));
    return graphs;
  }

  @Test
  void missingPath_isReported_andTheOtherDocumentsGoIn() {
    Path store = dir.resolve("store");
    Path missing = dir.resolve("missing.md");
    CommandRun run =
        CommandRun.of("ingest", "--store", store.toString(), missing.toString(), ALPHA.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("spkg: " + missing + ": no such file or folder");
    assertThat(run.out()).contains("1 document ingested").contains("1 refused");
    assertThat(graphsOf(store)).contains(NamedGraphs.document("alpha"));
  }

  @Test
  void nothingToIngest_isReported_andCreatesNoStore() throws IOException {
    Path store = dir.resolve("store");
    Path noMarkdown = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(noMarkdown.resolve("notes.txt"), "not Markdown");
    Path missing = dir.resolve("missing");
    CommandRun run =
        CommandRun.of(
            "ingest", "--store", store.toString(), noMarkdown.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("spkg: " + noMarkdown + ": folder has no Markdown files (*.md)")
        .contains("spkg: " + missing + ": no such file or folder");
    assertThat(store).doesNotExist();
  }

  static Stream<Arguments> badDocuments() {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31 % 256);
    }
    return Stream.of(
        Arguments.of("empty.md", new byte[0]),
        Arguments.of("binary.md", binary),
        Arguments.of(
            "latin1.md",
            "---\ntitle: Café\n---\n# Café society\n".getBytes(StandardCharsets.ISO_8859_1)),
        Arguments.of("bad-yaml.md", utf8("---\ntitle: [unclosed\ndate: 2024-01-01\n---\n# T\n")),
        Arguments.of("bad-date.md", utf8("---\ntitle: Fine\ndate: not-a-date\n---\n# Fine\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocument_isReportedNamingTheFile_andLeavesTheStoreAsItWas(String name, byte[] content)
      throws IOException {
    Path store = dir.resolve("store");
    assertThat(CommandRun.of("ingest", "--store", store.toString(), ALPHA.toString()).exitCode())
        .isZero();
    DatasetGraph before = contentOf(store);
    Path bad = Files.write(dir.resolve(name), content);

    CommandRun run = CommandRun.of("ingest", "--store", store.toString(), bad.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err().lines().filter(l -> l.startsWith("spkg: ")))
        .singleElement()
        .asString()
        .contains(bad.toString());
    assertIsomorphic(contentOf(store), before);
  }

  @Test
  void badDocumentInAFolder_isReported_andTheOthersGoIn() throws IOException {
    Path store = dir.resolve("store");
    Path folder = Files.createDirectory(dir.resolve("docs"));
    Path bad = Files.write(folder.resolve("a-binary.md"), new byte[] {0, 1, 2, 3, (byte) 0xff});
    Files.copy(BETA, folder.resolve("beta.md"));

    CommandRun run = CommandRun.of("ingest", "--store", store.toString(), folder.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("spkg: " + bad)
        .contains("ingested " + folder.resolve("beta.md"));
    assertThat(graphsOf(store))
        .contains(NamedGraphs.document("beta"))
        .doesNotContain(NamedGraphs.document("a-binary"));
  }

  /**
   * A file eight times the largest of the briefing-room archive (250 KB), every paragraph about
   * space, goes in whole. (The 16 MiB limit itself is tested in DocumentIngesterTest; a 10 MiB file
   * here took two minutes of every CI run to show the same.)
   */
  @Test
  void veryLargeFile_isIngested() throws IOException {
    Path store = dir.resolve("store");
    Path large = dir.resolve("large.md");
    String paragraph =
        "NASA and the Japan Aerospace Exploration Agency (JAXA) will work with Norway on the"
            + " Lunar Relay Partnership in 2026.\n\n";
    StringBuilder text = new StringBuilder("---\ntitle: Large\ndate: 2024-01-01\n---\n# Large\n\n");
    while (text.length() < 2 * 1024 * 1024) {
      text.append(paragraph);
    }
    Files.writeString(large, text, StandardCharsets.UTF_8);

    CommandRun run = CommandRun.of("ingest", "--store", store.toString(), large.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(graphsOf(store)).contains(NamedGraphs.document("large"));
  }

  @Test
  void dryRun_writesTheDocumentsAsTriG_andTouchesNoStore() {
    Path store = dir.resolve("store");
    CommandRun run =
        CommandRun.of("ingest", "--dry-run", "--store", store.toString(), CORPUS.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(store).doesNotExist();
    DatasetGraph written = RDFParser.fromString(run.out(), Lang.TRIG).toDatasetGraph();
    Set<String> graphs = new TreeSet<>();
    written.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
    assertThat(graphs)
        .containsExactly(
            NamedGraphs.document("alpha"),
            NamedGraphs.document("beta"),
            NamedGraphs.document("gamma"));
    assertThat(run.err()).contains("3 documents extracted (dry run, no store written)");
  }

  @Test
  void laterDocuments_knowTheEntitiesOfEarlierOnes_inTheStoreAndInTheRun() {
    Path delta = Path.of("src/test/resources/ingest/known/delta.md");
    String lrp = "<https://w3id.org/spkg/id/program/lrp>";
    CommandRun alone = CommandRun.of("ingest", "--dry-run", delta.toString());
    assertThat(alone.out()).as("delta.md alone does not know the acronym LRP").doesNotContain(lrp);

    CommandRun together = CommandRun.of("ingest", "--dry-run", ALPHA.toString(), delta.toString());
    Graph deltaGraph =
        RDFParser.fromString(together.out(), Lang.TRIG)
            .toDatasetGraph()
            .getGraph(NodeFactory.createURI(NamedGraphs.document("delta")));
    assertThat(deltaGraph.contains(Node.ANY, Node.ANY, lrpNode())).isTrue();

    Path store = dir.resolve("store");
    assertThat(CommandRun.of("ingest", "--store", store.toString(), ALPHA.toString()).exitCode())
        .isZero();
    assertThat(CommandRun.of("ingest", "--store", store.toString(), delta.toString()).exitCode())
        .isZero();
    assertThat(
            StoreContent.graph(contentOf(store), NamedGraphs.document("delta"))
                .contains(Node.ANY, Node.ANY, lrpNode()))
        .isTrue();
  }

  @Test
  void date_mustBeADate() {
    CommandRun run = CommandRun.of("ingest", "--date", "2024-13-45", ALPHA.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--date").contains("2024-13-45");
  }

  @Test
  void storeInUse_isReportedWithTheProcess_andNothingIsIngested() throws Exception {
    Path store = dir.resolve("store");
    assertThat(CommandRun.of("ingest", "--store", store.toString(), ALPHA.toString()).exitCode())
        .isZero();
    try (StoreHolder holder = StoreHolder.start(store, dir.resolve("holder.log"))) {
      CommandRun run = CommandRun.of("ingest", "--store", store.toString(), BETA.toString());

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err())
          .contains("spkg: " + store + ": the store is in use by process " + holder.pid())
          .contains("stop the process " + holder.pid());
      assertThat(run.err()).doesNotContain("ingested");
    }
    assertThat(graphsOf(store)).doesNotContain(NamedGraphs.document("beta"));
  }

  private static Node lrpNode() {
    return NodeFactory.createURI("https://w3id.org/spkg/id/program/lrp");
  }

  static Set<String> graphsOf(Path store) {
    try (SpkgStore opened = SpkgStore.openExisting(store)) {
      return new TreeSet<>(opened.graphNames());
    }
  }

  static DatasetGraph contentOf(Path store) {
    try (SpkgStore opened = SpkgStore.openExisting(store)) {
      return StoreContent.of(opened);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
