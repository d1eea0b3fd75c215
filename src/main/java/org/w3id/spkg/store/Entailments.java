package org.w3id.spkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
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

  /**
   * Updates the {@code inferred} graph of {@code dsg} for a change of the stated triples: {@code
   * removed} are gone from the store, {@code added} are in it (the change is already written). Adds
   * what the added triples entail and no graph states or entails yet; takes out what only the
   * removed triples entailed; and moves into {@code inferred} a removed statement that other
   * triples still entail. Costs lookups in proportion to the change, not to the store. Call inside
   * the write transaction that made the change.
   */
  public static void update(
      DatasetGraph dsg, Collection<Triple> removed, Collection<Triple> added) {
    update(dsg, removed, added, NewSubjects.NONE);
  }

  /**
   * Subjects the change brought into the store, and the change's triples about them: a triple about
   * such a subject is in the store only if the change wrote it, so it is looked up here, not in the
   * store (most entailments are of the evidence, passages and facts a document has just made).
   */
  record NewSubjects(Set<Node> subjects, Set<Triple> written) {

    static final NewSubjects NONE = new NewSubjects(Set.of(), Set.of());

    /** {@code fresh}: nodes no quad of the store had before {@code quads} were written. */
    static NewSubjects of(Set<Node> fresh, Collection<Quad> quads) {
      if (fresh.isEmpty()) {
        return NONE;
      }
      Set<Triple> written = new HashSet<>();
      for (Quad q : quads) {
        if (fresh.contains(q.getSubject())) {
          written.add(q.asTriple());
        }
      }
      return new NewSubjects(fresh, written);
    }

    boolean isNew(Node subject) {
      return subjects.contains(subject);
    }
  }

  /**
   * {@link #update(DatasetGraph, Collection, Collection)}, told which subjects the change brought
   * into the store ({@code fresh}, with the triples it wrote about them in any graph).
   */
  static void update(
      DatasetGraph dsg, Collection<Triple> removed, Collection<Triple> added, NewSubjects fresh) {
    Graph ontology = dsg.getGraph(ONTOLOGY);
    Map<Node, Set<Node>> superClasses = closure(ontology, RDFS.subClassOf.asNode());
    Map<Node, Set<Node>> superProperties = closure(ontology, RDFS.subPropertyOf.asNode());
    Graph union = dsg.getUnionGraph();
    Inferable inferable = new Inferable(superClasses, superProperties);
    for (Triple t : removed) {
      for (Triple e : entailed(t, superClasses, superProperties)) {
        if (dsg.contains(INFERRED, e.getSubject(), e.getPredicate(), e.getObject())
            && !stillEntailed(dsg, e, superClasses, superProperties)) {
          dsg.delete(INFERRED, e.getSubject(), e.getPredicate(), e.getObject());
        }
      }
      if (inferable.test(t)
          && !stated(dsg, t)
          && stillEntailed(dsg, t, superClasses, superProperties)) {
        dsg.add(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
      }
    }
    // Many documents type the same entities: look each entailment up once per change.
    Set<Triple> checked = new HashSet<>();
    List<Quad> inferred = new ArrayList<>();
    for (Triple t : added) {
      // Stated now, so no longer only inferred. (Only what the axioms can entail is ever in
      // the inferred graph: most triples need no lookup.)
      boolean isNew = fresh.isNew(t.getSubject());
      if (inferable.test(t) && !isNew) {
        dsg.delete(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
      }
      for (Triple e : entailed(t, superClasses, superProperties)) {
        if (checked.add(e) && !(isNew ? fresh.written().contains(e) : union.contains(e))) {
          inferred.add(Quad.create(INFERRED, e));
        }
      }
    }
    // Every added triple is in the store already, so none of these is deleted above: they go in
    // together, new to the store and each once.
    BulkQuads.addNew(dsg, inferred);
  }

  /**
   * Whether a triple can be entailed at all: a type that is some class's superclass, or a property
   * that is some property's superproperty. Nothing else is ever in the inferred graph.
   */
  private static final class Inferable {
    private final Set<Node> classes = new HashSet<>();
    private final Set<Node> properties = new HashSet<>();

    Inferable(Map<Node, Set<Node>> superClasses, Map<Node, Set<Node>> superProperties) {
      superClasses.values().forEach(classes::addAll);
      superProperties.values().forEach(properties::addAll);
    }

    boolean test(Triple t) {
      Node p = t.getPredicate();
      return properties.contains(p)
          || (p.equals(RDF.type.asNode()) && classes.contains(t.getObject()));
    }
  }

  /** What one triple entails under the closures. */
  static List<Triple> entailed(
      Triple t, Map<Node, Set<Node>> superClasses, Map<Node, Set<Node>> superProperties) {
    List<Triple> out = new ArrayList<>();
    Node p = t.getPredicate();
    if (p.equals(RDF.type.asNode())) {
      for (Node c : superClasses.getOrDefault(t.getObject(), Set.of())) {
        out.add(Triple.create(t.getSubject(), p, c));
      }
    }
    for (Node sp : superProperties.getOrDefault(p, Set.of())) {
      out.add(Triple.create(t.getSubject(), sp, t.getObject()));
    }
    return out;
  }

  /** Whether a graph other than {@code inferred} states {@code t}. */
  private static boolean stated(DatasetGraph dsg, Triple t) {
    var quads = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
    try {
      while (quads.hasNext()) {
        if (!quads.next().getGraph().equals(INFERRED)) {
          return true;
        }
      }
      return false;
    } finally {
      Iter.close(quads);
    }
  }

  /** Whether a stated triple (not in {@code inferred}) still entails {@code e}. */
  private static boolean stillEntailed(
      DatasetGraph dsg,
      Triple e,
      Map<Node, Set<Node>> superClasses,
      Map<Node, Set<Node>> superProperties) {
    Node p = e.getPredicate();
    boolean type = p.equals(RDF.type.asNode());
    var quads =
        dsg.find(Node.ANY, e.getSubject(), type ? p : Node.ANY, type ? Node.ANY : e.getObject());
    try {
      while (quads.hasNext()) {
        Quad q = quads.next();
        if (q.getGraph().equals(INFERRED)) {
          continue;
        }
        if (type && superClasses.getOrDefault(q.getObject(), Set.of()).contains(e.getObject())) {
          return true;
        }
        if (!type && superProperties.getOrDefault(q.getPredicate(), Set.of()).contains(p)) {
          return true;
        }
      }
      return false;
    } finally {
      Iter.close(quads);
    }
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
