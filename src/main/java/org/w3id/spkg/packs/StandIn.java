package org.w3id.spkg.packs;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.w3id.spkg.InputException;

/**
 * A read-only SPARQL endpoint on a loopback port serving a pack's {@code stand-in.ttl}, so that
 * federated queries are tested without the network: while it runs, the pack's {@code endpoint}
 * parameter is its URL.
 *
 * <pre>{@code
 * try (StandIn standIn = StandIn.start(pack.standIn().get())) {
 *   new PackTester(runner, standIn.parameters()).test(pack);
 * }
 * }</pre>
 */
public final class StandIn implements AutoCloseable {

  /** The parameter that names the remote endpoint in a federation query. */
  public static final String ENDPOINT_PARAMETER = "endpoint";

  private final FusekiServer server;

  private StandIn(FusekiServer server) {
    this.server = server;
  }

  /**
   * Serves {@code file} read-only at {@code http://127.0.0.1:PORT/stand-in/sparql}.
   *
   * @throws InputException if the file is not Turtle
   */
  public static StandIn start(Path file) {
    Dataset data = DatasetFactory.createTxnMem();
    try {
      RDFParser.source(file).parse(data.asDatasetGraph());
    } catch (RiotException e) {
      throw new InputException(
          file.toString(), InputException.UNKNOWN, InputException.UNKNOWN, e.getMessage(), e);
    }
    FusekiServer server =
        FusekiServer.create().port(0).loopback(true).add("/stand-in", data, false).build();
    server.start();
    return new StandIn(server);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getHttpPort() + "/stand-in/sparql";
  }

  /** The parameter values that point a pack's queries at this stand-in. */
  public Map<String, String> parameters() {
    return Map.of(ENDPOINT_PARAMETER, url());
  }

  @Override
  public void close() {
    server.stop();
  }
}
