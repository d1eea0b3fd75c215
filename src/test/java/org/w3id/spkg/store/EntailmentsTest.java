package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/** The inferred graph kept up to date document by document equals the one computed whole. */
class EntailmentsTest {

  private static final Node ONTOLOGY = NodeFactory.createURI(NamedGraphs.ONTOLOGY);
  private static final Node INFERRED = NodeFactory.createURI(NamedGraphs.INFERRED);
  private static final Node A = NodeFactory.createURI(NamedGraphs.document("a"));
  private static final Node B = NodeFactory.createURI(NamedGraphs.document("b"));

  private static List<Triple> turtle(String text) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(
            "PREFIX spkg: <https://w3id.org/spkg/ontology#>\n"
                + "PREFIX org: <http://www.w3.org/ns/org#>\n"
                + "PREFIX : <https://w3id.org/spkg/id/>\n"
                + text,
            Lang.TURTLE)
        .parse(g);
    return g.find().toList();
  }

  private static final List<Triple> DOC_A =
      turtle(":agency\\/x a spkg:SpaceAgency . :program\\/p spkg:participant :nation\\/JP .");
  private static final List<Triple> DOC_B =
      turtle(":agency\\/x a org:Organization . :agency\\/y a spkg:SpaceAgency .");

  private static DatasetGraph store() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    OntologyFiles.at(TestFiles.ONTOLOGY)
        .ontology()
        .getGraph()
        .find()
        .forEachRemaining(t -> dsg.add(ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
    return dsg;
  }

  private static void write(
      DatasetGraph dsg, Node graph, List<Triple> removed, List<Triple> added) {
    removed.forEach(t -> dsg.delete(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    added.forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    Entailments.update(dsg, removed, added);
  }

  private static void assertSameAsWhole(DatasetGraph incremental) {
    DatasetGraph whole = DatasetGraphFactory.createTxnMem();
    incremental
        .find()
        .forEachRemaining(
            q -> {
              if (!q.getGraph().equals(INFERRED)) {
                whole.add(q);
              }
            });
    Entailments.refresh(whole);
    assertThat(incremental.getGraph(INFERRED).find().toSet())
        .isEqualTo(whole.getGraph(INFERRED).find().toSet());
  }

  @Test
  void addingAndRemovingDocuments_keepsTheInferredGraphAsAWholeRefreshWouldMakeIt() {
    DatasetGraph dsg = store();
    write(dsg, A, List.of(), DOC_A);
    assertThat(dsg.getGraph(INFERRED).size()).isPositive();
    assertSameAsWhole(dsg);
    write(dsg, B, List.of(), DOC_B);
    assertSameAsWhole(dsg);
    // A goes: x is still an organization (B says so), no longer a space agency's superclasses.
    write(dsg, A, DOC_A, List.of());
    assertSameAsWhole(dsg);
    // B goes too: nothing is left to entail.
    write(dsg, B, DOC_B, List.of());
    assertSameAsWhole(dsg);
    assertThat(dsg.getGraph(INFERRED).size()).isZero();
    // A comes back after B stated what A entails.
    write(dsg, B, List.of(), DOC_B);
    write(dsg, A, List.of(), DOC_A);
    assertSameAsWhole(dsg);
  }
}
