package org.w3id.spkg.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * Counts {@link VoidCounts} on a TDB2 store's node ids, without SPARQL: one walk of the quad index
 * sorted by subject (SPOG) gives the triples, subjects, entities, classes, class and property
 * partitions and links; one walk of the index sorted by object (OSPG) gives the distinct objects. A
 * distinct term is a change of id between neighbouring quads, so nothing is collected but the
 * per-class and per-property counts. The walks read the B+trees' records as raw 64-bit ids; only
 * the distinct subjects, the classes, the properties and the objects of {@code owl:sameAs} are
 * turned back into RDF terms, past the node table's cache (which millions of subjects would only
 * churn).
 *
 * <p>Reads whatever the current transaction sees, uncommitted writes of a write transaction
 * included.
 */
final class TdbVoidCounter {

  /** The positions of G, S, P and O in a quad tuple. */
  private static final int G = 0;

  private static final int S = 1;
  private static final int P = 2;
  private static final int O = 3;

  private final NodeTable nodes;
  private final RangeIndex bySubject;
  private final TupleMap bySubjectOrder;
  private final RangeIndex byObject;
  private final TupleMap byObjectOrder;
  private final long[] leftOut;
  private final long type;
  private final long sameAs;
  private final ByteBuffer idBytes = ByteBuffer.allocate(NodeId.SIZE);

  private TdbVoidCounter(NodeTable nodes, TupleIndexRecord bySubject, TupleIndexRecord byObject) {
    this.nodes = nodes;
    this.bySubject = bySubject.getRangeIndex();
    this.bySubjectOrder = bySubject.getMapping();
    this.byObject = byObject.getRangeIndex();
    this.byObjectOrder = byObject.getMapping();
    this.leftOut =
        new long[] {
          raw(nodes.getNodeIdForNode(NodeFactory.createURI(NamedGraphs.INFERRED))),
          raw(nodes.getNodeIdForNode(NodeFactory.createURI(NamedGraphs.META)))
        };
    this.type = raw(nodes.getNodeIdForNode(RDF.type.asNode()));
    this.sameAs = raw(nodes.getNodeIdForNode(OWL.sameAs.asNode()));
  }

  /**
   * The counts of {@code dsg}, if it is a TDB2 database (possibly wrapped, as in a text index) with
   * SPOG and OSPG quad indexes; empty otherwise. Call inside a transaction.
   */
  static Optional<VoidCounts> count(DatasetGraph dsg) {
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(StoreFolder.tdb(dsg));
    if (tdb == null) {
      return Optional.empty();
    }
    NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
    TupleIndexRecord bySubject = index(quads, "SPOG");
    TupleIndexRecord byObject = index(quads, "OSPG");
    if (bySubject == null || byObject == null) {
      return Optional.empty();
    }
    return Optional.of(new TdbVoidCounter(quads.getNodeTable(), bySubject, byObject).count());
  }

  private VoidCounts count() {
    SubjectWalk walk = new SubjectWalk();
    walk(bySubject, bySubjectOrder).forEachRemaining(walk::accept);
    walk.endSubject();
    Map<Node, Long> classEntities = new HashMap<>();
    walk.classEntities.forEach(
        (id, n) -> {
          Node c = node(id);
          if (c.isURI()) {
            classEntities.put(c, n[0]);
          }
        });
    Map<Node, Long> propertyTriples = new HashMap<>();
    walk.propertyTriples.forEach((id, n) -> propertyTriples.put(node(id), n[0]));
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
    long last = 0;
    for (Iterator<long[]> it = walk(byObject, byObjectOrder); it.hasNext(); ) {
      long[] q = it.next();
      if (!isLeftOut(q[G]) && (objects == 0 || q[O] != last)) {
        last = q[O];
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
    final Set<Long> classes = new HashSet<>();
    final Map<Long, long[]> classEntities = new HashMap<>();
    final Map<Long, long[]> propertyTriples = new HashMap<>();
    private final Map<Long, Boolean> wikidata = new HashMap<>();
    private final List<Long> typesOfSubject = new ArrayList<>();
    private long subject;

    void accept(long[] q) {
      if (isLeftOut(q[G])) {
        return;
      }
      long s = q[S];
      long p = q[P];
      long o = q[O];
      if (subjects == 0 || s != subject) {
        endSubject();
        subject = s;
        subjects++;
        if (VoidCounts.strStarts(node(s), VoidCounts.ENTITY_SPACE)) {
          entities++;
        }
      }
      triples++;
      propertyTriples.computeIfAbsent(p, k -> new long[1])[0]++;
      if (p == type) {
        classes.add(o);
        if (!typesOfSubject.contains(o)) {
          typesOfSubject.add(o);
        }
      } else if (p == sameAs && isWikidata(o)) {
        links++;
      }
    }

    /** Counts the subject just passed once in each class it has. */
    void endSubject() {
      for (long c : typesOfSubject) {
        classEntities.computeIfAbsent(c, k -> new long[1])[0]++;
      }
      typesOfSubject.clear();
    }

    private boolean isWikidata(long o) {
      return wikidata.computeIfAbsent(
          o, id -> VoidCounts.strStarts(node(id), VoidCounts.WIKIDATA_SPACE));
    }
  }

  private boolean isLeftOut(long graph) {
    return graph == leftOut[0] || graph == leftOut[1];
  }

  /**
   * Every quad of {@code index} in its order, as raw node ids in G, S, P, O order. Allocates one
   * small array per quad, where the index's own tuples allocate five objects.
   */
  private static Iterator<long[]> walk(RangeIndex index, TupleMap order) {
    int[] at = new int[4];
    for (int i = 0; i < at.length; i++) {
      at[i] = order.unmapIdx(i) * NodeId.SIZE;
    }
    return index.iterator(
        null,
        null,
        (bb, entry, key, factory) -> {
          int start = entry * factory.recordLength();
          return new long[] {
            bb.getLong(start + at[G]),
            bb.getLong(start + at[S]),
            bb.getLong(start + at[P]),
            bb.getLong(start + at[O])
          };
        });
  }

  /** The term of a raw node id: inline values decoded, others read from the node table's files. */
  private Node node(long raw) {
    idBytes.putLong(0, raw);
    NodeId id = NodeIdFactory.get(idBytes, 0);
    Node inline = NodeId.extract(id);
    return inline != null ? inline : nodes.baseNodeTable().getNodeForNodeId(id);
  }

  /**
   * The 64 bits an index holds for {@code id}. {@link NodeId#NodeDoesNotExist} gives bits no index
   * holds (TDB2 refuses to read a special id from a record), so it matches nothing.
   */
  private static long raw(NodeId id) {
    ByteBuffer b = ByteBuffer.allocate(NodeId.SIZE);
    NodeIdFactory.set(id, b, 0);
    return b.getLong(0);
  }

  private static TupleIndexRecord index(NodeTupleTable quads, String name) {
    for (TupleIndex index : quads.getTupleTable().getIndexes()) {
      if (index.getName().equals(name)
          && index.baseTupleIndex() instanceof TupleIndexRecord record) {
        return record;
      }
    }
    return null;
  }
}
