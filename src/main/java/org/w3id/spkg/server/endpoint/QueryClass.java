package org.w3id.spkg.server.endpoint;

import java.time.Duration;
import java.util.Locale;

/**
 * How costly a request that runs queries is expected to be, from the processor time the same query
 * took before ({@link QueryCosts}): {@link #INSTANT} under {@link #INSTANT_BELOW}, {@link #CHEAP}
 * under {@link #CHEAP_BELOW}, {@link #EXPENSIVE} from {@link #EXPENSIVE_FROM}, {@link #MEDIUM}
 * between them and for a query not seen yet. Once classed, a query changes class only when its
 * average passes a threshold by {@link #MARGIN} ({@link #after}), so one whose average sits at a
 * threshold does not change lane from run to run. {@link QueryAdmission} runs instant and cheap
 * requests each in a lane of their own, and medium ones before expensive in the third. The class is
 * sent in the response header {@value #HEADER}.
 */
public enum QueryClass {
  /** Ran, on average, under {@link #INSTANT_BELOW}: runs in a lane of its own. */
  INSTANT,
  /** Ran, on average, under {@link #CHEAP_BELOW}: runs in a lane of its own. */
  CHEAP,
  /** Between the two thresholds, or not seen yet: goes before expensive ones when a turn frees. */
  MEDIUM,
  /** Ran, on average, {@link #EXPENSIVE_FROM} or longer. */
  EXPENSIVE;

  /** The response header that names the class a request was admitted in. */
  public static final String HEADER = "SPKG-Query-Class";

  /** A query whose average running time is below this is instant: 10 ms. */
  public static final Duration INSTANT_BELOW = Duration.ofMillis(10);

  /** A query whose average running time is below this, and not instant, is cheap: 100 ms. */
  public static final Duration CHEAP_BELOW = Duration.ofMillis(100);

  /** A query whose average running time is this or more is expensive: 1 s. */
  public static final Duration EXPENSIVE_FROM = Duration.ofSeconds(1);

  /**
   * How far past a threshold a classed query's average must go to change class: 1.5 times it to go
   * up (a cheap query becomes medium from 150 ms), a 1.5th of it to go down (a medium query becomes
   * cheap under 67 ms, a cheap one instant under 6.7 ms).
   */
  public static final double MARGIN = 1.5;

  /** The class of a query seen for the first time, which ran for {@code nanos}. */
  static QueryClass ofNanos(double nanos) {
    if (nanos < INSTANT_BELOW.toNanos()) {
      return INSTANT;
    }
    if (nanos < CHEAP_BELOW.toNanos()) {
      return CHEAP;
    }
    return nanos < EXPENSIVE_FROM.toNanos() ? MEDIUM : EXPENSIVE;
  }

  /**
   * The class of a query of class {@code now} whose average is now {@code nanos}: {@code now}
   * unless the average went past a threshold by {@link #MARGIN}.
   */
  static QueryClass after(QueryClass now, double nanos) {
    QueryClass c = now;
    while (c != EXPENSIVE && nanos >= upper(c) * MARGIN) {
      c = values()[c.ordinal() + 1];
    }
    while (c != INSTANT && nanos < upper(values()[c.ordinal() - 1]) / MARGIN) {
      c = values()[c.ordinal() - 1];
    }
    return c;
  }

  /** The threshold between this class and the next dearer one, in nanoseconds. */
  private static double upper(QueryClass c) {
    return switch (c) {
      case INSTANT -> INSTANT_BELOW.toNanos();
      case CHEAP -> CHEAP_BELOW.toNanos();
      default -> EXPENSIVE_FROM.toNanos();
    };
  }

  /**
   * Whether the class is medium or expensive: those share a lane, whose threads run at a lower
   * priority, while instant and cheap queries run on the threads that receive them.
   */
  boolean slow() {
    return this == MEDIUM || this == EXPENSIVE;
  }

  /**
   * The name in the header: {@code instant}, {@code cheap}, {@code medium} or {@code expensive}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
