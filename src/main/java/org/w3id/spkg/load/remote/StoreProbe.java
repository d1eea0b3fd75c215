package org.w3id.spkg.load.remote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.spkg.InputException;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.store.EndpointQuery;

/**
 * The check of a remote store before any work: its query endpoint answers a SPARQL query ({@code
 * endpoint-probe.rq}). Whether it takes writes is the first write's to say (the graphs every run
 * writes, before any document is read).
 */
public final class StoreProbe {

  private static final Query PROBE = probe();

  private StoreProbe() {}

  /**
   * Fails unless {@code endpoint} answers a SPARQL query.
   *
   * @throws InputException naming the endpoint and why: it cannot be reached, or the status and the
   *     first line of its answer
   */
  public static void checkQueryEndpoint(String endpoint) {
    try (QueryExec exec = EndpointQuery.service(endpoint).query(PROBE).build()) {
      exec.ask();
    } catch (QueryExceptionHTTP e) {
      String problem =
          e.getStatusCode() < 100
              ? "the store's query endpoint cannot be reached ("
                  + RefusalHints.networkReason(e)
                  + "); check the URL given with --to (or --to-query) and that the store runs"
              : "the store's query endpoint refused a query with HTTP "
                  + e.getStatusCode()
                  + ": "
                  + RefusalHints.firstLines(e.getResponse())
                  + "; --to-query must name the store's SPARQL query endpoint";
      throw new InputException(
          endpoint, InputException.UNKNOWN, InputException.UNKNOWN, problem, e);
    } catch (RuntimeException e) {
      throw new InputException(
          endpoint,
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "not a SPARQL query endpoint ("
              + e.getMessage()
              + "); --to-query must name the store's SPARQL query endpoint",
          e);
    }
  }

  private static Query probe() {
    try (InputStream in = StoreProbe.class.getResourceAsStream("endpoint-probe.rq")) {
      if (in == null) {
        throw new SpkgException("endpoint-probe.rq is missing from the build; rebuild spkg");
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SpkgException("Cannot read endpoint-probe.rq: " + e, e);
    }
  }
}
