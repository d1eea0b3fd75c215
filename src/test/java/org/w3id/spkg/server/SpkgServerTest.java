package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint over real HTTP: three independent clients, bad requests, limits, CORS. */
class SpkgServerTest {

  private static final String PREFIXES =
      "PREFIX spkg: <https://w3id.org/spkg/ontology#>\n"
          + "PREFIX org: <http://www.w3.org/ns/org#>\n"
          + "PREFIX text: <http://jena.apache.org/text#>\n";

  private static Path store;
  private static SpkgServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    store = Files.createTempDirectory("spkg-server-test");
    TestStores.seeded(store);
    server = SpkgServer.builder().store(store).port(0).loopback(true).rowCap(500).start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> query(String sparql, String accept) throws Exception {
    return get("spkg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
  }

  @Test
  void jenaClient_countsTriplesOfTheUnionDefaultGraph() {
    try (RDFConnection conn = RDFConnection.connect(server.sparqlEndpoint())) {
      List<QuerySolution> rows = new ArrayList<>();
      conn.querySelect("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", rows::add);
      assertThat(rows.get(0).getLiteral("n").getLong()).isGreaterThan(5000);
    }
  }

  @Test
  void rdf4jClient_findsTheSeedsInitiatives() {
    SPARQLRepository repo = new SPARQLRepository(server.sparqlEndpoint());
    try (RepositoryConnection conn = repo.getConnection();
        TupleQueryResult result =
            conn.prepareTupleQuery(PREFIXES + "SELECT (COUNT(?i) AS ?n) { ?i a spkg:Initiative }")
                .evaluate()) {
      assertThat(result.next().getValue("n").stringValue()).isEqualTo("28");
    } finally {
      repo.shutDown();
    }
  }

  @Test
  void inferredGraph_answersForTheReusedSuperclassAndOurClass() throws Exception {
    String nasa = "<https://w3id.org/spkg/id/agency/nasa>";
    assertThat(
            query(
                    PREFIXES + "ASK { " + nasa + " a org:Organization }",
                    "application/sparql-results+json")
                .body())
        .contains("true");
    assertThat(
            query(
                    PREFIXES + "ASK { " + nasa + " a spkg:Agency }",
                    "application/sparql-results+json")
                .body())
        .contains("true");
  }

  @Test
  void textSearch_findsTheGateway() throws Exception {
    HttpResponse<String> r =
        query(PREFIXES + "SELECT ?s { ?s text:query \"gateway\" }", "text/csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("https://w3id.org/spkg/id/program/gateway");
  }

  @Test
  void resultFormats_areNegotiated() throws Exception {
    String q = "SELECT ?s { ?s a <https://w3id.org/spkg/ontology#Initiative> } LIMIT 1";
    assertThat(
            query(q, "application/sparql-results+json")
                .headers()
                .firstValue("Content-Type")
                .orElse(""))
        .contains("application/sparql-results+json");
    assertThat(query(q, "application/sparql-results+xml").body()).contains("<sparql");
    assertThat(query(q, "text/csv").body()).startsWith("s");
    assertThat(query(q, "text/tab-separated-values").body()).startsWith("?s");
    assertThat(
            query(
                    "CONSTRUCT WHERE { ?s a <https://w3id.org/spkg/ontology#Initiative> } LIMIT 1",
                    "text/turtle")
                .body())
        .contains("Initiative");
  }

  @Test
  void getWithoutQuery_isTheServiceDescription_inTurtleOrJsonLd() throws Exception {
    HttpResponse<String> ttl = get("spkg/sparql", "text/turtle");
    assertThat(ttl.statusCode()).isEqualTo(200);
    assertThat(ttl.body())
        .contains("sd:endpoint")
        .contains("UnionDefaultGraph")
        .contains("https://w3id.org/spkg/graph/reference");
    HttpResponse<String> jsonld = get("spkg/sparql", "application/ld+json");
    assertThat(jsonld.headers().firstValue("Content-Type").orElse(""))
        .contains("application/ld+json");
    assertThat(jsonld.body()).contains("sparql-service-description");
  }

  @Test
  void voidDescription_isServedFromLiveData() throws Exception {
    HttpResponse<String> r = get(".well-known/void", "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("void:triples")
        .contains("void:classPartition")
        .contains(server.sparqlEndpoint());
  }

  @Test
  void syntaxError_is400WithTheParsersMessage() throws Exception {
    HttpResponse<String> r = query("SELECT ?s WHERE { ?s ?p }", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).containsIgnoringCase("line 1");
  }

  @Test
  void unknownDatasetAndUpdate_areNotFound() throws Exception {
    assertThat(get("nope/sparql?query=ASK%7B%7D", null).statusCode()).isEqualTo(404);
    HttpResponse<String> update =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "spkg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(update.statusCode()).isIn(404, 405);
  }

  @Test
  void aSelectOverTheRowCap_isRefusedNamingTheCap_notCutShort() throws Exception {
    HttpResponse<String> r = query("SELECT * { ?s ?p ?o }", "text/csv");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("more than 500 rows", "--row-cap", "LIMIT");
    assertThat(r.headers().firstValue("SPKG-Row-Cap")).isEmpty();
    HttpResponse<String> fits = query("SELECT * { ?s ?p ?o } LIMIT 500", "text/csv");
    assertThat(fits.statusCode()).isEqualTo(200);
    assertThat(fits.body().lines().count()).isEqualTo(501);
  }

  @Test
  void runawayQuery_isStoppedWith503_andTheServerKeepsAnswering() throws Exception {
    String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    HttpResponse<String> r =
        get(
            "spkg/sparql?timeout=1&query="
                + URLEncoder.encode(crossProduct, StandardCharsets.UTF_8),
            null);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(get("$/ping", null).statusCode()).isEqualTo(200);
    assertThat(query("ASK { ?s ?p ?o }", "application/sparql-results+json").body())
        .contains("true");
  }

  @Test
  void cors_answersAPreflightFromAnyOrigin() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "POST")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
  }

  @Test
  void pingAndMetrics_answer() throws Exception {
    assertThat(get("$/ping", null).statusCode()).isEqualTo(200);
    assertThat(get("$/metrics", null).body()).contains("jvm");
  }

  @Test
  void connectors_useSmallOutputBuffers() throws Exception {
    java.lang.reflect.Field f = SpkgServer.class.getDeclaredField("fuseki");
    f.setAccessible(true);
    org.apache.jena.fuseki.main.FusekiServer fuseki =
        (org.apache.jena.fuseki.main.FusekiServer) f.get(server);
    for (Connector c : fuseki.getJettyServer().getConnectors()) {
      assertThat(
              c.getConnectionFactory(HttpConnectionFactory.class)
                  .getHttpConfiguration()
                  .getOutputBufferSize())
          .isEqualTo(JettyGuards.OUTPUT_BUFFER_BYTES);
    }
  }
}
