package org.w3id.spkg.server.endpoint;

import java.time.Duration;
import java.util.Locale;

/**
 * How costly a request that runs queries is expected to be, from how long the same query ran before
 * ({@link QueryCosts}): {@link #CHEAP} under {@link #CHEAP_BELOW}, {@link #EXPENSIVE} from {@link
 * #EXPENSIVE_FROM}, {@link #MEDIUM} between them and for a query not seen yet. {@link
 * QueryAdmission} runs cheap requests in a lane of their own, and medium ones before expensive. The
 * class is sent in the response header {@value #HEADER}.
 */
public enum QueryClass {
  /** Ran, on average, under {@link #CHEAP_BELOW}: runs in a lane of its own. */
  CHEAP,
  /** Between the two thresholds, or not seen yet: goes before expensive ones when a turn frees. */
  MEDIUM,
  /** Ran, on average, {@link #EXPENSIVE_FROM} or longer. */
  EXPENSIVE;

  /** The response header that names the class a request was admitted in. */
  public static final String HEADER = "SPKG-Query-Class";

  /** A query whose average running time is below this is cheap: 100 ms. */
  public static final Duration CHEAP_BELOW = Duration.ofMillis(100);

  /** A query whose average running time is this or more is expensive: 1 s. */
  public static final Duration EXPENSIVE_FROM = Duration.ofSeconds(1);

  /** The class of a query that ran for {@code nanos} on average. */
  static QueryClass ofNanos(double nanos) {
    if (nanos < CHEAP_BELOW.toNanos()) {
      return CHEAP;
    }
    return nanos < EXPENSIVE_FROM.toNanos() ? MEDIUM : EXPENSIVE;
  }

  /** The name in the header: {@code cheap}, {@code medium} or {@code expensive}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
