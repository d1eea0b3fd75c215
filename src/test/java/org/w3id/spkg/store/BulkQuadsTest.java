package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;
import static org.w3id.spkg.store.StoreContent.document;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * A batch large enough to have its six quad indexes written at once, each on a thread of its own
 * inside the batch's one transaction ({@link BulkQuads}): every index holds every quad, the store
 * is the one a batch written on one thread makes, and a batch that fails leaves every index as it
 * was.
 */
class BulkQuadsTest {

  private static final Instant STARTED = Instant.parse("2024-03-14T10:00:00Z");

  @TempDir Path dir;
  SpkgStore store;

  /** A new store with the ontology; the tests that write at once need more than one processor. */
  private void open() {
    assumeThat(Runtime.getRuntime().availableProcessors())
        .as("indexes are written at once only where there is more than one processor")
        .isGreaterThan(1);
    store = SpkgStore.open(dir.resolve("store"));
    store.replaceOntologyAndReference(OntologyFiles.at(TestFiles.ONTOLOGY));
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void aLargeBatch_isInEverySixIndexes_andIsTheStoreOfAWriteOnOneThread() {
    open();
    int before = BulkQuads.PARALLEL_BATCHES.get();
    store.replaceDocuments(
        List.of(
            new PendingDocument(document("many-a", programs("a", 7_000)), STARTED),
            new PendingDocument(document("many-b", programs("b", 7_000)), STARTED)));
    assertThat(BulkQuads.PARALLEL_BATCHES.get()).as("written at once").isGreaterThan(before);
    assertEveryIndexHoldsTheSameQuads(store);

    // The same documents one at a time, each below the threshold: written on the caller's thread.
    try (SpkgStore oneThread = SpkgStore.open(dir.resolve("one-thread"))) {
      oneThread.replaceOntologyAndReference(OntologyFiles.at(TestFiles.ONTOLOGY));
      oneThread.replaceDocuments(
          List.of(new PendingDocument(document("many-a", programs("a", 7_000)), STARTED)));
      oneThread.replaceDocuments(
          List.of(new PendingDocument(document("many-b", programs("b", 7_000)), STARTED)));
      assertIsomorphic(
          StoreContent.withoutTimes(StoreContent.of(store)),
          StoreContent.withoutTimes(StoreContent.of(oneThread)));
    }

    // Committed for good: a store opened again finds the same in every index.
    long quads = quadCount(store);
    store.close();
    store = SpkgStore.open(dir.resolve("store"));
    assertThat(quadCount(store)).isEqualTo(quads);
    assertEveryIndexHoldsTheSameQuads(store);
  }

  @Test
  void aLargeBatchThatFailsAfterItsIndexesAreWritten_leavesEveryIndexAsBefore() {
    open();
    store.replaceDocuments(
        List.of(new PendingDocument(document("many-a", programs("a", 3_000)), STARTED)));
    var before = StoreContent.of(store);
    long quadsBefore = quadCount(store);
    // A label on a literal: TDB2 takes the quad, the text index refuses it after every index of
    // the batch is written.
    Graph broken = programs("b", 12_000);
    broken.add(
        Triple.create(
            NodeFactory.createLiteralString("not a subject"),
            RDFS.label.asNode(),
            NodeFactory.createLiteralString("Ghost station")));
    int parallelBefore = BulkQuads.PARALLEL_BATCHES.get();

    assertThatThrownBy(
            () ->
                store.replaceDocuments(
                    List.of(new PendingDocument(document("many-b", broken), STARTED))))
        .isInstanceOf(RuntimeException.class);

    assertThat(BulkQuads.PARALLEL_BATCHES.get())
        .as("written at once")
        .isGreaterThan(parallelBefore);
    assertThat(quadCount(store)).isEqualTo(quadsBefore);
    assertEveryIndexHoldsTheSameQuads(store);
    assertIsomorphic(StoreContent.of(store), before);
    // The index threads gave the transaction back: the next large batch goes in.
    store.replaceDocuments(
        List.of(new PendingDocument(document("many-c", programs("c", 12_000)), STARTED)));
    assertThat(quadCount(store)).isGreaterThan(quadsBefore + 24_000);
    assertEveryIndexHoldsTheSameQuads(store);
  }

  @Test
  void allAtOnce_waitsForEveryTask_thenThrowsTheFirstFailureWithTheOthersSuppressed() {
    CountDownLatch failedFirst = new CountDownLatch(2);
    AtomicBoolean slowOneEnded = new AtomicBoolean();
    List<Runnable> tasks = new ArrayList<>();
    tasks.add(
        () -> {
          failedFirst.countDown();
          throw new IllegalStateException("index one");
        });
    tasks.add(
        () -> {
          try {
            failedFirst.countDown();
            failedFirst.await(5, TimeUnit.SECONDS);
            Thread.sleep(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          slowOneEnded.set(true);
        });
    tasks.add(
        () -> {
          throw new IllegalArgumentException("index three");
        });

    assertThatThrownBy(() -> BulkQuads.allAtOnce(tasks))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("index one")
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .satisfies(s -> assertThat(s).hasMessage("index three")));
    assertThat(slowOneEnded).as("the slow task ended before the failure was thrown").isTrue();
  }

  @Test
  void indexThreadCount_isTheProcessorsUpToSix_orTheProperty_andABadValueFallsBackWithAWarning() {
    assertThat(BulkQuads.indexThreadCount(null, 2)).isEqualTo(2);
    assertThat(BulkQuads.indexThreadCount(null, 16)).isEqualTo(6);
    assertThat(BulkQuads.indexThreadCount(null, 1)).isEqualTo(1);
    assertThat(BulkQuads.indexThreadCount("1", 8)).isEqualTo(1);
    assertThat(BulkQuads.indexThreadCount(" 3 ", 2)).isEqualTo(3);
    for (String bad : List.of("0", "-2", "65", "four", "")) {
      assertThat(BulkQuads.indexThreadCount(bad, 4)).as(bad).isEqualTo(4);
    }
  }

  /** {@code n} programs of document {@code key}, each with a type and a label: 2n triples. */
  private static Graph programs(String key, int n) {
    Graph g = GraphFactory.createDefaultGraph();
    for (int i = 0; i < n; i++) {
      var program = NodeFactory.createURI("https://w3id.org/spkg/id/program/" + key + "-" + i);
      g.add(
          program,
          RDF.type.asNode(),
          NodeFactory.createURI("https://w3id.org/spkg/ontology#Program"));
      g.add(program, RDFS.label.asNode(), NodeFactory.createLiteralLang("Program " + i, "en"));
    }
    return g;
  }

  private static long quadCount(SpkgStore store) {
    return Txn.calculateRead(store.datasetGraph(), () -> indexes(store).get(0).size());
  }

  /** Every quad index of the store holds as many tuples as the first, and each holds them all. */
  private static void assertEveryIndexHoldsTheSameQuads(SpkgStore store) {
    Txn.executeRead(
        store.datasetGraph(),
        () -> {
          List<TupleIndex> indexes = indexes(store);
          assertThat(indexes).hasSize(6);
          long first = indexes.get(0).size();
          assertThat(first).isPositive();
          for (TupleIndex index : indexes) {
            assertThat(index.size()).as(index.getName()).isEqualTo(first);
          }
        });
  }

  private static List<TupleIndex> indexes(SpkgStore store) {
    var tdb = TDBInternal.getDatasetGraphTDB(StoreFolder.tdb(store.datasetGraph()));
    return List.of(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes());
  }
}
