package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.remote.StockFuseki;
import org.w3id.spkg.store.EndpointDocuments;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.PROV;
import org.w3id.spkg.vocab.SPKG;

/**
 * {@code spkg ingest --to URL} against a stock Fuseki: a document ingested again replaces its
 * graphs, and two workers on disjoint halves of the files write what one run on all writes.
 */
class IngestToCommandTest {

  private static final Path FACT_SHEETS = Path.of("src/test/resources/ingest/factsheets");

  @TempDir static Path dir;

  private static StockFuseki fuseki;

  @BeforeAll
  static void start() throws Exception {
    fuseki = StockFuseki.start(dir.resolve("fuseki.log"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (fuseki != null) {
      fuseki.close();
    }
  }

  @Test
  void aDocumentIngestedAgain_replacesItsGraphs_leavingNothingStale() throws Exception {
    clear();
    Path docs = Files.createDirectories(dir.resolve("again"));
    Path seed = TestFiles.filesBelow(TestFiles.CORPUS, ".md").get(0);
    Path file = docs.resolve(seed.getFileName());
    Files.copy(seed, file);
    CommandRun first = CommandRun.of("ingest", file.toString(), "--to", url());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("1 document written to " + url() + " (1 new, 0 replaced");

    // The changed document: its second half gone.
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Files.write(file, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
    CommandRun second = CommandRun.of("ingest", file.toString(), "--to", url());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("(0 new, 1 replaced");

    Path local = dir.resolve("again-local");
    CommandRun here = CommandRun.of("ingest", file.toString(), "--store", local.toString());
    assertThat(here.exitCode()).as(here.err()).isZero();
    try (SpkgStore store = SpkgStore.openExisting(local)) {
      List<String> documents =
          store.graphNames().stream()
              .filter(g -> !List.of(NamedGraphs.INFERRED, NamedGraphs.META).contains(g))
              .filter(g -> !List.of(NamedGraphs.ONTOLOGY, NamedGraphs.REFERENCE).contains(g))
              .toList();
      assertThat(documents).hasSize(1);
      String graph = documents.get(0);
      Graph expected =
          store
              .datasetGraph()
              .calculateRead(
                  () -> copy(store.datasetGraph().getGraph(NodeFactory.createURI(graph))));
      Graph remote = GSP.service(url()).graphName(graph).GET();
      assertThat(remote.isIsomorphicWith(expected))
          .as("<%s>: %d triples remote, %d local", graph, remote.size(), expected.size())
          .isTrue();
      String key = graph.substring(NamedGraphs.NS.length());
      String source =
          remote
              .find(null, SPKG.sourceIdentifier.asNode(), null)
              .next()
              .getObject()
              .getLiteralLexicalForm();
      assertThat(EndpointDocuments.heldByOtherSource(query(), graph, source))
          .as("the graph holds its own source")
          .isFalse();
      assertThat(EndpointDocuments.heldByOtherSource(query(), graph, "another.md"))
          .as("the graph holds another source than another.md's")
          .isTrue();
      Graph derived = GSP.service(url()).graphName(NamedGraphs.derived(key)).GET();
      assertThat(derived.find(null, PROV.used, null).toList())
          .as("one ingest activity in the derived graph")
          .hasSize(1);
    }
  }

  @Test
  void twoWorkersOnHalvesOfTheFiles_writeWhatOneRunOnAllWrites() throws Exception {
    List<Path> all = new ArrayList<>(TestFiles.filesBelow(TestFiles.CORPUS, ".md"));
    all.addAll(TestFiles.filesBelow(FACT_SHEETS, ".md"));
    assertThat(all).hasSizeGreaterThanOrEqualTo(4);

    clear();
    CommandRun one = ingest(all);
    assertThat(one.exitCode()).as(one.err()).isZero();
    Map<String, Graph> oneRun = remoteContent();

    clear();
    int half = all.size() / 2;
    CommandRun workerA = ingest(all.subList(0, half));
    CommandRun workerB = ingest(all.subList(half, all.size()));
    assertThat(workerA.exitCode()).as(workerA.err()).isZero();
    assertThat(workerB.exitCode()).as(workerB.err()).isZero();
    Map<String, Graph> twoWorkers = remoteContent();

    assertThat(twoWorkers.keySet()).isEqualTo(oneRun.keySet());
    assertThat(oneRun.keySet()).contains(NamedGraphs.DERIVED_REFERENCE);
    for (String g : oneRun.keySet()) {
      assertThat(twoWorkers.get(g).isIsomorphicWith(oneRun.get(g)))
          .as(
              "<%s>: %d triples by two workers, %d by one run",
              g, twoWorkers.get(g).size(), oneRun.get(g).size())
          .isTrue();
    }
  }

  private static CommandRun ingest(List<Path> files) {
    List<String> args = new ArrayList<>(List.of("ingest", "--to", url()));
    files.forEach(f -> args.add(f.toString()));
    return CommandRun.of(args.toArray(String[]::new));
  }

  /** Every graph of the store; in derived graphs, the ingest activity's times left out. */
  private static Map<String, Graph> remoteContent() {
    Map<String, Graph> graphs = new TreeMap<>();
    try (QueryExecHTTP q =
        QueryExecHTTP.service(fuseki.query().toString())
            .query("SELECT DISTINCT ?g { GRAPH ?g { } }")
            .build()) {
      q.select().forEachRemaining(row -> graphs.put(row.get("g").getURI(), null));
    }
    graphs.replaceAll(
        (g, none) -> {
          Graph content = GSP.service(url()).graphName(g).GET();
          if (g.startsWith(NamedGraphs.DERIVED_NS)) {
            content.remove(null, PROV.startedAtTime, null);
            content.remove(null, PROV.endedAtTime, null);
          }
          return content;
        });
    return graphs;
  }

  private static Graph copy(Graph graph) {
    Graph copy = GraphFactory.createDefaultGraph();
    graph.find().forEachRemaining(copy::add);
    return copy;
  }

  private static void clear() {
    UpdateExecHTTP.service(fuseki.update().toString()).update("DROP ALL").execute();
  }

  private static String query() {
    return fuseki.query().toString();
  }

  private static String url() {
    return fuseki.dataset().toString();
  }
}
