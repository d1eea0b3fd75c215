package org.w3id.spkg.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.vocab.SPKG;

/**
 * The description of an entity that a linked-data consumer can use without a second request: all
 * its triples (stated and inferred), its incoming links, the qualified nodes, evidence and
 * selectors that hang off it and off those links, and the labels and types of everything they
 * mention.
 *
 * <pre>{@code
 * Graph g = dsg.calculateRead(() -> EntityDescription.of(dsg, "https://w3id.org/spkg/id/nation/JP"));
 * }</pre>
 */
public final class EntityDescription {

  /** Nodes under these namespaces belong to a description when reached: facts and evidence. */
  private static final List<String> OWNED =
      List.of(
          "https://w3id.org/spkg/id/participation/",
          "https://w3id.org/spkg/id/evidence/",
          "https://w3id.org/spkg/id/passage/",
          "https://w3id.org/spkg/id/quantity/");

  private static final Set<Node> LABELS =
      Set.of(
          RDFS.label.asNode(), SKOS.prefLabel.asNode(), SPKG.acronym.asNode(), RDF.type.asNode());

  private EntityDescription() {}

  /**
   * The description of {@code iri} in the union of the store's graphs; empty when the store says
   * nothing about it. Call inside a read transaction.
   */
  public static Graph of(DatasetGraph dsg, String iri) {
    Graph union = dsg.getUnionGraph();
    Node entity = NodeFactory.createURI(iri);
    Graph out = GraphFactory.createDefaultGraph();
    Set<Node> mentioned = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>(List.of(entity));
    Set<Node> done = new HashSet<>();
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!done.add(n)) {
        continue;
      }
      for (Triple t : union.find(n, Node.ANY, Node.ANY).toList()) {
        out.add(t);
        mentioned.add(t.getObject());
        if (owned(t.getObject())) {
          todo.push(t.getObject());
        }
      }
      // Incoming links of the entity, and of its qualified nodes (what a participation is in).
      boolean qualified = owned(n) && n.getURI().startsWith(OWNED.get(0));
      if (n.equals(entity) || qualified) {
        for (Triple t : union.find(Node.ANY, Node.ANY, n).toList()) {
          out.add(t);
          mentioned.add(t.getSubject());
          if (owned(t.getSubject())) {
            todo.push(t.getSubject());
          }
        }
      }
    }
    for (Node m : mentioned) {
      if (m.isURI() && !done.contains(m)) {
        for (Node p : LABELS) {
          union.find(m, p, Node.ANY).forEachRemaining(out::add);
        }
      }
    }
    return out;
  }

  /** Whether the store says anything about {@code iri}, as subject or object. */
  public static boolean isKnown(DatasetGraph dsg, String iri) {
    Node n = NodeFactory.createURI(iri);
    Graph union = dsg.getUnionGraph();
    return union.contains(n, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, n);
  }

  private static boolean owned(Node n) {
    return n.isURI() && OWNED.stream().anyMatch(ns -> n.getURI().startsWith(ns));
  }
}
