package org.w3id.spkg.store;

import org.w3id.spkg.InputException;

/**
 * Another store's SPARQL endpoint refused a query (an HTTP error status) or could not be reached:
 * the message names the endpoint, the status and the store's own words. A server that passes the
 * query on answers 502 with it, since the store, not the request, failed.
 */
public final class EndpointRefusal extends InputException {

  private static final long serialVersionUID = 1L;

  private final int status;

  EndpointRefusal(String endpoint, int status, String problem, Throwable cause) {
    super(endpoint, UNKNOWN, UNKNOWN, problem, cause);
    this.status = status;
  }

  /** The endpoint's HTTP status, or -1 when it could not be reached. */
  public int status() {
    return status;
  }
}
