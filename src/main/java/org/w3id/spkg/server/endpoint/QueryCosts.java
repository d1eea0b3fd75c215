package org.w3id.spkg.server.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each query has cost so far: for each query's key ({@link QueryKey}) a decayed average of its
 * running times, from its turn to its last byte sent, each new time weighing {@link #WEIGHT}. Holds
 * at most {@link #capacity} keys, forgetting the one least recently used; a key not held is {@link
 * QueryClass#MEDIUM}. Safe for use by many threads.
 */
final class QueryCosts {

  /** The weight of the newest running time in the average (an EWMA): 0.3. */
  static final double WEIGHT = 0.3;

  /** The keys held by default: 4,096 (a few hundred kilobytes). */
  static final int DEFAULT_CAPACITY = 4096;

  private final int capacity;
  private final Map<String, Double> averageNanos;

  QueryCosts() {
    this(DEFAULT_CAPACITY);
  }

  QueryCosts(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the keys held must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
    this.averageNanos =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > QueryCosts.this.capacity;
          }
        };
  }

  /** The class of the query with this key: from its average, {@code MEDIUM} if not known. */
  synchronized QueryClass classOf(String key) {
    Double average = averageNanos.get(key);
    return average == null ? QueryClass.MEDIUM : QueryClass.ofNanos(average);
  }

  /** Counts one run of the query with this key that took {@code nanos}. */
  synchronized void record(String key, long nanos) {
    averageNanos.merge(key, (double) nanos, (old, now) -> old + WEIGHT * (now - old));
  }

  /** The average running time of the query with this key, in nanoseconds, or -1 if not known. */
  synchronized double averageNanos(String key) {
    Double average = averageNanos.get(key);
    return average == null ? -1 : average;
  }

  /** The keys held now, at most the capacity. */
  synchronized int size() {
    return averageNanos.size();
  }
}
