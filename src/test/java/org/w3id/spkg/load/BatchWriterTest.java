package org.w3id.spkg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.store.PendingDocument;
import org.w3id.spkg.store.StoreContent;

class BatchWriterTest {

  private final List<String> written = new CopyOnWriteArrayList<>();
  private final List<String> threads = new CopyOnWriteArrayList<>();

  @Test
  void batches_areWrittenInOrder_onAThreadOfTheirOwn() {
    try (BatchWriter<PendingDocument> writer = new BatchWriter<>(this::record)) {
      for (int i = 1; i <= 5; i++) {
        writer.submit(batch("d" + i + "a", "d" + i + "b"));
      }
      assertThat(writer.drain()).isNull();
    }
    assertThat(written)
        .containsExactly("d1a", "d1b", "d2a", "d2b", "d3a", "d3b", "d4a", "d4b", "d5a", "d5b");
    assertThat(threads)
        .doesNotContain(Thread.currentThread().getName())
        .containsOnly("spkg-batch-writer");
  }

  @Test
  void failedWrite_leavesOutTheBatchesAfterIt_andDrainNamesThemWithTheCause() {
    BatchWriter.Failure<PendingDocument> failure;
    try (BatchWriter<PendingDocument> writer =
        new BatchWriter<>(
            batch -> {
              if (batch.get(0).doc().key().equals("b1")) {
                throw new IllegalStateException("disk full");
              }
              record(batch);
            })) {
      writer.submit(batch("a1", "a2"));
      writer.submit(batch("b1", "b2"));
      writer.submit(batch("c1"));
      failure = writer.drain();
      assertThat(writer.failed()).isTrue();
    }
    assertThat(written).containsExactly("a1", "a2");
    assertThat(failure).isNotNull();
    assertThat(failure.cause()).hasMessage("disk full");
    assertThat(keys(failure.failedBatch())).containsExactly("b1", "b2");
    assertThat(keys(failure.notWritten())).containsExactly("b1", "b2", "c1");
  }

  @Test
  void aCallerAhead_waits_whileOneBatchIsWrittenAndAnotherWaits() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (BatchWriter<PendingDocument> writer =
        new BatchWriter<>(batch -> awaitThenRecord(release, batch))) {
      writer.submit(batch("a"));
      writer.submit(batch("b"));
      Thread third = new Thread(() -> writer.submit(batch("c")));
      third.start();
      awaitState(third, Thread.State.WAITING);
      assertThat(written).isEmpty();

      release.countDown();
      third.join();
      assertThat(writer.drain()).isNull();
    }
    assertThat(written).containsExactly("a", "b", "c");
  }

  @Test
  void close_letsTheWriteUnderWayEnd_dropsTheWaitingBatch_andStopsTheThread() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    BatchWriter<PendingDocument> writer =
        new BatchWriter<>(
            batch -> {
              started.countDown();
              awaitThenRecord(release, batch);
            });
    writer.submit(batch("a"));
    writer.submit(batch("b"));
    assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
    Thread closing = new Thread(writer::close);
    closing.start();
    awaitState(closing, Thread.State.TIMED_WAITING);

    release.countDown();
    closing.join();

    assertThat(written).containsExactly("a");
    awaitThread("spkg-batch-writer", false);
  }

  private void record(List<PendingDocument> batch) {
    threads.add(Thread.currentThread().getName());
    batch.forEach(p -> written.add(p.doc().key()));
  }

  private void awaitThenRecord(CountDownLatch release, List<PendingDocument> batch) {
    try {
      assertThat(release.await(1, TimeUnit.MINUTES)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    record(batch);
  }

  private static List<PendingDocument> batch(String... keys) {
    return java.util.Arrays.stream(keys)
        .map(
            key ->
                new PendingDocument(
                    StoreContent.document(key, GraphFactory.createDefaultGraph()), Instant.now()))
        .toList();
  }

  private static List<String> keys(List<PendingDocument> docs) {
    return docs.stream().map(p -> p.doc().key()).toList();
  }

  /** Waits (up to a minute) until {@code thread} is blocked in {@code state}. */
  private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
    for (int i = 0; i < 6000 && thread.getState() != state; i++) {
      Thread.sleep(10);
    }
    assertThat(thread.getState()).isEqualTo(state);
  }

  /** Waits (up to a minute) until a thread named {@code name} is alive, or is not. */
  private static void awaitThread(String name, boolean alive) throws InterruptedException {
    for (int i = 0; i < 6000 && running(name) != alive; i++) {
      Thread.sleep(10);
    }
    assertThat(running(name)).as("a thread %s is running", name).isEqualTo(alive);
  }

  private static boolean running(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(name) && t.isAlive());
  }
}
