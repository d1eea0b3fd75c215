package org.w3id.spkg.remote;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.w3id.spkg.store.EndpointQuery;

/**
 * How spkg asks a remote endpoint: every request waits at most {@code timeout} for the answer to
 * begin (a query also stops when its own time limit here runs out, see {@link RemoteRows}).
 *
 * @param timeout the longest wait for an answer to begin
 * @param keep how long what is computed from the store (pages, VoID) is kept before it is read
 *     again
 */
record RemoteRequests(Duration timeout, Duration keep) {

  RemoteRequests {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the request timeout must be positive, got " + timeout);
    }
    if (keep.toMillis() < 1) {
      throw new IllegalArgumentException("the keep time must be at least 1 ms, got " + keep);
    }
  }

  /**
   * The longest wait for the answer of a whole query to begin: 10 minutes, a backstop for a store
   * that never answers. A query's own time limit stops it much earlier ({@link RemoteRows}); only
   * what runs without one (the VoID count, allowed an hour) comes near.
   */
  static final Duration QUERY_BACKSTOP = Duration.ofMinutes(10);

  /**
   * A whole query to {@code endpoint}, stopped by its own time limit or {@link #QUERY_BACKSTOP}.
   */
  QueryExecHTTPBuilder query(URI endpoint) {
    return EndpointQuery.service(endpoint.toString())
        .timeout(QUERY_BACKSTOP.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A request to {@code endpoint} that waits at most {@link #timeout} for its answer to begin. */
  QueryExecHTTPBuilder builder(URI endpoint) {
    return EndpointQuery.service(endpoint.toString())
        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
