package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.query.QueryEvaluationException;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.server.SpkgServer;
import org.w3id.spkg.server.TestStores;
import org.w3id.spkg.store.StoreConfig;

/**
 * The endpoint's limits as clients meet them: a backtracking REGEX ends at the time limit and frees
 * its thread; no SELECT is cut short without an error, whether a row cap is configured or not.
 */
class QueryLimitsTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Rows generated beyond the seed, so that the store holds more than 10,000 triples. */
  static final int GENERATED = 11_000;

  /** One request's worth of catastrophic backtracking: hours on a 60-character string. */
  private static final String BACKTRACKING =
      "SELECT ?s { VALUES ?s { \"" + "a".repeat(60) + "\" } FILTER(REGEX(?s, \"^(.*a){20}b$\")) }";

  @TempDir Path dir;

  /** A store holding the seed and {@link #GENERATED} triples more. */
  static Path largeStore(Path dir) {
    Path store = dir.resolve("store");
    TestStores.seeded(store);
    DatasetGraph dsg = StoreConfig.bundled().in(store).assembleDataset();
    try {
      dsg.executeWrite(
          () -> {
            Node graph = NodeFactory.createURI("urn:x:generated");
            Node p = NodeFactory.createURI("urn:x:p");
            for (int i = 0; i < GENERATED; i++) {
              dsg.add(
                  graph,
                  NodeFactory.createURI("urn:x:s/" + i),
                  p,
                  NodeFactory.createLiteralString("o" + i));
            }
          });
    } finally {
      dsg.close();
    }
    return store;
  }

  /** The true number of solutions of {@code ?s ?p ?o} on the served store. */
  static long tripleCount(SpkgServer server) {
    return Txn.calculateRead(
        server.dataset(),
        () -> {
          try (QueryExec e =
              QueryExec.dataset(server.dataset())
                  .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                  .build()) {
            return Long.parseLong(e.select().next().get("n").getLiteralLexicalForm());
          }
        });
  }

  private SpkgServer quickServer(Path store, long limitMillis) throws Exception {
    String bundled = Files.readString(Path.of("fuseki-config/spkg.ttl"), StandardCharsets.UTF_8);
    String quick = bundled.replace("ja:cxtValue \"10000\"", "ja:cxtValue \"" + limitMillis + "\"");
    assertThat(quick).as("the bundled configuration sets arq:queryTimeout").isNotEqualTo(bundled);
    Path config = Files.writeString(dir.resolve("spkg.ttl"), quick, StandardCharsets.UTF_8);
    return SpkgServer.builder().store(store).config(StoreConfig.of(config)).port(0).start();
  }

  private static HttpResponse<String> post(SpkgServer server, String query) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
            // A safety bound: without interruptible matching no answer ever comes.
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(query))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Threads of this JVM that are matching a regular expression for a query. */
  private static long threadsMatchingForAQuery() {
    ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false);
    return Arrays.stream(threads)
        .filter(
            t ->
                Arrays.stream(t.getStackTrace())
                        .anyMatch(f -> f.getClassName().startsWith("java.util.regex."))
                    && Arrays.stream(t.getStackTrace())
                        .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.")))
        .count();
  }

  @Test
  void aBacktrackingRegex_answers503_andItsThreadEnds() throws Exception {
    Path store = dir.resolve("seed");
    TestStores.seeded(store);
    try (SpkgServer server = quickServer(store, 1_000)) {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> r = post(server, BACKTRACKING);
        assertThat(r.statusCode()).as("request %d", i + 1).isEqualTo(503);
      }
      HttpResponse<String> ping =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server.url() + "$/ping"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ping.statusCode()).isEqualTo(200);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (threadsMatchingForAQuery() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(threadsMatchingForAQuery()).as("threads still matching after the 503s").isZero();
    }
  }

  @Test
  void rdf4j_getsEveryRow_ofAStoreOverTenThousandTriples() throws Exception {
    try (SpkgServer server = SpkgServer.builder().store(largeStore(dir)).port(0).start()) {
      long expected = tripleCount(server);
      assertThat(expected).isGreaterThan(10_000 + GENERATED / 2);
      SPARQLRepository repo = new SPARQLRepository(server.sparqlEndpoint());
      try (RepositoryConnection c = repo.getConnection();
          TupleQueryResult rows = c.prepareTupleQuery("SELECT ?s ?p ?o { ?s ?p ?o }").evaluate()) {
        assertThat(rows.stream().count()).isEqualTo(expected);
      } finally {
        repo.shutDown();
      }
    }
  }

  @Test
  void rdf4j_getsAnErrorNamingTheCap_whenTheAnswerIsOverIt() throws Exception {
    try (SpkgServer server =
        SpkgServer.builder().store(largeStore(dir)).port(0).rowCap(10_000).start()) {
      SPARQLRepository repo = new SPARQLRepository(server.sparqlEndpoint());
      try (RepositoryConnection c = repo.getConnection()) {
        assertThatThrownBy(
                () -> {
                  try (TupleQueryResult rows =
                      c.prepareTupleQuery("SELECT ?s ?p ?o { ?s ?p ?o }").evaluate()) {
                    rows.stream().count();
                  }
                })
            .isInstanceOf(QueryEvaluationException.class)
            .hasMessageContaining("more than 10000 rows")
            .hasMessageContaining("--row-cap");
        try (TupleQueryResult rows =
            c.prepareTupleQuery("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 10000").evaluate()) {
          assertThat(rows.stream().count()).isEqualTo(10_000);
        }
      } finally {
        repo.shutDown();
      }
    }
  }
}
