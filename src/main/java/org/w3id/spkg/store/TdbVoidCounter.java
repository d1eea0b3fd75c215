package org.w3id.spkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * Counts {@link VoidCounts} on a TDB2 store's node ids, without SPARQL: one walk of the quad index
 * sorted by subject (SPOG) gives the triples, subjects, entities, classes, class and property
 * partitions and links; one walk of the index sorted by object (OSPG) gives the distinct objects. A
 * distinct term is a change of id between neighbouring quads, so nothing is collected but the
 * per-class and per-property counts, and only the distinct subjects, the classes, the properties
 * and the objects of {@code owl:sameAs} are turned back into RDF terms.
 *
 * <p>Reads whatever the current transaction sees, uncommitted writes of a write transaction
 * included.
 */
final class TdbVoidCounter {

  private static final int G = 0;
  private static final int S = 1;
  private static final int P = 2;
  private static final int O = 3;

  private final NodeTable nodes;
  private final TupleIndex bySubject;
  private final TupleIndex byObject;
  private final Set<NodeId> leftOut = new HashSet<>();
  private final NodeId type;
  private final NodeId sameAs;

  private TdbVoidCounter(NodeTupleTable quads, TupleIndex bySubject, TupleIndex byObject) {
    this.nodes = quads.getNodeTable();
    this.bySubject = bySubject;
    this.byObject = byObject;
    for (String graph : List.of(NamedGraphs.INFERRED, NamedGraphs.META)) {
      NodeId id = nodes.getNodeIdForNode(NodeFactory.createURI(graph));
      if (exists(id)) {
        leftOut.add(id);
      }
    }
    this.type = nodes.getNodeIdForNode(RDF.type.asNode());
    this.sameAs = nodes.getNodeIdForNode(OWL.sameAs.asNode());
  }

  /**
   * The counts of {@code dsg}, if it is a TDB2 database (possibly wrapped, as in a text index) with
   * SPOG and OSPG quad indexes; empty otherwise. Call inside a transaction.
   */
  static Optional<VoidCounts> count(DatasetGraph dsg) {
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(unwrap(dsg));
    if (tdb == null) {
      return Optional.empty();
    }
    NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
    TupleIndex bySubject = index(quads, "SPOG");
    TupleIndex byObject = index(quads, "OSPG");
    if (bySubject == null || byObject == null) {
      return Optional.empty();
    }
    return Optional.of(new TdbVoidCounter(quads, bySubject, byObject).count());
  }

  private VoidCounts count() {
    SubjectWalk walk = new SubjectWalk();
    bySubject.all().forEachRemaining(walk::accept);
    walk.endSubject();
    Map<Node, Long> classEntities = new HashMap<>();
    walk.classEntities.forEach(
        (id, n) -> {
          Node c = nodes.getNodeForNodeId(id);
          if (c.isURI()) {
            classEntities.put(c, n[0]);
          }
        });
    Map<Node, Long> propertyTriples = new HashMap<>();
    walk.propertyTriples.forEach((id, n) -> propertyTriples.put(nodes.getNodeForNodeId(id), n[0]));
    return new VoidCounts(
        walk.triples,
        walk.entities,
        walk.subjects,
        distinctObjects(),
        walk.classes.size(),
        classEntities,
        propertyTriples,
        walk.links);
  }

  /** The distinct objects of the data graphs: changes of object along OSPG. */
  private long distinctObjects() {
    long objects = 0;
    NodeId last = null;
    for (Iterator<Tuple<NodeId>> it = byObject.all(); it.hasNext(); ) {
      Tuple<NodeId> q = it.next();
      if (!leftOut.contains(q.get(G)) && !q.get(O).equals(last)) {
        last = q.get(O);
        objects++;
      }
    }
    return objects;
  }

  /** The counts gathered along SPOG, where each subject's quads come together. */
  private final class SubjectWalk {
    long triples;
    long subjects;
    long entities;
    long links;
    final Set<NodeId> classes = new HashSet<>();
    final Map<NodeId, long[]> classEntities = new HashMap<>();
    final Map<NodeId, long[]> propertyTriples = new HashMap<>();
    private final Map<NodeId, Boolean> wikidata = new HashMap<>();
    private final List<NodeId> typesOfSubject = new ArrayList<>();
    private NodeId subject;

    void accept(Tuple<NodeId> q) {
      if (leftOut.contains(q.get(G))) {
        return;
      }
      NodeId s = q.get(S);
      NodeId p = q.get(P);
      NodeId o = q.get(O);
      triples++;
      propertyTriples.computeIfAbsent(p, k -> new long[1])[0]++;
      if (!s.equals(subject)) {
        endSubject();
        subject = s;
        subjects++;
        if (VoidCounts.strStarts(nodes.getNodeForNodeId(s), VoidCounts.ENTITY_SPACE)) {
          entities++;
        }
      }
      if (p.equals(type)) {
        classes.add(o);
        if (!typesOfSubject.contains(o)) {
          typesOfSubject.add(o);
        }
      } else if (p.equals(sameAs) && isWikidata(o)) {
        links++;
      }
    }

    /** Counts the subject just passed once in each class it has. */
    void endSubject() {
      for (NodeId c : typesOfSubject) {
        classEntities.computeIfAbsent(c, k -> new long[1])[0]++;
      }
      typesOfSubject.clear();
    }

    private boolean isWikidata(NodeId o) {
      return wikidata.computeIfAbsent(
          o, id -> VoidCounts.strStarts(nodes.getNodeForNodeId(id), VoidCounts.WIKIDATA_SPACE));
    }
  }

  private static TupleIndex index(NodeTupleTable quads, String name) {
    for (TupleIndex index : quads.getTupleTable().getIndexes()) {
      if (index.getName().equals(name)) {
        return index;
      }
    }
    return null;
  }

  /** The TDB2 database under wrappers such as the text index's. */
  private static DatasetGraph unwrap(DatasetGraph dsg) {
    DatasetGraph base = dsg;
    while (!(base instanceof DatasetGraphSwitchable)
        && base instanceof DatasetGraphWrapper wrapper) {
      base = wrapper.getWrapped();
    }
    return base;
  }

  private static boolean exists(NodeId id) {
    return id != null && !NodeId.isDoesNotExist(id);
  }
}
