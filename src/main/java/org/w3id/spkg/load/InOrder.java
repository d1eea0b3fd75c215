package org.w3id.spkg.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Work done on several threads and taken back in the order it was given: each item is mapped on a
 * pool of {@code threads}, and {@code then} gets the results one by one, in the order of the items,
 * on the calling thread, until it declines one. At most a few results per thread wait to be taken,
 * so memory stays bounded whatever the number of items. The mapping must not share mutable state
 * between items.
 *
 * <p>An {@link Error} thrown by the mapping (an {@link OutOfMemoryError}, say) stops the work and
 * is thrown again on the calling thread; the mapping is expected to turn any other failure of one
 * item into a result.
 */
final class InOrder {

  /** Results that may wait to be taken, per thread. */
  private static final int WINDOW_PER_THREAD = 4;

  private InOrder() {}

  /** The threads to use: one per processor, no more than there are items. */
  static int threadsFor(int items) {
    return Math.max(1, Math.min(items, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Maps {@code items} with {@code work} on {@code threads} threads (on the calling thread if 1)
   * and hands each result to {@code then}, in order, on the calling thread. When {@code then}
   * returns false (it did not take that result), no more items are mapped.
   *
   * @return the position of the first item whose result was not taken ({@code items.size()} when
   *     all were)
   */
  static <T, R> int map(
      List<T> items, int threads, String name, Function<T, R> work, Predicate<R> then) {
    if (threads <= 1) {
      for (int i = 0; i < items.size(); i++) {
        if (!then.test(work.apply(items.get(i)))) {
          return i;
        }
      }
      return items.size();
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, name + "-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<R>> waiting = new ArrayDeque<>();
      int next = 0;
      int taken = 0;
      while (next < items.size() || !waiting.isEmpty()) {
        while (next < items.size() && waiting.size() < threads * WINDOW_PER_THREAD) {
          T item = items.get(next++);
          waiting.add(pool.submit(() -> work.apply(item)));
        }
        if (!then.test(take(waiting.poll()))) {
          return taken;
        }
        taken++;
      }
      return taken;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R take(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document's extraction", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }
}
