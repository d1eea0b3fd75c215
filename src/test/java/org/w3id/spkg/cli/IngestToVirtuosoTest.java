package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.load.DocumentLoader;
import org.w3id.spkg.remote.VirtuosoProcess;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * {@code spkg ingest --to} on the second engine, Virtuoso 7 (skipped without it, see {@link
 * VirtuosoProcess}): written through its protected Graph Store endpoint with Digest credentials
 * from a password file, read through its query endpoint; the document's graph holds the triples
 * extraction gives (compared by value: Virtuoso writes numbers in a canonical form and type of its
 * own), and a second run replaces it under the same key.
 */
class IngestToVirtuosoTest {

  @TempDir static Path dir;

  private static VirtuosoProcess virtuoso;
  private static Path passwords;

  @BeforeAll
  static void start() throws Exception {
    virtuoso = VirtuosoProcess.start(VirtuosoProcess.requireExecutable());
    passwords =
        Files.writeString(
            dir.resolve("passwd"), VirtuosoProcess.USER + ": " + virtuoso.password() + "\n");
  }

  @AfterAll
  static void stop() {
    if (virtuoso != null) {
      virtuoso.close();
    }
  }

  @Test
  void theSeedWrittenToVirtuoso_holdsTheExtractedTriples_andIsReplacedOnASecondRun() {
    CommandRun first = ingestSeed(passwords);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("(1 new, 0 replaced");
    CommandRun second = ingestSeed(passwords);
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("(0 new, 1 replaced");

    DatasetGraph extracted = DatasetGraphFactory.createGeneral();
    DocumentLoader.builder().extractInto(extracted).build().load(List.of(TestFiles.CORPUS));
    String graph = extracted.listGraphNodes().next().getURI(); // the one document's graph
    assertThat(graph).startsWith(NamedGraphs.NS);
    Graph here = extracted.getGraph(NodeFactory.createURI(graph));
    Graph there = GSP.service(virtuoso.graphStoreEndpoint()).graphName(graph).GET();
    Set<String> written = byValue(there);
    Set<String> expected = byValue(here);
    assertThat(expected.stream().filter(t -> !written.contains(t)).toList())
        .as("triples missing from Virtuoso's graph")
        .isEmpty();
    assertThat(written.stream().filter(t -> !expected.contains(t)).toList())
        .as("triples only in Virtuoso's graph")
        .isEmpty();
  }

  @Test
  void aWrongPassword_isRefusedBeforeAnyDocumentIsRead() throws Exception {
    Path wrong = Files.writeString(dir.resolve("wrong"), VirtuosoProcess.USER + ": nope\n");
    CommandRun run = ingestSeed(wrong);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("HTTP 401").contains("--to-auth").doesNotContain("ingested ");
  }

  /** {@code spkg ingest corpus --to} Virtuoso's protected graph store, as the user of the file. */
  private static CommandRun ingestSeed(Path passwordFile) {
    return CommandRun.of(
        "ingest",
        TestFiles.CORPUS.toString(),
        "--to",
        virtuoso.graphStoreAuthEndpoint(),
        "--to-query",
        virtuoso.queryEndpoint(),
        "--to-auth",
        passwordFile.toString());
  }

  /**
   * A number by its value (Virtuoso gives {@code "6.0"^^xsd:decimal} back as {@code 6}), another
   * literal in Jena's canonical form.
   */
  private static String value(Node o) {
    if (o.isLiteral() && NodeValue.makeNode(o).isNumber()) {
      return NodeValue.makeNode(o).getDecimal().stripTrailingZeros().toPlainString();
    }
    return CanonicalizeLiteral.get().apply(o).toString();
  }

  /** The triples with each literal in canonical form (as Virtuoso stores them), as text. */
  private static Set<String> byValue(Graph graph) {
    return graph.find().toList().stream()
        .map(
            t ->
                Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createURI("urn:o"))
                    + " "
                    + value(t.getObject()))
        .collect(Collectors.toSet());
  }
}
