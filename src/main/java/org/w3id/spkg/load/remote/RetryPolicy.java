package org.w3id.spkg.load.remote;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long a write to a remote store is tried again after a failure that may pass (a
 * network error, HTTP 429 or a 5xx but 501 and 505): exponential backoff from {@code firstDelay},
 * doubled each time up to {@code maxDelay}, with jitter so that workers that failed together do not
 * come back together; a {@code Retry-After} from the store counts when it asks for longer.
 *
 * @param retries attempts after the first, 0 or more
 * @param firstDelay the wait before the first retry
 * @param maxDelay the longest wait, also the most a {@code Retry-After} is honoured for
 */
public record RetryPolicy(int retries, Duration firstDelay, Duration maxDelay) {

  /** Retries unless told: 5 (waits of about 0.5, 1, 2, 4 and 8 s). */
  public static final int DEFAULT_RETRIES = 5;

  public RetryPolicy {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, not " + retries);
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "delays must be 0 <= first <= max, not " + firstDelay + " and " + maxDelay);
    }
  }

  /** {@code retries} retries, from 0.5 s up to 60 s between them. */
  public static RetryPolicy of(int retries) {
    return new RetryPolicy(retries, Duration.ofMillis(500), Duration.ofSeconds(60));
  }

  /** The policy unless told: {@value #DEFAULT_RETRIES} retries. */
  public static RetryPolicy defaults() {
    return of(DEFAULT_RETRIES);
  }

  /**
   * How long to wait before retry number {@code retry} (1 for the first): the backoff, between half
   * and all of {@code firstDelay × 2^(retry-1)}, or what the store asked for if longer; never more
   * than {@code maxDelay}.
   *
   * @param retryAfter the store's {@code Retry-After}, or null
   */
  public Duration delay(int retry, Duration retryAfter) {
    long backoff = firstDelay.toMillis() << Math.min(retry - 1, 20);
    backoff = Math.min(backoff, maxDelay.toMillis());
    long jittered = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
    long asked = retryAfter == null ? 0 : retryAfter.toMillis();
    return Duration.ofMillis(Math.min(Math.max(jittered, asked), maxDelay.toMillis()));
  }

  /** Whether a failure with this HTTP status (-1: none, the network failed) may pass on retry. */
  public static boolean transientStatus(int status) {
    return status < 100 || status == 429 || (status >= 500 && status != 501 && status != 505);
  }
}
