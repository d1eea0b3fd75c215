package org.w3id.spkg.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
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
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds quads that the store does not hold the way TDB2's bulk loaders do, inside the caller's write
 * transaction (so they commit or abort with everything else in it): every node is turned into its
 * node id once, then each of the quad table's indexes gets all the tuples in its own sort order,
 * instead of one quad at a time through every layer (a contains test, then six index inserts in
 * random order). The text index is told of each added quad as the text dataset's own writes tell
 * it, so search stays in step. A dataset that is not TDB2 gets the quads one by one.
 *
 * <p>Where the machine has more than one processor, the indexes are filled at once, each on a
 * thread of {@link #INDEX_THREADS}, as TDB2's parallel loader fills them — but inside the caller's
 * transaction, not in a transaction per index as the loader does: each thread takes up the
 * transaction's state of the one index it writes, through the B+tree's thread-switching calls
 * ({@link TransactionalComponentLifecycle#getComponentState}), and gives it back before the caller
 * goes on. The caller waits for every index, so it commits or aborts only once they are all done.
 * The system property {@code spkg.indexThreads} sets how many threads (default: the processors, at
 * most six; 1 keeps every index on the caller's thread).
 */
final class BulkQuads {

  private static final Logger LOG = LoggerFactory.getLogger(BulkQuads.class);

  /** The system property that sets the number of index threads. */
  static final String INDEX_THREADS_PROPERTY = "spkg.indexThreads";

  /** Below this many quads a batch is written on the caller's thread: handing over costs more. */
  static final int PARALLEL_FROM = 10_000;

  /** The threads that fill the indexes of a batch, one index at a time each; daemons. */
  private static final ExecutorService INDEX_THREADS = indexThreads();

  /** How many batches had their indexes written at once (for tests). */
  static final AtomicInteger PARALLEL_BATCHES = new AtomicInteger();

  private BulkQuads() {}

  private static ExecutorService indexThreads() {
    int threads =
        indexThreadCount(
            System.getProperty(INDEX_THREADS_PROPERTY), Runtime.getRuntime().availableProcessors());
    if (threads < 2) {
      return null;
    }
    AtomicInteger n = new AtomicInteger();
    // Idle threads end after a while: a server that ingested at start-up keeps none.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread t = new Thread(task, "spkg-index-writer-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * How many index threads: {@code value} of {@link #INDEX_THREADS_PROPERTY} if it is a whole
   * number from 1 to 64, else (with a warning when it is set) as many as {@code processors}, at
   * most six.
   */
  static int indexThreadCount(String value, int processors) {
    int byDefault = Math.max(1, Math.min(processors, 6));
    if (value == null) {
      return byDefault;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1 && n <= 64) {
        return n;
      }
    } catch (NumberFormatException e) {
      // warned below
    }
    LOG.warn(
        "-D{}={} is not a number of threads from 1 to 64 (1 writes every index on the writer's"
            + " thread); using {}",
        INDEX_THREADS_PROPERTY,
        value,
        byDefault);
    return byDefault;
  }

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
    List<TupleIndex> indexes = new ArrayList<>();
    for (TupleIndex index : tuples.getIndexes()) {
      if (index != null) {
        indexes.add(index);
      }
    }
    List<Runnable> atOnce =
        INDEX_THREADS != null && rows.length >= PARALLEL_FROM ? writesAtOnce(indexes, rows) : null;
    if (atOnce != null) {
      allAtOnce(atOnce);
      PARALLEL_BATCHES.incrementAndGet();
    } else {
      indexes.forEach(index -> insertSorted(index, rows));
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

  /**
   * The transactional B+tree under {@code index}, whose transaction state another thread can take
   * up; null if it is anything else.
   */
  @SuppressWarnings("unchecked")
  private static TransactionalComponentLifecycle<Object> tree(TupleIndex index) {
    if (index instanceof TupleIndexRecord record) {
      RangeIndex range = record.getRangeIndex();
      if (range instanceof TransactionalComponentLifecycle<?> component) {
        return (TransactionalComponentLifecycle<Object>) component;
      }
    }
    return null;
  }

  /**
   * {@link #insertSorted} of each index as a task for a thread of {@link #INDEX_THREADS}, which
   * takes up the caller's transaction state of that index while it writes; null if an index is not
   * a transactional B+tree (nothing is written then).
   */
  private static List<Runnable> writesAtOnce(List<TupleIndex> indexes, Row[] rows) {
    List<Runnable> writes = new ArrayList<>();
    for (TupleIndex index : indexes) {
      TransactionalComponentLifecycle<Object> tree = tree(index);
      if (tree == null) {
        return null;
      }
      ComponentState<Object> callers = tree.getComponentState();
      writes.add(
          () -> {
            ComponentState<Object> own = tree.getComponentState();
            tree.setComponentState(callers);
            try {
              insertSorted(index, rows);
            } finally {
              tree.setComponentState(own);
            }
          });
    }
    return writes;
  }

  /**
   * Runs {@code tasks} on {@link #INDEX_THREADS} and returns when every one has ended, whether or
   * not one failed, so that nothing is still writing when the caller commits or aborts; the first
   * failure is thrown then, with the others as suppressed. An interrupt is kept for the caller, not
   * acted on: the indexes are written or not as one.
   */
  static void allAtOnce(List<Runnable> tasks) {
    if (INDEX_THREADS == null) {
      tasks.forEach(Runnable::run);
      return;
    }
    List<Future<?>> running = new ArrayList<>();
    tasks.forEach(task -> running.add(INDEX_THREADS.submit(task)));
    RuntimeException failed = null;
    boolean interrupted = false;
    for (Future<?> f : running) {
      while (true) {
        try {
          f.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          RuntimeException cause =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException(
                      "writing an index failed: " + e.getCause(), e.getCause());
          if (failed == null) {
            failed = cause;
          } else {
            failed.addSuppressed(cause);
          }
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failed != null) {
      throw failed;
    }
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
