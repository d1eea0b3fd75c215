package org.w3id.spkg.server.endpoint;

import java.time.Duration;

/**
 * How many requests that run queries the server works on at once, how many more wait, and for how
 * long ({@link QueryAdmission}).
 *
 * @param maxRunning the most such requests running at once, at least 1
 * @param maxQueued the most waiting for a turn, 0 or more (0: refuse when all are running)
 * @param maxWait the longest a request waits for its turn before it is refused, 0.1 s to 10 min
 */
public record AdmissionLimits(int maxRunning, int maxQueued, Duration maxWait) {

  /** The most queued requests by default: as many as the server has threads. */
  public static final int DEFAULT_MAX_QUEUED = 64;

  /** The longest wait by default: as long as a query may run, 10 s. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(10);

  /** The longest wait that may be set: 10 minutes. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

  public AdmissionLimits {
    if (maxRunning < 1) {
      throw new IllegalArgumentException(
          "the most running queries must be at least 1, got " + maxRunning);
    }
    if (maxQueued < 0) {
      throw new IllegalArgumentException(
          "the most queued queries must be 0 or more, got " + maxQueued);
    }
    if (maxWait.toMillis() < 100 || maxWait.compareTo(LONGEST_WAIT) > 0) {
      throw new IllegalArgumentException(
          "the queue wait must be 0.1 s to 600 s, got " + maxWait.toMillis() / 1000.0 + " s");
    }
  }

  /**
   * The defaults: as many running queries as the machine has processors (at least 2, so that a slow
   * query does not hold up every other one), {@link #DEFAULT_MAX_QUEUED} waiting, each for at most
   * {@link #DEFAULT_MAX_WAIT}.
   */
  public static AdmissionLimits defaults() {
    return new AdmissionLimits(defaultMaxRunning(), DEFAULT_MAX_QUEUED, DEFAULT_MAX_WAIT);
  }

  /** The processors the JVM may use, at least 2. */
  public static int defaultMaxRunning() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The seconds a refused client is told to wait ({@code Retry-After}): the queue wait, rounded up.
   */
  long retryAfterSeconds() {
    return Math.max(1, (maxWait.toMillis() + 999) / 1000);
  }
}
