package org.w3id.spkg.packs;

import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.store.EndpointQuery;

/** Where pack queries run: a dataset in this process (the store) or a SPARQL endpoint. */
public interface QueryTarget {

  /**
   * Runs a SELECT or ASK query and holds its whole answer.
   *
   * @throws QueryTimeoutException if it runs longer than {@code timeout}
   */
  ResultTable run(Query query, Duration timeout);

  /** What the target is, for messages and reports ("the store data/", an endpoint's URL). */
  String description();

  /** A dataset in this process, read in a read transaction (its default graph as it is set up). */
  static QueryTarget dataset(DatasetGraph data, String description) {
    return new QueryTarget() {
      @Override
      public ResultTable run(Query query, Duration timeout) {
        return Txn.calculateRead(
            data, () -> QueryTarget.execute(QueryExec.dataset(data), query, timeout, description));
      }

      @Override
      public String description() {
        return description;
      }
    };
  }

  /** A SPARQL endpoint reached over HTTP (the query goes as text; parameters are already terms). */
  static QueryTarget endpoint(String url) {
    return new QueryTarget() {
      @Override
      public ResultTable run(Query query, Duration timeout) {
        return QueryTarget.execute(EndpointQuery.service(url), query, timeout, url);
      }

      @Override
      public String description() {
        return url;
      }
    };
  }

  /**
   * The SPARQL endpoint of a running {@code spkg serve} (Fuseki): as {@link #endpoint}, and the
   * server is told each query's time limit (Fuseki's {@code timeout} parameter, whole seconds,
   * rounded up), so that a query stops there as it would here; a refusal carries the server's
   * message.
   */
  static QueryTarget spkgServer(URI endpoint) {
    String url = endpoint.toString();
    return new QueryTarget() {
      @Override
      public ResultTable run(Query query, Duration timeout) {
        QueryExecHTTPBuilder builder = QueryExecHTTP.service(url);
        if (timeout != null) {
          long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
          builder.param(FUSEKI_TIMEOUT, Long.toString(seconds));
        }
        Duration wait = timeout == null ? null : timeout.plus(RESPONSE_GRACE);
        return QueryTarget.execute(builder, query, wait, url, timeout);
      }

      @Override
      public String description() {
        return url;
      }
    };
  }

  /** Fuseki's request parameter for a query's time limit, in seconds. */
  String FUSEKI_TIMEOUT = "timeout";

  /** How much longer than a query's time limit a client waits for the server's answer. */
  Duration RESPONSE_GRACE = Duration.ofSeconds(5);

  private static ResultTable execute(
      QueryExecBuilder builder, Query query, Duration timeout, String where) {
    return execute(builder, query, timeout, where, timeout);
  }

  /**
   * @param wait how long to wait for the answer
   * @param limit the query's time limit, for the message if it runs out of time
   */
  private static ResultTable execute(
      QueryExecBuilder builder, Query query, Duration wait, String where, Duration timeout) {
    builder.query(query);
    if (wait != null) {
      builder.timeout(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
    QueryExec exec = builder.build();
    try (exec) {
      return query.isAskType() ? ResultTable.ofAsk(exec.ask()) : ResultTable.of(exec.select());
    } catch (QueryCancelledException e) {
      throw timedOut(timeout, where, e);
    } catch (QueryExceptionHTTP e) {
      if (timeout != null && (serverTimedOut(e) || waitedTooLong(e))) {
        throw timedOut(timeout, where, e);
      }
      throw EndpointQuery.refused(where, e);
    } catch (NullPointerException e) {
      // Jena 5.6.0 may fail this way while cancelling a query at its time limit
      // (apache/jena#3516): a timeout when the query's own cancel signal is set.
      AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
      if (signal != null && signal.get()) {
        throw timedOut(timeout, where, e);
      }
      throw new SpkgException("the query failed on " + where + ": " + e, e);
    } catch (RuntimeException e) {
      if (e instanceof SpkgException) {
        throw e;
      }
      throw new SpkgException("the query failed on " + where + ": " + e.getMessage(), e);
    }
  }

  /** Whether the endpoint answered as Fuseki answers a query out of time: 503, "timed out". */
  private static boolean serverTimedOut(QueryExceptionHTTP e) {
    String body = e.getResponse();
    return e.getStatusCode() == 503
        && body != null
        && body.toLowerCase(Locale.ROOT).contains("timed out");
  }

  /** Whether the client gave up waiting for the answer. */
  private static boolean waitedTooLong(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static QueryTimeoutException timedOut(Duration timeout, String where, Exception e) {
    return new QueryTimeoutException(
        "the query ran longer than its time limit of "
            + timeout.toMillis()
            + " ms on "
            + where
            + "; narrow it with parameters, or raise '#+ timeout:' in its header",
        e);
  }

  /** A query that ran out of time. */
  final class QueryTimeoutException extends SpkgException {
    private static final long serialVersionUID = 1L;

    QueryTimeoutException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
