package org.w3id.spkg.load.remote;

/** What to do about a store's refusal, by its HTTP status: the end of a refusal's message. */
final class RefusalHints {

  private RefusalHints() {}

  /** The advice for {@code status} (-1: the store could not be reached). */
  static String hint(int status) {
    if (status < 0) {
      return "check the URL given with --to and that the store runs and is reachable from here";
    }
    return switch (status) {
      case 401 ->
          "the store asks for credentials: give --to-auth FILE (a line 'user: password') of a"
              + " user allowed to write";
      case 403 ->
          "the store refuses this user: give --to-auth FILE of a user allowed to write, or allow"
              + " writes on the store";
      case 404 ->
          "no Graph Store Protocol endpoint at this URL: --to names the store's graph store"
              + " (Fuseki: http://HOST:3030/DATASET; GraphDB: .../repositories/REPO/rdf-graphs/"
              + "service; Virtuoso: .../sparql-graph-crud-auth)";
      case 405 ->
          "this URL does not take PUT: it is not a Graph Store Protocol endpoint, or a read-only"
              + " one (Fuseki's /get, a dataset served without update); name the read-write"
              + " graph store with --to";
      case 400, 415 ->
          "the store did not take the graph as N-Triples; check that --to is a Graph Store"
              + " Protocol endpoint";
      case 413 -> "the graph is larger than the store accepts in one request; raise its limit";
      case 429, 500, 502, 503, 504 ->
          "the store kept failing; try again later, or allow more with --retries";
      default ->
          "see the store's message; --to must be a Graph Store Protocol endpoint that takes PUT";
    };
  }
}
