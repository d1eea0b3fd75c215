package org.w3id.spkg.packs;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.w3id.spkg.SpkgException;

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
        return QueryTarget.execute(QueryExecHTTP.service(url), query, timeout, url);
      }

      @Override
      public String description() {
        return url;
      }
    };
  }

  private static ResultTable execute(
      QueryExecBuilder builder, Query query, Duration timeout, String where) {
    builder.query(query);
    if (timeout != null) {
      builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    QueryExec exec = builder.build();
    try (exec) {
      return query.isAskType() ? ResultTable.ofAsk(exec.ask()) : ResultTable.of(exec.select());
    } catch (QueryCancelledException e) {
      throw timedOut(timeout, where, e);
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
