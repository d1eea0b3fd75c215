package org.w3id.spkg.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL query service with two additions: a SELECT without a LIMIT (or with a larger one)
 * returns at most {@code rowCap} rows, and a GET without a query answers with the SPARQL Service
 * Description, as SPARQL 1.1 Service Description asks.
 *
 * <p>A query that runs out of time answers 503 ("Query timed out"), as Fuseki answers a timeout,
 * also when Jena 5.6.0 fails while cancelling it: closing a hash join that never started throws a
 * {@link NullPointerException} in place of the {@link QueryCancelledException} (apache/jena#3516,
 * fixed after 5.6.0). Such an exception counts as a timeout only when the query's own cancel signal
 * is set, that is when its time limit had passed; any other failure stays a 500.
 */
final class CappedQueryService extends SPARQL_QueryDataset {

  private static final Logger LOG = LoggerFactory.getLogger(CappedQueryService.class);

  /** The request attribute holding the cancel signal of the request's query execution. */
  private static final String CANCEL_SIGNAL = CappedQueryService.class.getName() + ".cancel";

  private final long rowCap;
  private final Consumer<HttpAction> serviceDescription;

  CappedQueryService(long rowCap, Consumer<HttpAction> serviceDescription) {
    this.rowCap = rowCap;
    this.serviceDescription = serviceDescription;
  }

  @Override
  public void execGet(HttpAction action) {
    if (action.getRequestParameter("query") == null
        && action.getRequestParameter("request") == null) {
      serviceDescription.accept(action);
      return;
    }
    super.execGet(action);
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    try {
      super.execute(queryString, action);
    } catch (NullPointerException e) {
      if (!cancelled(action)) {
        throw e;
      }
      LOG.debug(
          "[{}] the query failed while it was being cancelled (apache/jena#3516)", action.id, e);
      ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
      QueryCancelledException timeout = new QueryCancelledException();
      timeout.addSuppressed(e);
      throw timeout;
    }
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    QueryExec exec = super.createQueryExec(action, query, dataset);
    action.getRequest().setAttribute(CANCEL_SIGNAL, Context.getCancelSignal(exec.getContext()));
    return exec;
  }

  /** True if the request's query was cancelled: its time limit passed (or it was aborted). */
  private static boolean cancelled(HttpAction action) {
    return action.getRequest().getAttribute(CANCEL_SIGNAL) instanceof AtomicBoolean signal
        && signal.get();
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(
      HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
    Query q = decided.getRight();
    if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > rowCap)) {
      Query capped = q.cloneQuery();
      capped.setLimit(rowCap);
      action.getResponse().setHeader("SPKG-Row-Cap", Long.toString(rowCap));
      return Pair.create(decided.getLeft(), capped);
    }
    return decided;
  }
}
