package org.w3id.spkg.load.remote;

import org.w3id.spkg.InputException;

/**
 * A remote store did not take a graph: it refused it (an HTTP status the retries could not get
 * past) or could not be reached. The message names the URL, the graph, the status, the first line
 * of the store's answer and what to do.
 */
public final class GraphStoreRefusal extends InputException {

  private static final long serialVersionUID = 1L;

  private final String graph;
  private final int status;

  /**
   * @param url the Graph Store Protocol URL written to
   * @param graph the graph not written
   * @param status the HTTP status, or -1 if the store could not be reached
   * @param problem what happened and what to do
   * @param cause the network error, or null
   */
  GraphStoreRefusal(String url, String graph, int status, String problem, Throwable cause) {
    super(url, UNKNOWN, UNKNOWN, problem, cause);
    this.graph = graph;
    this.status = status;
  }

  /** The graph not written. */
  public String graph() {
    return graph;
  }

  /** The HTTP status of the last attempt, or -1 if the store could not be reached. */
  public int status() {
    return status;
  }
}
