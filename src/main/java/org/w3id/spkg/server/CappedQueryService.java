package org.w3id.spkg.server;

import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with two additions: a SELECT without a LIMIT (or with a larger one)
 * returns at most {@code rowCap} rows, and a GET without a query answers with the SPARQL Service
 * Description, as SPARQL 1.1 Service Description asks.
 */
final class CappedQueryService extends SPARQL_QueryDataset {

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
