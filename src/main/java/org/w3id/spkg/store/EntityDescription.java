package org.w3id.spkg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * The description of an entity that a linked-data consumer can use without a second request: all
 * its triples (stated and inferred), its incoming links, the qualified nodes, evidence and
 * selectors that hang off it and off those links, and the labels and types of everything they
 * mention. Bounded for the most connected entities (a nation that thousands of documents name): at
 * most {@link #LINKS_PER_PROPERTY} triples per property and direction of each node, and the
 * properties cut short are named ({@link Description#cutIncoming}, {@link Description#cutOutgoing})
 * so that a page can say so and link to the full list.
 *
 * <pre>{@code
 * Graph g = dsg.calculateRead(() -> EntityDescription.of(dsg, "https://w3id.org/spkg/id/nation/JP"));
 * }</pre>
 */
public final class EntityDescription {

  /** Nodes under these namespaces belong to a description when reached: facts and evidence. */
  private static final List<String> OWNED =
      Stream.of("participation", "evidence", "passage", "quantity")
          .map(kind -> EntityIris.NS + kind + "/")
          .toList();

  /**
   * The most triples read of one node in one direction: past it, the description stops reading (the
   * property of the next triple counts as cut), however many properties there are.
   */
  static final int LINKS_READ = 5_000;

  private static final Set<Node> LABELS =
      Set.of(
          RDFS.label.asNode(), SKOS.prefLabel.asNode(), SPKG.acronym.asNode(), RDF.type.asNode());

  /** The most triples of one property, in one direction, that a description takes of a node. */
  public static final int LINKS_PER_PROPERTY = 100;

  /**
   * The description, and the properties of the entity itself of which it holds only the first
   * {@link #LINKS_PER_PROPERTY} triples (those of the nodes hanging off it included).
   */
  public record Description(Graph graph, Set<Node> cutIncoming, Set<Node> cutOutgoing) {
    public Description {
      cutIncoming = Set.copyOf(cutIncoming);
      cutOutgoing = Set.copyOf(cutOutgoing);
    }
  }

  private EntityDescription() {}

  /**
   * The description of {@code iri} in the union of the store's graphs; empty when the store says
   * nothing about it. Call inside a read transaction.
   */
  public static Graph of(DatasetGraph dsg, String iri) {
    return bounded(dsg, iri).graph();
  }

  /** {@link #of}, with the properties that were cut short. Call inside a read transaction. */
  public static Description bounded(DatasetGraph dsg, String iri) {
    Graph union = dsg.getUnionGraph();
    Node entity = NodeFactory.createURI(iri);
    Graph out = GraphFactory.createDefaultGraph();
    Set<Node> mentioned = new HashSet<>();
    Set<Node> cutIncoming = new HashSet<>();
    Set<Node> cutOutgoing = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>(List.of(entity));
    Set<Node> done = new HashSet<>();
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!done.add(n)) {
        continue;
      }
      boolean self = n.equals(entity);
      for (Triple t : bounded(union.find(n, Node.ANY, Node.ANY), self ? cutOutgoing : null)) {
        out.add(t);
        mentioned.add(t.getObject());
        if (owned(t.getObject())) {
          todo.push(t.getObject());
        }
      }
      // Incoming links of the entity, and of its qualified nodes (what a participation is in).
      boolean qualified = owned(n) && n.getURI().startsWith(OWNED.get(0));
      if (self || qualified) {
        for (Triple t : bounded(union.find(Node.ANY, Node.ANY, n), self ? cutIncoming : null)) {
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
    return new Description(out, cutIncoming, cutOutgoing);
  }

  /**
   * The first {@link #LINKS_PER_PROPERTY} triples of each property; reading stops at {@link
   * #LINKS_READ} triples in all. The properties that had more go to {@code cut} (when not null).
   */
  private static List<Triple> bounded(ExtendedIterator<Triple> triples, Set<Node> cut) {
    Map<Node, int[]> perProperty = new HashMap<>();
    List<Triple> kept = new ArrayList<>();
    int read = 0;
    try {
      while (triples.hasNext()) {
        Triple t = triples.next();
        if (++read > LINKS_READ) {
          if (cut != null) {
            cut.add(t.getPredicate());
          }
          break;
        }
        int[] n = perProperty.computeIfAbsent(t.getPredicate(), k -> new int[1]);
        if (n[0]++ < LINKS_PER_PROPERTY) {
          kept.add(t);
        } else if (cut != null) {
          cut.add(t.getPredicate());
        }
      }
    } finally {
      triples.close();
    }
    return kept;
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
