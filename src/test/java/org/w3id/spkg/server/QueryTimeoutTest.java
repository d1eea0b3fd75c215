package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.store.StoreConfig;
import org.w3id.spkg.vocab.SPKG;

/**
 * A query that runs out of time answers 503 with Fuseki's timeout message, also when Jena 5.6.0
 * fails with a NullPointerException while cancelling it (apache/jena#3516).
 */
class QueryTimeoutTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path QUERIES = Path.of("src/test/resources/server/timeout");
  private static final long LIMIT_MS = 200;
  private static final int PADDING = 30_000;
  private static final int TRIES = 5;

  @TempDir Path dir;

  /**
   * A server on the seed whose query time limit is {@link #LIMIT_MS}, with {@link #PADDING}
   * passages more in the seed's document, so that aggregating them outlasts the limit.
   */
  private SpkgServer start() throws Exception {
    Path store = dir.resolve("store");
    TestStores.seeded(store);
    pad(store);
    String bundled = Files.readString(Path.of("fuseki-config/spkg.ttl"), StandardCharsets.UTF_8);
    String quick = bundled.replace("ja:cxtValue \"10000\"", "ja:cxtValue \"" + LIMIT_MS + "\"");
    assertThat(quick).as("the bundled configuration sets arq:queryTimeout").isNotEqualTo(bundled);
    Path config = Files.writeString(dir.resolve("spkg.ttl"), quick, StandardCharsets.UTF_8);
    return SpkgServer.builder().store(store).config(StoreConfig.of(config)).port(0).start();
  }

  private static void pad(Path store) {
    DatasetGraph dsg = StoreConfig.bundled().in(store).assembleDataset();
    try {
      dsg.executeWrite(
          () -> {
            Node document =
                NodeFactory.createURI(
                    "https://w3id.org/spkg/id/document/"
                        + TestStores.SEED.getFileName().toString().replace(".md", ""));
            Node derivedFrom = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
            Node half = NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdecimal);
            Node graph = NodeFactory.createURI("urn:x:padding");
            for (int i = 0; i < PADDING; i++) {
              Node evidence = NodeFactory.createURI("urn:x:evidence/" + i);
              Node fact = NodeFactory.createURI("urn:x:fact/" + i);
              dsg.add(graph, evidence, derivedFrom, document);
              dsg.add(graph, evidence, SPKG.confidence.asNode(), half);
              dsg.add(graph, fact, SPKG.evidence.asNode(), evidence);
            }
          });
    } finally {
      dsg.close();
    }
  }

  private static HttpResponse<String> post(SpkgServer server, String query) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(query))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String query(String file) throws Exception {
    return Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
  }

  @Test
  void aQueryOverItsTimeLimit_answers503() throws Exception {
    try (SpkgServer server = start()) {
      HttpResponse<String> r = post(server, query("cross-product.rq"));

      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).contains("Query timed out");
    }
  }

  @Test
  void aQueryThatFailsAsItIsCancelled_answers503LikeATimeout() throws Exception {
    String text = query("hash-join-cancelled.rq");
    try (SpkgServer server = start()) {
      // Whether the limit strikes while the query is being set up (the failure) or later (a
      // clean timeout) depends on timing: try a few times, in this process first.
      long failures = 0;
      for (int i = 0; i < TRIES; i++) {
        if (runInProcess(server, text) instanceof NullPointerException) {
          failures++;
        }
      }
      assumeThat(failures)
          .as("the query fails with apache/jena#3516 in this process (fixed after Jena 5.6.0)")
          .isPositive();
      String timedOut = post(server, query("cross-product.rq")).body();

      // A query that the limit strikes too late for ARQ to stop it answers in full (200); one
      // that it stops answers 503 with the timeout's body, whichever way ARQ fails, never 500.
      int stopped = 0;
      for (int i = 0; i < TRIES; i++) {
        HttpResponse<String> r = post(server, text);

        assertThat(r.statusCode()).as("try %d: %s", i, r.body()).isIn(200, 503);
        if (r.statusCode() == 503) {
          assertThat(r.body()).as("try %d", i).isEqualTo(timedOut);
          stopped++;
        }
      }
      // Over HTTP the limit may strike too late every time on a fast machine: then the mapping
      // was not exercised, and the test says so rather than pass or fail on timing.
      assumeThat(stopped).as("queries over HTTP stopped by the time limit").isPositive();
    }
  }

  private static Throwable runInProcess(SpkgServer server, String text) {
    return Txn.calculateRead(
        server.dataset(),
        () ->
            catchThrowable(
                () -> {
                  try (QueryExec exec =
                      QueryExec.dataset(server.dataset())
                          .query(text)
                          .timeout(LIMIT_MS, TimeUnit.MILLISECONDS)
                          .build()) {
                    exec.select().materialize();
                  }
                }));
  }

  @Test
  void aQueryWithinItsTimeLimit_stillAnswers() throws Exception {
    try (SpkgServer server = start()) {
      HttpResponse<String> r = post(server, "SELECT (COUNT(*) AS ?n) { ?s a ?type }");

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"n\"");
    }
  }
}
