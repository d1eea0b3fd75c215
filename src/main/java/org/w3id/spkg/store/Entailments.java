package org.w3id.spkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * The RDFS entailments of the ontology's subclass and subproperty axioms over the whole store,
 * materialised into the {@code inferred} graph so that {@code ?x a org:Organization} finds an
 * Agency with no reasoner on the query path. Domain and range axioms are not applied: they would
 * type things from how they are used, which the shapes check instead.
 */
public final class Entailments {

  private static final Node INFERRED = NodeFactory.createURI(NamedGraphs.INFERRED);
  private static final Node ONTOLOGY = NodeFactory.createURI(NamedGraphs.ONTOLOGY);

  private Entailments() {}

  /**
   * Replaces the {@code inferred} graph of {@code dsg} with the entailments of its ontology graph
   * over all other graphs. Call inside a write transaction.
   *
   * @return the number of inferred triples
   */
  public static long refresh(DatasetGraph dsg) {
    Graph ontology = dsg.getGraph(ONTOLOGY);
    Map<Node, Set<Node>> superClasses = closure(ontology, RDFS.subClassOf.asNode());
    Map<Node, Set<Node>> superProperties = closure(ontology, RDFS.subPropertyOf.asNode());
    dsg.deleteAny(INFERRED, Node.ANY, Node.ANY, Node.ANY);
    List<Triple> inferred = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
        .forEachRemaining(
            (Quad q) -> {
              if (q.getGraph().equals(INFERRED)) {
                return;
              }
              Node p = q.getPredicate();
              if (p.equals(RDF.type.asNode())) {
                for (Node c : superClasses.getOrDefault(q.getObject(), Set.of())) {
                  inferred.add(Triple.create(q.getSubject(), p, c));
                }
              }
              for (Node sp : superProperties.getOrDefault(p, Set.of())) {
                inferred.add(Triple.create(q.getSubject(), sp, q.getObject()));
              }
            });
    Set<Triple> distinct = new HashSet<>();
    for (Triple t : inferred) {
      boolean stated = dsg.getUnionGraph().contains(t);
      if (!stated && distinct.add(t)) {
        dsg.add(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
      }
    }
    return distinct.size();
  }

  /** For each term, all its ancestors along {@code relation} (not itself). */
  static Map<Node, Set<Node>> closure(Graph ontology, Node relation) {
    Map<Node, Set<Node>> direct = new HashMap<>();
    ontology
        .find(Node.ANY, relation, Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getSubject().isURI() && t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
              }
            });
    Map<Node, Set<Node>> all = new HashMap<>();
    for (Node term : direct.keySet()) {
      Set<Node> seen = new HashSet<>();
      List<Node> todo = new ArrayList<>(direct.get(term));
      while (!todo.isEmpty()) {
        Node next = todo.remove(todo.size() - 1);
        if (!next.equals(term) && seen.add(next)) {
          todo.addAll(direct.getOrDefault(next, Set.of()));
        }
      }
      all.put(term, seen);
    }
    return all;
  }
}
