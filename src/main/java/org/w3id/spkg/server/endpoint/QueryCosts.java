package org.w3id.spkg.server.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each query has cost so far: for each query's key ({@link QueryKey}) a decayed average of its
 * costs, each new one weighing {@link #WEIGHT}, and the class that average puts it in ({@link
 * QueryClass#after}: a class changes only past a margin). Holds at most {@link #capacity} keys,
 * forgetting the one least recently used; a key not held is {@link QueryClass#MEDIUM}. Safe for use
 * by many threads.
 */
final class QueryCosts {

  /** The weight of the newest running time in the average (an EWMA): 0.3. */
  static final double WEIGHT = 0.3;

  /** The keys held by default: 4,096 (a few hundred kilobytes). */
  static final int DEFAULT_CAPACITY = 4096;

  private final int capacity;
  private final Map<String, Cost> byKey;

  QueryCosts() {
    this(DEFAULT_CAPACITY);
  }

  QueryCosts(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the keys held must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
    this.byKey =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Cost> eldest) {
            return size() > QueryCosts.this.capacity;
          }
        };
  }

  /** A query's average cost and the class it has come to. */
  private record Cost(double averageNanos, QueryClass queryClass) {}

  /** The class of the query with this key: from its average, {@code MEDIUM} if not known. */
  synchronized QueryClass classOf(String key) {
    Cost cost = byKey.get(key);
    return cost == null ? QueryClass.MEDIUM : cost.queryClass();
  }

  /** Counts one run of the query with this key that cost {@code nanos}. */
  synchronized void record(String key, long nanos) {
    Cost old = byKey.get(key);
    if (old == null) {
      byKey.put(key, new Cost(nanos, QueryClass.ofNanos(nanos)));
      return;
    }
    double average = old.averageNanos() + WEIGHT * (nanos - old.averageNanos());
    byKey.put(key, new Cost(average, QueryClass.after(old.queryClass(), average)));
  }

  /** The average cost of the query with this key, in nanoseconds, or -1 if not known. */
  synchronized double averageNanos(String key) {
    Cost cost = byKey.get(key);
    return cost == null ? -1 : cost.averageNanos();
  }

  /** The keys held now, at most the capacity. */
  synchronized int size() {
    return byKey.size();
  }
}
