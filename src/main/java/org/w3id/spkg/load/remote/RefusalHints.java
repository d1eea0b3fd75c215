package org.w3id.spkg.load.remote;

import java.io.IOException;

/**
 * How a refusal of a remote store is told: what it quotes of the store, and what to do about it.
 */
final class RefusalHints {

  /** How much of a store's answer a refusal quotes. */
  static final int QUOTED_CHARS = 300;

  private RefusalHints() {}

  /** The first lines of an answer, on one line, at most 300 characters. */
  static String firstLines(String answer) {
    if (answer == null || answer.isBlank()) {
      return "(no message)";
    }
    String text = answer;
    int xmp = text.indexOf("<xmp>");
    if (xmp >= 0) {
      // Virtuoso's error pages put the message in <xmp>
      int end = text.indexOf("</xmp>", xmp);
      text = text.substring(xmp + 5, end < 0 ? text.length() : end);
    } else if (text.stripLeading().startsWith("<")) {
      text = text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
    }
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.isEmpty()) {
      return "(no message)";
    }
    return line.length() > QUOTED_CHARS ? line.substring(0, QUOTED_CHARS) + " …" : line;
  }

  /**
   * Why a request did not reach the server, in a few words: the first I/O exception of the chain,
   * and the deepest cause when that one says nothing ("ConnectException (ClosedChannelException)").
   */
  static String networkReason(Throwable e) {
    Throwable io = null;
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (io == null && t instanceof IOException) {
        io = t;
      }
      root = t;
    }
    Throwable shown = io != null ? io : root;
    String text = shown.getClass().getSimpleName();
    if (shown.getMessage() != null && !shown.getMessage().isBlank()) {
      return text + ": " + shown.getMessage();
    }
    return root == shown ? text : text + " (" + root.getClass().getSimpleName() + ")";
  }

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
              + " writes on the store (Virtuoso: grant SPARQL_UPDATE to the user, and write"
              + " through /sparql-graph-crud-auth)";
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
