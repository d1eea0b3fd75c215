package org.w3id.spkg.server.endpoint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Who runs and who waits, by {@link QueryClass}, in three lanes: instant queries in one of {@link
 * #LIGHT_WIDTH} × {@code maxRunning} turns, cheap ones in another as wide, medium and expensive
 * ones in the third, of {@code maxRunning} turns. A query that runs in milliseconds then never
 * waits for one that runs for seconds, nor one of a few milliseconds for one of a hundred, while
 * the medium and expensive ones share every processor between them as before, and the light ones,
 * short as they are, take little from them. At most {@code maxQueued} wait, in all lanes together.
 * When a turn of the shared lane frees, a waiting medium query goes before the expensive ones;
 * within a class, in order of arrival; but a request that has waited {@code overdue} or longer goes
 * before every cheaper one of its lane (the oldest first), so a steady flow of medium queries does
 * not starve the expensive ones into refusals. The Jetty side, holding no thread for a waiting
 * request, is {@link QueryAdmission}; this is the bookkeeping alone, safe for use by many threads.
 *
 * @param <T> what waits (a suspended request)
 */
final class AdmissionQueue<T> {

  /** What {@link #offer} decided. */
  enum Outcome {
    /** Run it now: it holds a turn until {@link #finish}. */
    RUN,
    /** It waits: {@link #finish} hands it out, or {@link #withdraw} takes it back. */
    QUEUED,
    /** Refuse it: every turn is taken and the queue is full. */
    FULL
  }

  /**
   * How many times wider the lanes of instant and of cheap queries are: they run in milliseconds,
   * so more of them at once cost the others little, and a burst of them from many clients does not
   * queue.
   */
  static final int LIGHT_WIDTH = 2;

  private final int maxRunning;
  private final int maxQueued;
  private final long overdueNanos;
  private final LongSupplier clock;
  private final Map<QueryClass, ArrayDeque<Waiting<T>>> waiting = new EnumMap<>(QueryClass.class);

  /**
   * Requests running, by lane: {@link #lane} 0 for instant ones, 1 for cheap ones, 2 for medium and
   * expensive.
   */
  private final int[] running = new int[3];

  private int queued;

  /**
   * @param maxRunning the most medium and expensive requests running at once, at least 1 (and
   *     {@link #LIGHT_WIDTH} times as many instant ones, and as many cheap ones)
   * @param maxQueued the most waiting, 0 or more
   * @param overdueNanos how long a request waits before it goes ahead of cheaper ones
   * @param clock the time now, in nanoseconds ({@code System::nanoTime})
   */
  AdmissionQueue(int maxRunning, int maxQueued, long overdueNanos, LongSupplier clock) {
    if (maxRunning < 1 || maxQueued < 0) {
      throw new IllegalArgumentException(
          "running at least 1 and queued 0 or more, got " + maxRunning + " and " + maxQueued);
    }
    this.maxRunning = maxRunning;
    this.maxQueued = maxQueued;
    this.overdueNanos = overdueNanos;
    this.clock = clock;
    for (QueryClass c : QueryClass.values()) {
      waiting.put(c, new ArrayDeque<>());
    }
  }

  /** A request of class {@code c} arrives: it runs, waits, or is refused. */
  synchronized Outcome offer(T item, QueryClass c) {
    if (mayRun(c) && nothingWaitingBefore(c)) {
      take(c);
      return Outcome.RUN;
    }
    if (queued >= maxQueued) {
      return Outcome.FULL;
    }
    waiting.get(c).addLast(new Waiting<>(item, clock.getAsLong()));
    queued++;
    return Outcome.QUEUED;
  }

  /**
   * A request of class {@code c} that ran is done: frees its turn.
   *
   * @return the waiting requests that take the freed turns now, to run in this order
   */
  synchronized List<T> finish(QueryClass c) {
    if (running[lane(c)] == 0) {
      throw new IllegalStateException("no " + c.label() + " request is running");
    }
    running[lane(c)]--;
    List<T> next = new ArrayList<>(1);
    for (QueryClass k = nextToRun(); k != null; k = nextToRun()) {
      next.add(waiting.get(k).removeFirst().item());
      queued--;
      take(k);
    }
    return next;
  }

  /** The class whose oldest waiting request runs next, or null if none may run now. */
  private QueryClass nextToRun() {
    long now = clock.getAsLong();
    QueryClass overdue = null;
    for (QueryClass k : QueryClass.values()) {
      Waiting<T> head = waiting.get(k).peekFirst();
      if (head != null
          && mayRun(k)
          && now - head.since() >= overdueNanos
          && (overdue == null || head.since() < waiting.get(overdue).peekFirst().since())) {
        overdue = k;
      }
    }
    if (overdue != null) {
      return overdue;
    }
    for (QueryClass k : QueryClass.values()) {
      if (!waiting.get(k).isEmpty() && mayRun(k)) {
        return k;
      }
    }
    return null;
  }

  /** Takes back a waiting request of class {@code c}: false if it is no longer waiting. */
  synchronized boolean withdraw(T item, QueryClass c) {
    boolean removed = waiting.get(c).removeIf(w -> w.item() == item);
    if (removed) {
      queued--;
    }
    return removed;
  }

  /** The requests running now, in all lanes. */
  synchronized int running() {
    return running[0] + running[1] + running[2];
  }

  /** The requests waiting now. */
  synchronized int queued() {
    return queued;
  }

  private boolean mayRun(QueryClass c) {
    return running[lane(c)] < (c.slow() ? maxRunning : LIGHT_WIDTH * maxRunning);
  }

  /**
   * No request of {@code c}'s lane waits that is of its class or a cheaper one (a newcomer does not
   * overtake them).
   */
  private boolean nothingWaitingBefore(QueryClass c) {
    for (QueryClass k : QueryClass.values()) {
      if (sameLane(k, c) && !waiting.get(k).isEmpty()) {
        return false;
      }
      if (k == c) {
        return true;
      }
    }
    return true;
  }

  private static boolean sameLane(QueryClass a, QueryClass b) {
    return lane(a) == lane(b);
  }

  /**
   * Instant and cheap queries run each in a lane of their own (0 and 1); medium and expensive ones
   * share the third (2).
   */
  private static int lane(QueryClass c) {
    return switch (c) {
      case INSTANT -> 0;
      case CHEAP -> 1;
      case MEDIUM, EXPENSIVE -> 2;
    };
  }

  private void take(QueryClass c) {
    running[lane(c)]++;
  }

  /** A waiting request and when it began to wait. */
  private record Waiting<T>(T item, long since) {}
}
