package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/** The home page's summary of the seed: counted, kept in the meta graph, read back the same. */
class HomeSummaryTest {

  private static final DatasetGraph DSG = DatasetGraphFactory.createTxnMem();

  @BeforeAll
  static void load() {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    ExtractedDocument seed =
        DocumentIngester.create(files)
            .extract(
                TestFiles.CORPUS.resolve(
                    "2023-12-20-fact-sheet-strengthening-us-international-space-partnerships.md"),
                IngestOptions.defaults());
    DSG.executeWrite(
        () -> {
          put(NamedGraphs.ONTOLOGY, files.ontology().getGraph());
          put(NamedGraphs.REFERENCE, files.reference().getGraph());
          put(seed.graphIri(), seed.graph());
          Entailments.refresh(DSG);
        });
  }

  private static void put(String graph, Graph g) {
    Node name = NodeFactory.createURI(graph);
    g.find().forEachRemaining(t -> DSG.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  @Test
  void seed_countsWhatTheDocumentNames() {
    HomeSummary s = DSG.calculateRead(() -> HomeSummaryCounter.compute(DSG));
    assertThat(s.kinds().keySet()).containsExactlyElementsOf(HomeSummary.KINDS.keySet());
    assertThat(s.kinds().get("initiative").entities()).isEqualTo(28);
    assertThat(s.kinds().get("document").entities()).isEqualTo(1);
    assertThat(s.kinds().get("nation").entities()).isBetween(1L, 40L);
    assertThat(s.kinds().get("nation").shown())
        .contains(NodeFactory.createURI("https://w3id.org/spkg/id/nation/JP"));
    assertThat(s.edges()).hasSizeGreaterThan(20);
    assertThat(s.allEdges()).isGreaterThanOrEqualTo(s.edges().size());
    assertThat(s.events()).isNotEmpty().hasSize((int) s.allEvents());
  }

  @Test
  void refresh_keepsItInTheMetaGraph_andStoredReadsTheSame() {
    HomeSummary counted = DSG.calculateRead(() -> HomeSummaryCounter.compute(DSG));
    DSG.executeWrite(() -> HomeSummaryCounter.refresh(DSG));
    DSG.executeWrite(() -> HomeSummaryCounter.refresh(DSG));
    HomeSummary stored = DSG.calculateRead(() -> HomeSummary.stored(DSG)).orElseThrow();
    assertThat(stored.nodes()).isEqualTo(counted.nodes());
    assertThat(stored.allEdges()).isEqualTo(counted.allEdges());
    assertThat(stored.allEvents()).isEqualTo(counted.allEvents());
    assertThat(new HashSet<>(stored.edges())).isEqualTo(new HashSet<>(counted.edges()));
    assertThat(new HashSet<>(stored.events())).isEqualTo(new HashSet<>(counted.events()));
    counted
        .kinds()
        .forEach(
            (key, kind) -> {
              assertThat(stored.kinds().get(key).entities()).as(key).isEqualTo(kind.entities());
              assertThat(new HashSet<>(stored.kinds().get(key).shown()))
                  .as(key)
                  .isEqualTo(new HashSet<>(kind.shown()));
            });
  }

  @Test
  void storedSummary_linksNoEntity() {
    DSG.executeWrite(() -> HomeSummaryCounter.refresh(DSG));
    Graph meta =
        DSG.calculateRead(() -> copy(DSG.getGraph(NodeFactory.createURI(NamedGraphs.META))));
    assertThat(meta.find(Node.ANY, Node.ANY, Node.ANY).toList())
        .filteredOn(t -> t.getSubject().getURI().startsWith(HomeSummary.NS))
        .isNotEmpty()
        .allSatisfy(
            t ->
                assertThat(t.getObject().isURI() && t.getObject().getURI().contains("/spkg/id/"))
                    .as("%s", t)
                    .isFalse());
  }

  private static Graph copy(Graph g) {
    Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(out::add);
    return out;
  }
}
