package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.w3id.spkg.vocab.SPKG;

class EntityDescriptionTest {

  private static final DatasetGraph DSG = DatasetGraphFactory.createTxnMem();
  private static final Node JAPAN = NodeFactory.createURI("https://w3id.org/spkg/id/nation/JP");

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
          put(NamedGraphs.REFERENCE, files.reference().getGraph());
          put(seed.graphIri(), seed.graph());
        });
  }

  private static void put(String graph, Graph g) {
    Node name = NodeFactory.createURI(graph);
    g.find().forEachRemaining(t -> DSG.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  @Test
  void japan_comesWithItsCodes_incomingParticipations_andTheirEvidence() {
    Graph d = DSG.calculateRead(() -> EntityDescription.of(DSG, JAPAN.getURI()));
    assertThat(d.contains(JAPAN, SPKG.isoAlpha3.asNode(), NodeFactory.createLiteralString("JPN")))
        .isTrue();
    Node cspo = NodeFactory.createURI("https://w3id.org/spkg/id/program/cspo");
    assertThat(d.contains(cspo, SPKG.participant.asNode(), JAPAN)).isTrue();
    Node participation =
        d.find(Node.ANY, SPKG.agent.asNode(), JAPAN).toList().stream()
            .map(t -> t.getSubject())
            .filter(p -> d.contains(cspo, SPKG.qualifiedParticipation.asNode(), p))
            .findFirst()
            .orElseThrow();
    Node evidence = d.find(participation, SPKG.evidence.asNode(), Node.ANY).next().getObject();
    assertThat(
            d.find(evidence, SPKG.quote.asNode(), Node.ANY)
                .next()
                .getObject()
                .getLiteralLexicalForm())
        .contains("Japan");
    assertThat(d.contains(cspo, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)).isTrue();
  }

  @Test
  void unknownIri_hasAnEmptyDescription() {
    String nope = "https://w3id.org/spkg/id/nation/XX";
    assertThat(DSG.calculateRead(() -> EntityDescription.of(DSG, nope)).isEmpty()).isTrue();
    assertThat(DSG.calculateRead(() -> EntityDescription.isKnown(DSG, nope))).isFalse();
    assertThat(DSG.calculateRead(() -> EntityDescription.isKnown(DSG, JAPAN.getURI()))).isTrue();
  }
}
