package org.w3id.spkg.store;

import java.io.OutputStream;
import java.net.URI;
import java.util.Locale;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.serializer.PrologueSerializer;
import org.w3id.spkg.InputException;

/**
 * {@link SpkgStore#query} on the SPARQL endpoint of a running {@code spkg serve} (see {@link
 * RunningServer}), for when the server holds the store: the same answers, written the same way.
 *
 * <p>The query is parsed here first, so a parse error names the source, line and column as the
 * local path does; the text sent is the query's own, after PREFIX lines for the prefixes {@code
 * spkg query} predeclares (a PREFIX in the query overrides them, as SPARQL says the last
 * declaration counts). The server applies its own limits (its query timeout, its row cap); a
 * refusal is an {@link InputException} carrying the server's message.
 *
 * <pre>{@code
 * EndpointQuery.run(server.endpoint(), "ASK { ?d a spkg:Document }", "query", format, out);
 * }</pre>
 */
public final class EndpointQuery {

  private EndpointQuery() {}

  /**
   * A query request to the SPARQL endpoint {@code url} of another store: a GET, or an HTML form
   * POST when the query is too long for a URL — never a POST of the query as {@code
   * application/sparql-query} (Jena's default for a long query), which Virtuoso 7 never answers
   * (the request hangs; {@code docs/upstream/virtuoso.md}).
   */
  public static QueryExecHTTPBuilder service(String url) {
    return QueryExecHTTP.service(url).sendMode(QuerySendMode.asGetWithLimitForm);
  }

  /**
   * Runs {@code text} on {@code endpoint} and writes the answer to {@code out} as {@link
   * SpkgStore#query} would.
   *
   * @param source where the query came from (a file name, or "query"), named in parse errors
   * @throws InputException if the query does not parse, or the endpoint refuses it
   */
  public static void run(
      URI endpoint, String text, String source, AnswerFormat format, OutputStream out) {
    Query query = StoreQuery.parse(text, source);
    String sent = prologue() + text;
    try (QueryExecutionHTTP exec =
        QueryExecution.service(endpoint.toString()).query(sent, Syntax.syntaxARQ).build()) {
      StoreQuery.write(exec, query, format, out);
    } catch (QueryExceptionHTTP e) {
      throw refused(endpoint.toString(), e);
    }
  }

  /** PREFIX lines for the prefixes predeclared in {@code spkg query}. */
  private static String prologue() {
    IndentedLineBuffer text = new IndentedLineBuffer();
    PrologueSerializer.output(text, new Prologue(StorePrefixes.ours()));
    return text.asString();
  }

  /**
   * The failure of a query on {@code endpoint}, with the status and the message the endpoint sent
   * (its first lines), or why it could not be reached.
   */
  public static EndpointRefusal refused(String endpoint, QueryExceptionHTTP e) {
    int status = e.getStatusCode();
    if (status < 100) {
      return new EndpointRefusal(
          endpoint,
          -1,
          "the endpoint cannot be reached ("
              + e.getMessage()
              + "); check that the server still runs",
          e);
    }
    return new EndpointRefusal(
        endpoint, status, "the endpoint refused the query (HTTP " + status + "): " + message(e), e);
  }

  /** The server's message: the body it sent (one line, without Fuseki's "Error NNN: "). */
  static String message(QueryExceptionHTTP e) {
    String body = e.getResponse();
    String text = body == null || body.isBlank() ? e.getResponseMessage() : body;
    if (text == null || text.isBlank()) {
      return "no message";
    }
    // Virtuoso follows its message with the query it was sent ("SPARQL query: define ..."): cut.
    int echo = text.indexOf("\nSPARQL query:");
    String line =
        (echo > 0 ? text.substring(0, echo) : text).strip().replaceAll("\\s*\\R\\s*", " ");
    String lower = line.toLowerCase(Locale.ROOT);
    if (lower.startsWith("error " + e.getStatusCode() + ": ")) {
      line = line.substring(("error " + e.getStatusCode() + ": ").length());
    }
    return line.length() > 500 ? line.substring(0, 500) + " …" : line;
  }
}
