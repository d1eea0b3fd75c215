package org.w3id.spkg.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes batches of documents (of type {@code T}) on one thread of its own, in the order they are
 * handed over, so that the caller can extract the next batch meanwhile (TDB2 allows one writer at a
 * time; extraction stays on the caller's thread, in order). One batch is written while at most one
 * more waits: a caller that is ahead blocks in {@link #submit}, so memory stays bounded.
 *
 * <p>When a write fails, the batches after it are not written: they are collected with the failed
 * one, and {@link #drain} returns them with the cause. {@link #close} waits for the write under way
 * (never interrupting it: a write transaction either commits or aborts) and drops what waits.
 */
final class BatchWriter<T> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

  /** For the writer thread's processor time, where the JVM can measure it (else -1). */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Batches that may be handed over and not yet written: the one being written and one waiting. */
  private static final int IN_FLIGHT = 2;

  /** A write that failed: the batch, the batches not written after it, and why. */
  record Failure<T>(List<T> failedBatch, List<T> notWritten, Throwable cause) {
    Failure {
      failedBatch = List.copyOf(failedBatch);
      notWritten = List.copyOf(notWritten);
    }
  }

  private final Consumer<List<T>> write;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread writer = new Thread(task, "spkg-batch-writer");
            writer.setDaemon(true);
            return writer;
          });
  private final Semaphore room = new Semaphore(IN_FLIGHT);
  private final Object lock = new Object();
  private List<T> failedBatch;
  private final List<T> notWritten = new ArrayList<>();
  private Throwable cause;
  private boolean dropping;
  private int batches;
  private long writeNanos;
  private long processorNanos;
  private long waitNanos;

  /** A writer that calls {@code write} for each batch, on its own thread. */
  BatchWriter(Consumer<List<T>> write) {
    this.write = write;
  }

  /**
   * Hands {@code batch} to the writer thread; blocks while another batch is waiting. After a failed
   * write, the batch is not written but counted as not written.
   */
  void submit(List<T> batch) {
    List<T> copy = List.copyOf(batch);
    long start = System.nanoTime();
    room.acquireUninterruptibly();
    waitNanos += System.nanoTime() - start;
    try {
      thread.execute(() -> writeOrSkip(copy));
    } catch (RuntimeException e) {
      room.release();
      throw e;
    }
  }

  /** Whether a write has failed (the batches handed over since are not written). */
  boolean failed() {
    synchronized (lock) {
      return cause != null;
    }
  }

  /**
   * Waits until every batch handed over is written (or skipped after a failure) and stops the
   * thread; no batch may be handed over after.
   *
   * @return the failure, or null if every batch was written
   */
  Failure<T> drain() {
    stop();
    synchronized (lock) {
      LOG.info(
          "wrote {} batches in {} s ({} s of processor); extraction waited {} s for the writer",
          batches,
          String.format(Locale.ROOT, "%.1f", writeNanos / 1e9),
          processorNanos < 0 ? "?" : String.format(Locale.ROOT, "%.1f", processorNanos / 1e9),
          String.format(Locale.ROOT, "%.1f", waitNanos / 1e9));
      return cause == null ? null : new Failure<>(failedBatch, notWritten, cause);
    }
  }

  /** Drops the batches not yet started, waits for the write under way and stops the thread. */
  @Override
  public void close() {
    synchronized (lock) {
      dropping = true;
    }
    stop();
  }

  private void stop() {
    thread.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
        LOG.info("waiting for the write transaction under way to end");
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The processor time of the calling thread in ns, or -1 where the JVM cannot tell. */
  private static long processorTime() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  /** On the writer thread. */
  private void writeOrSkip(List<T> batch) {
    try {
      synchronized (lock) {
        if (dropping) {
          return;
        }
        if (cause != null) {
          notWritten.addAll(batch);
          return;
        }
      }
      long start = System.nanoTime();
      long processor = processorTime();
      try {
        write.accept(batch);
      } catch (RuntimeException | Error e) {
        synchronized (lock) {
          cause = e;
          failedBatch = batch;
          notWritten.addAll(batch);
        }
        return;
      }
      long took = System.nanoTime() - start;
      long used = processor < 0 ? -1 : processorTime() - processor;
      synchronized (lock) {
        batches++;
        writeNanos += took;
        processorNanos = used < 0 || processorNanos < 0 ? -1 : processorNanos + used;
      }
      LOG.info("wrote {} documents in {} ms", batch.size(), took / 1_000_000);
    } finally {
      room.release();
    }
  }
}
