package org.w3id.spkg.server.endpoint;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.server.http.ServedDataset;

/**
 * Fuseki's SPARQL query service with two additions: a row cap, when one is configured, and a GET
 * without a query answered with the SPARQL Service Description, as SPARQL 1.1 Service Description
 * asks.
 *
 * <p>Without a row cap (the default) every SELECT answers all its rows, streamed; the time limit is
 * what protects the server. With a cap of N, a SELECT whose answer has more than N rows is refused
 * with 422 and a message naming the cap, never answered cut short: the query runs with LIMIT N+1
 * and its rows are held until it is known whether the answer fits.
 *
 * <p>A query that runs out of time answers 503 ("Query timed out"), as Fuseki answers a timeout,
 * also when Jena 5.6.0 fails while cancelling it: closing a hash join that never started throws a
 * {@link NullPointerException} in place of the {@link QueryCancelledException} (apache/jena#3516,
 * fixed after 5.6.0). Such an exception counts as a timeout only when the query's own cancel signal
 * is set, that is when its time limit had passed; any other failure stays a 500.
 */
public final class CappedQueryService extends SPARQL_QueryDataset {

  private static final Logger LOG = LoggerFactory.getLogger(CappedQueryService.class);

  /** The request attribute holding the cancel signal of the request's query execution. */
  private static final String CANCEL_SIGNAL = CappedQueryService.class.getName() + ".cancel";

  /** The request attribute holding the row cap applied to the request's query. */
  private static final String CAPPED = CappedQueryService.class.getName() + ".capped";

  private final long rowCap;
  private final Consumer<HttpAction> serviceDescription;

  /**
   * @param rowCap the most rows a SELECT may answer; 0 for no cap
   * @param serviceDescription answers a GET without a query
   */
  public CappedQueryService(long rowCap, Consumer<HttpAction> serviceDescription) {
    this.rowCap = rowCap;
    this.serviceDescription = serviceDescription;
  }

  /** The answer to an update sent here. */
  static final String READ_ONLY =
      "This endpoint is read-only; updates go to /spkg/update, which is enabled with --auth FILE";

  @Override
  public void execGet(HttpAction action) {
    refuseUpdate(action);
    if (action.getRequestParameter("query") == null
        && action.getRequestParameter("request") == null) {
      serviceDescription.accept(action);
      return;
    }
    super.execGet(action);
  }

  @Override
  public void execPost(HttpAction action) {
    refuseUpdate(action);
    super.execPost(action);
  }

  /**
   * Answers 400 with {@link #READ_ONLY} to a SPARQL Update: an {@code application/sparql-update}
   * body, or an {@code update} parameter without a {@code query} one.
   */
  private static void refuseUpdate(HttpAction action) {
    String type = action.getRequest().getContentType();
    boolean updateBody =
        type != null && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-update");
    boolean updateParameter =
        action.getRequestParameter("update") != null && action.getRequestParameter("query") == null;
    if (updateBody || updateParameter) {
      ServletOps.errorBadRequest(READ_ONLY);
    }
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
    if (rowCap > 0 && q.isSelectType() && (!q.hasLimit() || q.getLimit() > rowCap)) {
      Query capped = q.cloneQuery();
      capped.setLimit(rowCap + 1); // one more, to know whether the answer fits
      action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
      return Pair.create(decided.getLeft(), capped);
    }
    return decided;
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec exec, Query query, String queryStringLog) {
    QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
    if (action.getRequest().getAttribute(CAPPED) == null || !result.isRowSet()) {
      return result;
    }
    RowSetRewindable rows = RowSetMem.create(result.rowSet());
    if (rows.size() > rowCap) {
      ServletOps.error(422, ServedDataset.overCap(rowCap));
    }
    return new QueryExecResult(rows);
  }
}
