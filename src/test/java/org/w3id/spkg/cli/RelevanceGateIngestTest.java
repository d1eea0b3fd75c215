package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.vocab.SPKG;

/**
 * The relevance gate through {@code spkg ingest}: a document about something else is kept as a
 * document and nothing more, a mixed one keeps its space part, {@code --topic all} keeps all; and,
 * on the archive's random sample, every file is its own document and no off-topic one adds a fact
 * or an entity.
 */
class RelevanceGateIngestTest {

  private static final Node RELEVANCE = SPKG.relevance.asNode();
  private static final Node NONE = NodeFactory.createURI("https://w3id.org/spkg/id/relevance/none");

  @TempDir Path dir;

  @Test
  void offTopicDocument_isADocumentOnly_mixedKeepsItsSpacePart_topicAllKeepsEverything()
      throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("tariffs.md"),
        "---\ntitle: Tariffs on Steel\ndate: '2024-05-01'\n---\n\n"
            + "The Department of Commerce and the Department of the Treasury will raise tariffs"
            + " on steel from Canada and Mexico by 25 percent in June 2024.\n");
    Files.writeString(
        in.resolve("visit.md"),
        "---\ntitle: Joint Statement on the State Visit of Norway\ndate: '2024-05-02'\n---\n\n"
            + "## Trade\n\nNorway and the United States will lower tariffs on salmon.\n\n"
            + "## Space\n\nNASA and the Norwegian Space Agency will launch two Earth observation"
            + " satellites into polar orbit in 2026.\n\nThe agencies will share the satellite data"
            + " with Arctic researchers.\n");

    DatasetGraph gated = dryRun(in);
    DatasetGraph all = dryRun(in, "--topic", "all");

    Graph tariffs = graphEndingWith(gated, "/tariffs");
    assertThat(subjects(tariffs)).as("only the document node").hasSize(1);
    assertThat(documentIsOffTopic(tariffs)).isTrue();
    assertThat(tariffs.contains(Node.ANY, SPKG.mentions.asNode(), Node.ANY)).isFalse();
    assertThat(
            graphEndingWith(all, "/tariffs").contains(Node.ANY, SPKG.mentions.asNode(), Node.ANY))
        .as("--topic all reads it")
        .isTrue();

    Graph visit = graphEndingWith(gated, "/visit");
    List<String> mentioned = new ArrayList<>();
    visit
        .find(Node.ANY, SPKG.mentions.asNode(), Node.ANY)
        .forEachRemaining(t -> mentioned.add(t.getObject().getURI()));
    assertThat(mentioned).anyMatch(m -> m.endsWith("/agency/nasa"));
    assertThat(visit.find(Node.ANY, SPKG.quote.asNode(), Node.ANY).toList())
        .extracting(t -> t.getObject().getLiteralLexicalForm())
        .noneMatch(q -> q.contains("salmon"));
  }

  @Test
  void archiveSample_everyFileIsADocument_andOffTopicOnesAddNoFactOrEntity() throws IOException {
    Path sample = Path.of("..", "shared", "archive-sample");
    assumeTrue(Files.isDirectory(sample), "no ../shared/archive-sample beside this checkout");
    long files;
    try (Stream<Path> s = Files.walk(sample)) {
      files = s.filter(p -> p.toString().endsWith(".md")).count();
    }
    DatasetGraph quads = dryRun(sample);

    List<Node> graphs = new ArrayList<>();
    quads.listGraphNodes().forEachRemaining(graphs::add);
    assertThat(graphs).as("a graph per file").hasSize((int) files);
    int offTopic = 0;
    for (Node g : graphs) {
      Graph graph = quads.getGraph(g);
      if (documentIsOffTopic(graph)) {
        offTopic++;
        assertThat(subjects(graph)).as(g + ": only the document node").hasSize(1);
      }
    }
    System.out.println(
        "RelevanceGateIngestTest: " + graphs.size() + " documents, " + offTopic + " off-topic");
    assertThat(offTopic).isGreaterThan(graphs.size() * 9 / 10);
  }

  private DatasetGraph dryRun(Path in, String... options) {
    List<String> args = new ArrayList<>(List.of("ingest", "--dry-run"));
    args.addAll(List.of(options));
    args.add(in.toString());
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
    return RDFParser.fromString(run.out(), Lang.TRIG).toDatasetGraph();
  }

  private static boolean documentIsOffTopic(Graph g) {
    Node document = g.find(Node.ANY, RDF.type.asNode(), SPKG.Document.asNode()).next().getSubject();
    return g.contains(document, RELEVANCE, NONE);
  }

  private static Graph graphEndingWith(DatasetGraph quads, String suffix) {
    List<Node> graphs = new ArrayList<>();
    quads.listGraphNodes().forEachRemaining(graphs::add);
    Node g = graphs.stream().filter(n -> n.getURI().endsWith(suffix)).findFirst().orElseThrow();
    return quads.getGraph(g);
  }

  private static List<Node> subjects(Graph g) {
    List<Node> out = new ArrayList<>();
    g.find()
        .forEachRemaining(
            t -> {
              if (!out.contains(t.getSubject())) {
                out.add(t.getSubject());
              }
            });
    return out;
  }
}
