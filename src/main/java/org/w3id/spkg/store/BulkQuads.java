package org.w3id.spkg.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.changes.TextDatasetChanges;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds quads that the store does not hold the way TDB2's bulk loaders do, inside the caller's write
 * transaction (so they commit or abort with everything else in it): every node is turned into its
 * node id once, then each of the quad table's indexes gets all the tuples in its own sort order,
 * instead of one quad at a time through every layer (a contains test, then six index inserts in
 * random order). The text index is told of each added quad as the text dataset's own writes tell
 * it, so search stays in step. A dataset that is not TDB2 gets the quads one by one.
 */
final class BulkQuads {

  private BulkQuads() {}

  /**
   * Adds {@code quads}, none of which the store may hold already (the caller has just deleted the
   * graphs or subjects they belong to) and none twice. Call inside a write transaction on {@code
   * dataset}.
   *
   * @return the nodes these quads brought into the store: no quad held before had them (empty for a
   *     store that is not TDB2, which does not say)
   */
  static Set<Node> addNew(DatasetGraph dataset, List<Quad> quads) {
    for (Quad q : quads) {
      if (q.isDefaultGraph() || !q.isConcrete()) {
        throw new IllegalArgumentException("not a concrete quad of a named graph: " + q);
      }
    }
    TextDatasetChanges text =
        dataset instanceof DatasetGraphText textDataset ? textDataset.getMonitor() : null;
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(StoreFolder.tdb(dataset));
    if (tdb == null) {
      quads.forEach(dataset::add);
      return Set.of();
    }
    NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
    Set<Node> fresh = new HashSet<>();
    Row[] rows = encode(table.getNodeTable(), quads, fresh);
    TupleTable tuples = table.getTupleTable();
    for (TupleIndex index : tuples.getIndexes()) {
      if (index != null) {
        insertSorted(index, rows);
      }
    }
    if (text != null) {
      for (Quad q : quads) {
        text.change(
            TextQuadAction.ADD, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
      }
    }
    return fresh;
  }

  /** A quad as node ids (G, S, P, O), with each id packed as the index keys hold it. */
  private record Row(Tuple<NodeId> ids, long[] keys) {}

  /**
   * Each quad as node ids; each distinct node is looked up (or allocated) once. The nodes the table
   * did not have go into {@code fresh}.
   */
  private static Row[] encode(NodeTable nodes, List<Quad> quads, Set<Node> fresh) {
    Map<Node, NodeId> ids = new HashMap<>();
    Map<NodeId, Long> packed = new HashMap<>();
    Row[] rows = new Row[quads.size()];
    byte[] bytes = new byte[NodeId.SIZE];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    for (int i = 0; i < rows.length; i++) {
      Quad q = quads.get(i);
      Node[] nodes4 = {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()};
      NodeId[] tuple = new NodeId[4];
      long[] keys = new long[4];
      for (int j = 0; j < 4; j++) {
        NodeId id = ids.computeIfAbsent(nodes4[j], n -> idOf(nodes, n, fresh));
        tuple[j] = id;
        keys[j] =
            packed.computeIfAbsent(
                id,
                n -> {
                  NodeIdFactory.set(n, bytes, 0);
                  return buffer.getLong(0);
                });
      }
      rows[i] = new Row(TupleFactory.create(tuple), keys);
    }
    return rows;
  }

  private static NodeId idOf(NodeTable nodes, Node node, Set<Node> fresh) {
    NodeId id = nodes.getNodeIdForNode(node);
    if (!NodeId.isDoesNotExist(id)) {
      return id;
    }
    fresh.add(node);
    return nodes.getAllocateNodeId(node);
  }

  /** Inserts every row into {@code index} in the index's key order (neighbours share blocks). */
  private static void insertSorted(TupleIndex index, Row[] rows) {
    TupleMap map = index.getMapping();
    int[] slot = new int[4];
    for (int i = 0; i < 4; i++) {
      slot[i] = map.getSlotIdx(i);
    }
    Row[] ordered = rows.clone();
    Arrays.sort(
        ordered,
        (a, b) -> {
          for (int s : slot) {
            int c = Long.compareUnsigned(a.keys[s], b.keys[s]);
            if (c != 0) {
              return c;
            }
          }
          return 0;
        });
    for (Row row : ordered) {
      index.add(row.ids);
    }
  }
}
