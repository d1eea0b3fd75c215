package org.w3id.spkg.remote;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.w3id.spkg.InputException;

/**
 * What {@link RemoteStore#open} learns of an endpoint before it serves it, in a few small requests:
 * that it answers SPARQL (else a refusal naming the URL), whether its default graph holds the
 * triples of its named graphs (a quad of a named graph is looked for in the default graph), and
 * whether it has a jena-text index ({@code text:query} finds a word of a label the store holds).
 */
final class EndpointProbe {

  private static final Query ANY_QUAD = RemoteQueries.bundled("probe-quad.rq");
  private static final Query LABEL = RemoteQueries.bundled("probe-label.rq");
  private static final Query TEXT = RemoteQueries.bundled("probe-text.rq");

  /** The longest wait for each probe's answer. */
  static final Duration TIMEOUT = Duration.ofSeconds(15);

  private EndpointProbe() {}

  /**
   * @param unionDefault whether the default graph holds the named graphs' triples
   * @param textSearch whether {@code text:query} works
   * @param warnings what an operator should know (the store is empty, not a union, …)
   */
  record Findings(boolean unionDefault, boolean textSearch, List<String> warnings) {
    Findings {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * @throws InputException naming the endpoint if it cannot be reached or does not answer SPARQL
   */
  static Findings probe(RemoteDataset store) {
    RemoteDataset probing =
        new RemoteDataset(store.endpoint(), new RemoteRequests(TIMEOUT, store.requests().keep()));
    List<String> warnings = new ArrayList<>();
    boolean anyDefault =
        asked(probing, () -> probing.contains(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY));
    Optional<Binding> quad = asked(probing, () -> first(probing, ANY_QUAD));
    boolean union = true;
    if (quad.isEmpty() && !anyDefault) {
      warnings.add("the store is empty (no triple in any graph); the pages will say so");
    } else if (quad.isEmpty()) {
      warnings.add(
          "the store has no named graphs, only a default graph: spkg keeps each document in a graph"
              + " of its own, and the document pages will find none");
    } else {
      Binding b = quad.get();
      union =
          asked(
              probing,
              () -> probing.contains(Quad.defaultGraphIRI, b.get("s"), b.get("p"), b.get("o")));
      if (!union) {
        warnings.add(
            "the default graph does not hold the triples of the named graphs (a triple of <"
                + b.get("g").getURI()
                + "> is not in it): spkg's queries expect the default graph to be their union; make"
                + " it so in the store (Fuseki: tdb2:unionDefaultGraph true; Virtuoso, GraphDB and"
                + " Neptune do it by default), or the pages and packs will find little");
      }
    }
    return new Findings(union, textSearch(probing), warnings);
  }

  private static Optional<Binding> first(RemoteDataset store, Query query) {
    try (QueryExecHTTP exec = store.requests().builder(store.endpoint()).query(query).build()) {
      var rows = exec.select();
      return rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
    }
  }

  /** Whether a word of a label the store holds is found with {@code text:query}. */
  private static boolean textSearch(RemoteDataset store) {
    try {
      Optional<Binding> label = first(store, LABEL);
      if (label.isEmpty()) {
        return false;
      }
      String word = label.get().get("label").getLiteralLexicalForm().split("[^A-Za-z]+")[0];
      try (QueryExecHTTP exec =
          store
              .requests()
              .builder(store.endpoint())
              .query(TEXT)
              .substitution("word", NodeFactory.createLiteralString(word))
              .build()) {
        RowSet rows = exec.select();
        if (!rows.hasNext()) {
          return false;
        }
        Binding hit = rows.next();
        return hit.get("hit") != null && hit.get("score") != null;
      }
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static <T> T asked(RemoteDataset store, java.util.function.Supplier<T> request) {
    try {
      return request.get();
    } catch (RuntimeException e) {
      throw refusal(store.endpoint().toString(), e);
    }
  }

  /** Why {@code endpoint} cannot be served, from the failure of a probe. */
  static InputException refusal(String endpoint, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof HttpConnectTimeoutException) {
        return new InputException(
            endpoint,
            InputException.UNKNOWN,
            InputException.UNKNOWN,
            "cannot be reached ("
                + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + "); check the URL, and that the store runs and listens there",
            e);
      }
      if (t instanceof HttpTimeoutException) {
        return new InputException(
            endpoint,
            InputException.UNKNOWN,
            InputException.UNKNOWN,
            "did not answer a one-row query within "
                + TIMEOUT.toSeconds()
                + " s; check that the store runs and is not overloaded",
            e);
      }
    }
    if (e instanceof QueryExceptionHTTP http && http.getStatusCode() >= 100) {
      return new InputException(
          endpoint,
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "answered a SPARQL query with HTTP "
              + http.getStatusCode()
              + " ("
              + brief(http.getResponse() == null ? http.getMessage() : http.getResponse())
              + "); give the store's SPARQL query endpoint (Fuseki:"
              + " http://HOST:3030/DATASET/sparql)",
          e);
    }
    return new InputException(
        endpoint,
        InputException.UNKNOWN,
        InputException.UNKNOWN,
        "is not a SPARQL endpoint: its answer to a query is not SPARQL results ("
            + brief(e.getMessage())
            + "); give the store's SPARQL query endpoint (Fuseki: http://HOST:3030/DATASET/sparql)",
        e);
  }

  private static String brief(String text) {
    if (text == null || text.isBlank()) {
      return "no message";
    }
    String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
    line = line.toLowerCase(Locale.ROOT).startsWith("error ") ? line : line;
    return line.length() > 200 ? line.substring(0, 200) + " …" : line;
  }
}
