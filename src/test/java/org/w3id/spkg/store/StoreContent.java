package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.PROV;

/** Test data for stores, and comparisons of what a store holds. */
public final class StoreContent {

  public static final String PREFIXES =
      """
      @prefix spkg: <https://w3id.org/spkg/ontology#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix oa:   <http://www.w3.org/ns/oa#> .
      @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
      @prefix program:  <https://w3id.org/spkg/id/program/> .
      @prefix nation:   <https://w3id.org/spkg/id/nation/> .
      @prefix agency:   <https://w3id.org/spkg/id/agency/> .
      @prefix evidence: <https://w3id.org/spkg/id/evidence/> .
      """;

  private static final Node STARTED = PROV.startedAtTime;
  private static final Node ENDED = PROV.endedAtTime;

  private StoreContent() {}

  /** A graph from Turtle, with {@link #PREFIXES}; every call gives new blank nodes. */
  public static Graph turtle(String body) {
    return RDFParser.fromString(PREFIXES + body, Lang.TURTLE).toGraph();
  }

  /** A document as the ingester would give it to the store. */
  public static DocumentGraph document(String key, Graph graph) {
    return new DocumentGraph(
        key,
        EntityIris.document(key),
        NamedGraphs.document(key),
        Path.of(key + ".md").toString(),
        "ab".repeat(32),
        graph);
  }

  /** An in-memory copy of every quad in the store. */
  public static DatasetGraph of(SpkgStore store) {
    DatasetGraph copy = DatasetGraphFactory.createGeneral();
    DatasetGraph data = store.datasetGraph();
    Txn.executeRead(data, () -> data.find().forEachRemaining(copy::add));
    return copy;
  }

  /** A copy without the ingest activities' start and end times. */
  public static DatasetGraph withoutTimes(DatasetGraph data) {
    DatasetGraph copy = DatasetGraphFactory.createGeneral();
    data.find()
        .forEachRemaining(
            q -> {
              if (!q.getPredicate().equals(STARTED) && !q.getPredicate().equals(ENDED)) {
                copy.add(q);
              }
            });
    return copy;
  }

  /** The quads of one graph of {@code data}. */
  public static Graph graph(DatasetGraph data, String graphIri) {
    return data.getGraph(NodeFactory.createURI(graphIri));
  }

  public static void assertIsomorphic(DatasetGraph actual, DatasetGraph expected) {
    assertThat(IsoMatcher.isomorphic(expected, actual))
        .as("expected:%n%s%nactual:%n%s", trig(expected), trig(actual))
        .isTrue();
  }

  public static void assertIsomorphic(Graph actual, Graph expected) {
    assertThat(IsoMatcher.isomorphic(expected, actual))
        .as(
            "expected:%n%s%nactual:%n%s",
            RDFWriter.source(expected).lang(Lang.TURTLE).asString(),
            RDFWriter.source(actual).lang(Lang.TURTLE).asString())
        .isTrue();
  }

  private static String trig(DatasetGraph data) {
    return RDFWriter.source(data).lang(Lang.TRIG).asString();
  }

  static Quad quad(String graph, Node s, Node p, Node o) {
    return Quad.create(NodeFactory.createURI(graph), s, p, o);
  }
}
