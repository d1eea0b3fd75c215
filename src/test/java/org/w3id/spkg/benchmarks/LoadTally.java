package org.w3id.spkg.benchmarks;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the clients of one load level counted: the latency of every answer, overall and per query
 * id; errors; time-outs (Fuseki's 503 for a query that ran out of time, or a client wait over its
 * limit); and admission refusals (a 503 with {@code Retry-After}, which the client waits out and
 * retries: counted apart, never as an answer).
 */
final class LoadTally {

  private final long highestMicros;
  private final Recorder all;
  private final Map<String, Recorder> byQuery = new ConcurrentHashMap<>();
  final AtomicLong requests = new AtomicLong();
  final AtomicLong errors = new AtomicLong();
  final AtomicLong timeouts = new AtomicLong();
  final AtomicLong refusals = new AtomicLong();

  /** The cost classes the server named for each query id's answers ({@code SPKG-Query-Class}). */
  final Map<String, Set<String>> classes = new ConcurrentHashMap<>();

  private final Map<String, Recorder> waitByQuery = new ConcurrentHashMap<>();

  /** Each query id's slowest answer: its time and the server's share of it, in microseconds. */
  private final Map<String, long[]> slowest = new ConcurrentHashMap<>();

  private final StringBuilder firstError = new StringBuilder();

  LoadTally(long highestMicros) {
    this.highestMicros = highestMicros;
    this.all = new Recorder(1, highestMicros, 3);
  }

  /**
   * An answer (200, an error or a time-out) to query {@code id} after {@code micros}, of which the
   * server says it spent {@code serverMicros} waiting for a turn and to its first bytes (-1 when it
   * does not say).
   */
  void answered(String id, long micros, long serverMicros) {
    long v = Math.max(1, Math.min(micros, highestMicros));
    all.recordValue(v);
    byQuery.computeIfAbsent(id, k -> new Recorder(1, highestMicros, 3)).recordValue(v);
    requests.incrementAndGet();
    slowest.merge(id, new long[] {micros, serverMicros}, (a, b) -> a[0] >= b[0] ? a : b);
  }

  /**
   * The server's share of each query id's slowest answer, in microseconds (-1 when it did not say):
   * what of that answer's time was spent in the server, the rest being network and client.
   */
  Map<String, Long> serverShareOfSlowest() {
    Map<String, Long> out = new TreeMap<>();
    slowest.forEach((id, a) -> out.put(id, a[1]));
    return out;
  }

  /** The server named {@code queryClass} for an answer to query {@code id}. */
  void classed(String id, String queryClass) {
    classes.computeIfAbsent(id, k -> new ConcurrentSkipListSet<>()).add(queryClass);
  }

  /**
   * An answer to query {@code id} waited {@code micros} for its turn (the server's {@code
   * Server-Timing: wait}).
   */
  void waited(String id, long micros) {
    long v = Math.max(1, Math.min(micros, highestMicros));
    waitByQuery.computeIfAbsent(id, k -> new Recorder(1, highestMicros, 3)).recordValue(v);
  }

  /** A problem: counted as a time-out or an error; the first one is kept for the report. */
  void problem(String what, boolean timeout) {
    (timeout ? timeouts : errors).incrementAndGet();
    synchronized (firstError) {
      if (firstError.length() == 0) {
        firstError.append(what);
      }
    }
  }

  String firstError() {
    synchronized (firstError) {
      return firstError.toString();
    }
  }

  Histogram latency() {
    return all.getIntervalHistogram();
  }

  /** The latency histogram of each query id, in id order. */
  Map<String, Histogram> latencyByQuery() {
    return histograms(byQuery);
  }

  /** The histogram of each query id's waits for a turn, in id order. */
  Map<String, Histogram> waitByQuery() {
    return histograms(waitByQuery);
  }

  private static Map<String, Histogram> histograms(Map<String, Recorder> recorders) {
    Map<String, Histogram> out = new TreeMap<>();
    recorders.forEach((id, r) -> out.put(id, r.getIntervalHistogram()));
    return out;
  }
}
