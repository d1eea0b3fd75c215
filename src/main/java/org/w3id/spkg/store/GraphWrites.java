package org.w3id.spkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.w3id.spkg.InputException;
import org.w3id.spkg.vocab.NamedGraphs;

/** The writes of a store, to be called inside its write transaction. */
final class GraphWrites {

  private static final Set<String> RESERVED =
      Set.of(NamedGraphs.ONTOLOGY, NamedGraphs.REFERENCE, NamedGraphs.INFERRED, NamedGraphs.META);

  private GraphWrites() {}

  /** Whether {@code graphIri} is one of the store's own graphs (ontology, reference, …). */
  static boolean isReserved(String graphIri) {
    return RESERVED.contains(graphIri);
  }

  /** Fails unless the document's graph is a document graph (not ontology, reference, …). */
  static void checkDocumentGraph(DocumentGraph doc) {
    if (RESERVED.contains(doc.graphIri())) {
      throw new InputException(
          doc.source(),
          "the document key '"
              + doc.key()
              + "' names the store's own graph <"
              + doc.graphIri()
              + ">; rename the file");
    }
  }

  /**
   * Drops the named graph {@code graphIri} and writes {@code content} in its place. Blank nodes get
   * fresh labels: TDB2 identifies blank nodes by label across graphs, so a label that two
   * documents' graphs happen to share must not join them.
   *
   * @return the triples written (with their fresh blank nodes): what the graph now holds
   */
  static List<Triple> replace(DatasetGraph dataset, String graphIri, Graph content) {
    Node graph = NodeFactory.createURI(graphIri);
    dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
    List<Triple> written = withFreshBlankNodes(content);
    written.forEach(w -> dataset.add(graph, w.getSubject(), w.getPredicate(), w.getObject()));
    return written;
  }

  /**
   * The triples of {@code content} with fresh labels for its blank nodes (see {@link #replace}):
   * what a replaced graph holds.
   */
  static List<Triple> withFreshBlankNodes(Graph content) {
    Map<Node, Node> fresh = new HashMap<>();
    List<Triple> written = new ArrayList<>();
    ExtendedIterator<Triple> triples = content.find();
    try {
      while (triples.hasNext()) {
        Triple t = triples.next();
        written.add(
            Triple.create(
                fresh(t.getSubject(), fresh), t.getPredicate(), fresh(t.getObject(), fresh)));
      }
    } finally {
      triples.close();
    }
    return written;
  }

  /** Drops the triples of {@code subject} in graph {@code graphIri} and writes {@code triples}. */
  static void replaceSubject(
      DatasetGraph dataset, String graphIri, Node subject, List<Triple> triples) {
    Node graph = NodeFactory.createURI(graphIri);
    dataset.deleteAny(graph, subject, Node.ANY, Node.ANY);
    triples.forEach(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  /**
   * Drops the triples in graph {@code graphIri} whose subject is an IRI in {@code namespace} and
   * writes {@code content}: a derived description (VoID, the home page's summary) kept next to
   * others in one graph.
   */
  static void replaceNamespace(
      DatasetGraph dataset, String graphIri, String namespace, Graph content) {
    Node graph = NodeFactory.createURI(graphIri);
    dataset
        .getGraph(graph)
        .find()
        .filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(namespace))
        .toList()
        .forEach(t -> dataset.delete(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    content
        .find()
        .forEachRemaining(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  private static Node fresh(Node node, Map<Node, Node> fresh) {
    return node.isBlank() ? fresh.computeIfAbsent(node, n -> NodeFactory.createBlankNode()) : node;
  }
}
