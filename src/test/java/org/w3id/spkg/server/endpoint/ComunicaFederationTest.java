package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.server.endpoint.FederationFixtures.FIXTURES;
import static org.w3id.spkg.server.endpoint.FederationFixtures.fillStore;
import static org.w3id.spkg.server.endpoint.FederationFixtures.startSpkg;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.NodePackages;
import org.w3id.spkg.NodePackages.Run;
import org.w3id.spkg.server.SpkgServer;

/**
 * A real federating client: Comunica ({@code @comunica/query-sparql} 4.x, pinned by {@code
 * src/test/comunica/package-lock.json}) joins spkg's SPARQL endpoint with a Turtle document served
 * from another port, on the nation IRIs both share.
 *
 * <p>Comunica is installed with {@code npm ci} into {@code target/comunica}, not globally; the
 * install is kept while {@code package.json} and {@code package-lock.json} are unchanged. Needs
 * Node.js 18 or later with npm, and the npm registry (or npm's cache) for the first install;
 * skipped only when {@code node} or {@code npm} is absent.
 */
class ComunicaFederationTest {

  private static final Path PACKAGE = Path.of("src/test/comunica");
  private static final Path INSTALL = Path.of("target/comunica");
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(90);
  private static final String CAPITALS =
      FederationFixtures.PREFIXES
          + """
          SELECT ?nation ?label ?capital WHERE {
            ?nation rdfs:label ?label ;
                    geo:capital ?capital .
          } ORDER BY ?label
          """;

  @TempDir Path work;

  @Test
  void comunica_joinsSpkgEndpointWithATurtleDocumentOnSharedIris() throws Exception {
    Path store = readyStore();
    try (SpkgServer spkg = startSpkg(store);
        TurtleDocument capitals = TurtleDocument.serve(Path.of(FIXTURES, "capitals.ttl"))) {

      Run run = comunica(CAPITALS, "sparql=" + endpointOf(spkg), capitals.url());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(rows(run.stdout(), "nation", "label", "capital"))
          .as(run.toString())
          .containsExactly(
              "<https://w3id.org/spkg/id/nation/FR> \"France\"@en \"Paris\"",
              "<https://w3id.org/spkg/id/nation/JP> \"Japan\"@en \"Tokyo\"");
      assertThat(capitals.requests()).isPositive();
    }
  }

  @Test
  void comunica_givenOnlyTheEndpointUrl_findsItIsSparqlFromTheServiceDescription()
      throws Exception {
    Path store = readyStore();
    try (SpkgServer spkg = startSpkg(store)) {
      String query =
          FederationFixtures.PREFIXES
              + "SELECT ?label WHERE { ?nation rdfs:label ?label } ORDER BY ?label";

      // No source type: read as a plain RDF document, the description would give no labels.
      Run run = comunica(query, endpointOf(spkg));

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(rows(run.stdout(), "label"))
          .as(run.toString())
          .containsExactly("\"Brazil\"@en", "\"France\"@en", "\"Japan\"@en");
    }
  }

  @Test
  void comunica_countsEveryTriple_ofAStoreOverTenThousandTriples_joinedWithAFile()
      throws Exception {
    readyComunica();
    Path store = QueryLimitsTest.largeStore(work);
    Path five = work.resolve("five.ttl");
    StringBuilder turtle = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      turtle.append("<urn:x:file/").append(i).append("> <urn:x:p> \"f").append(i).append("\" .\n");
    }
    Files.writeString(five, turtle, StandardCharsets.UTF_8);
    String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    try (SpkgServer spkg = SpkgServer.builder().store(store).port(0).start();
        TurtleDocument file = TurtleDocument.serve(five)) {
      long expected = QueryLimitsTest.tripleCount(spkg) + 5;
      assertThat(expected).isGreaterThan(10_005);

      Run run = comunica(count, "sparql=" + endpointOf(spkg), file.url());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(rows(run.stdout(), "n"))
          .as(run.toString())
          .containsExactly("\"" + expected + "\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    }
    try (SpkgServer capped = SpkgServer.builder().store(store).port(0).rowCap(10_000).start();
        TurtleDocument file = TurtleDocument.serve(five)) {
      Run run = comunica(count, "sparql=" + endpointOf(capped), file.url());

      assertThat(run.exitCode())
          .as("Comunica fails, not counts short; %s", run.toString())
          .isNotZero();
      assertThat(run.stdout()).doesNotContain("10005");
    }
  }

  /** Skips without Node.js and installs Comunica if needed. */
  private static void readyComunica() throws IOException, InterruptedException {
    NodePackages.assumeNode();
    NodePackages.install(PACKAGE, "federate.mjs");
  }

  /** Skips without Node.js, installs Comunica if needed, and fills a store with the fixtures. */
  private Path readyStore() throws IOException, InterruptedException {
    readyComunica();
    Path store = Files.createDirectory(work.resolve("store"));
    fillStore(store);
    return store;
  }

  /** The endpoint by IP: Node may resolve "localhost" to ::1, where the server is not. */
  private static String endpointOf(SpkgServer spkg) {
    return "http://127.0.0.1:" + spkg.port() + "/" + SpkgServer.DATASET + "/sparql";
  }

  /** Runs {@code query} with Comunica over {@code sources} (see federate.mjs). */
  private Run comunica(String query, String... sources) throws IOException, InterruptedException {
    Path file = Files.createTempFile(work, "query", ".rq");
    Files.writeString(file, query, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of("node", "federate.mjs", file.toString()));
    command.addAll(List.of(sources));
    return Run.of(command, INSTALL, QUERY_TIMEOUT, work);
  }

  /** The solutions of SPARQL JSON results, each as the N-Triples forms of {@code vars}. */
  private static List<String> rows(String json, String... vars) {
    ResultSet results =
        ResultSetMgr.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    List<String> rows = new ArrayList<>();
    results.forEachRemaining(
        s ->
            rows.add(
                Stream.of(vars)
                    .map(v -> s.get(v) == null ? "-" : NodeFmtLib.strNT(s.get(v).asNode()))
                    .collect(Collectors.joining(" "))));
    return rows;
  }

  /** A Turtle file served at {@code http://127.0.0.1:PORT/capitals.ttl}, counting requests. */
  private static final class TurtleDocument implements AutoCloseable {
    private final HttpServer server;
    private final String name;
    private final AtomicInteger requests = new AtomicInteger();

    private TurtleDocument(HttpServer server, String name) {
      this.server = server;
      this.name = name;
    }

    static TurtleDocument serve(Path file) throws IOException {
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      TurtleDocument document = new TurtleDocument(server, name);
      server.createContext(
          "/" + name,
          exchange -> {
            document.requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/turtle; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
              os.write(body);
            }
          });
      server.start();
      return document;
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    int requests() {
      return requests.get();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
