package org.w3id.spkg.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a stock Virtuoso 7 does with the two protocols spkg speaks to a remote store: Graph Store
 * PUT per graph (Jena's {@code GSP}) and SPARQL queries (Jena's {@code QueryExecHTTP}). Each test
 * writes its own graph. The findings are written up in {@code docs/upstream/virtuoso.md}; a test
 * here fails when a Virtuoso behaves otherwise, so the page stays true.
 */
class VirtuosoProtocolsTest {

  private static final String EX = "http://example.org/";
  private static final String GRAPH = "https://w3id.org/spkg/graph/";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static VirtuosoProcess virtuoso;

  @BeforeAll
  static void start() throws Exception {
    virtuoso = VirtuosoProcess.start(VirtuosoProcess.requireExecutable());
  }

  @AfterAll
  static void stop() {
    if (virtuoso != null) {
      virtuoso.close();
    }
  }

  @Test
  void put_again_replacesTheGraph() {
    String graph = GRAPH + "replaced";
    put(graph, read("replace-first.ttl"));
    put(graph, read("replace-second.ttl"));

    assertIsomorphic(get(graph), read("replace-second.ttl"));
    assertThat(titles(graph)).containsExactly("Second version");
  }

  @Test
  void select_ask_construct_answerFromTheNamedGraph() {
    String graph = GRAPH + "queried";
    put(graph, read("replace-first.ttl"));

    assertThat(select("SELECT DISTINCT ?g { GRAPH ?g { <" + EX + "doc> ?p ?o } }"))
        .extracting(row -> row.get("g").getURI())
        .contains(graph);
    assertThat(ask("ASK { GRAPH <" + graph + "> { <" + EX + "doc> <" + EX + "section> ?s } }"))
        .isTrue();
    assertThat(ask("ASK { GRAPH <" + graph + "> { <" + EX + "doc> <" + EX + "nothing> ?s } }"))
        .isFalse();
    Graph constructed =
        QueryExecHTTP.service(virtuoso.queryEndpoint())
            .query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }")
            .construct();
    assertIsomorphic(constructed, read("replace-first.ttl"));
  }

  @Test
  void defaultGraph_isTheUnionOfAllGraphs_VirtuososOwnIncluded() {
    put(GRAPH + "in-union", read("replace-first.ttl"));

    assertThat(ask("ASK { <" + EX + "doc> <" + EX + "section> <" + EX + "doc-2> }")).isTrue();
    // A fresh Virtuoso holds its own graphs (virtrdf#: the quad-map schema, about 2,500 triples),
    // and a query without FROM or GRAPH sees them.
    assertThat(ask("ASK { GRAPH <http://www.openlinksw.com/schemas/virtrdf#> { ?s ?p ?o } }"))
        .isTrue();
    assertThat(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isGreaterThan(2000);
  }

  @Test
  void blankNodes_keepTheirShape_andVirtuososLabelsNameThemInLaterQueries() throws Exception {
    String graph = GRAPH + "blank";
    put(graph, read("blank-nodes.ttl"));

    assertIsomorphic(get(graph), read("blank-nodes.ttl"));
    String query = "SELECT ?q { GRAPH <" + graph + "> { <" + EX + "doc> <" + EX + "quote> ?q } }";
    assertThat(select(query)).hasSize(2).allMatch(row -> row.get("q").isBlank());
    // Jena's QueryExecHTTP relabels blank nodes (it reads results with the global context); read
    // the response with inputGraphBNodeLabels to see the labels Virtuoso sent.
    List<Binding> asSent = selectKeepingLabels(query);
    String label = asSent.get(0).get("q").getBlankNodeLabel();
    assertThat(label).startsWith("nodeID://");
    // Virtuoso's labels are stable: a later query names the node as the IRI <nodeID://...>.
    assertThat(ask("ASK { GRAPH <" + graph + "> { <" + label + "> <" + EX + "text> ?t } }"))
        .isTrue();
  }

  @Test
  void literals_keepTheirValue_butLanguageTagsAndNumbersAreCanonicalised() {
    String graph = GRAPH + "literals";
    put(graph, read("literals.ttl"));
    Graph back = get(graph);

    assertThat(back.size()).isEqualTo(read("literals.ttl").size());
    assertThat(objects(back, "label"))
        .extracting(Node::getLiteralLexicalForm, Node::getLiteralLanguage)
        .containsExactlyInAnyOrder(
            // Virtuoso sends "de-de"; Jena 5 parses tags into their canonical case again.
            org.assertj.core.groups.Tuple.tuple("Weltraumabkommen", "de-DE"),
            org.assertj.core.groups.Tuple.tuple("accord spatial", "fr"),
            org.assertj.core.groups.Tuple.tuple("plain", ""));
    assertThat(objects(back, "signed"))
        .extracting(Node::getLiteralLexicalForm)
        .containsExactly("2024-03-01");
    assertThat(objects(back, "budget"))
        .extracting(Node::getLiteralLexicalForm)
        .containsExactly("1.5");
    assertThat(objects(back, "count")).extracting(Node::getLiteralLexicalForm).containsExactly("7");
    assertThat(objects(back, "custom"))
        .extracting(Node::getLiteralDatatypeURI)
        .containsExactly(EX + "code");
    for (String p : List.of("signed", "budget", "count", "at")) {
      Node sent = objects(read("literals.ttl"), p).get(0);
      assertThat(objects(back, p).get(0).sameValueAs(sent)).as(p).isTrue();
    }
  }

  @Test
  void literalsEqualInValue_butOfOtherDatatypes_becomeOneTriple() {
    String graph = GRAPH + "equal-numbers";
    put(graph, read("equal-numbers.ttl"));

    assertThat(read("equal-numbers.ttl").size()).isEqualTo(3);
    assertThat(get(graph).size()).isEqualTo(1);
  }

  @Test
  void longLiteral_roundTripsUnchanged() {
    String graph = GRAPH + "long";
    String text = "Weltraum ü 宇宙 🚀 \"quoted\" \\ ".repeat(400);
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10_240);
    Graph sent = GraphFactory.createDefaultGraph();
    sent.add(
        Triple.create(
            NodeFactory.createURI(EX + "doc"),
            NodeFactory.createURI(EX + "text"),
            NodeFactory.createLiteralString(text)));
    put(graph, sent);

    assertThat(objects(get(graph), "text"))
        .extracting(Node::getLiteralLexicalForm)
        .containsExactly(text);
    assertThat(selectObjects(graph, "text")).containsExactly(text);
  }

  @Test
  void unusualIris_roundTrip_inTriplesAndAsTheGraphName() {
    String graph = GRAPH + "r%C3%A4ume%20und?x=1&y=2";
    put(graph, read("unusual-iris.nt"));

    assertIsomorphic(get(graph), read("unusual-iris.nt"));
    assertThat(select("SELECT DISTINCT ?g { GRAPH ?g { <urn:isbn:0-486-27557-4> ?p ?o } }"))
        .extracting(row -> row.get("g").getURI())
        .containsExactly(graph);
  }

  @Test
  void getOfAMissingGraph_is404_andDeleteRemovesAGraph() {
    String graph = GRAPH + "deleted";
    put(graph, read("replace-first.ttl"));
    GSP.service(virtuoso.graphStoreEndpoint()).graphName(graph).DELETE();

    assertThatThrownBy(() -> get(graph))
        .isInstanceOfSatisfying(
            HttpException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
  }

  @Test
  void select_isCutAtTheStockRowLimit_whileCountSeesAll() {
    String graph = GRAPH + "large";
    Graph large = GraphFactory.createDefaultGraph();
    for (int i = 0; i < 10_050; i++) {
      large.add(
          Triple.create(
              NodeFactory.createURI(EX + "s" + i),
              NodeFactory.createURI(EX + "p"),
              NodeFactory.createLiteralString("o" + i)));
    }
    put(graph, large);

    assertThat(select("SELECT ?s { GRAPH <" + graph + "> { ?s ?p ?o } }")).hasSize(10_000);
    assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"))
        .isEqualTo(10_050);
  }

  /**
   * Turtle with an error on line 3: refused, but not atomically: the old graph is gone and the
   * triples before the error are in. N-Triples with a bad line: Virtuoso guesses the syntax from
   * the body, fails to, names its guess ("text/plain") rather than the error, and keeps the graph.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed.ttl | text/turtle | SP029: TURTLE RDF loader, line 3: syntax error"
            + " | Loaded before the error,x",
        "malformed.nt | application/n-triples | is rejected: the submitted resource is of"
            + " unsupported type text/plain | First version"
      })
  void malformedBody_isRefusedWith500_andMayLeaveTheGraphHalfReplaced(
      String file, String contentType, String message, String titlesAfter) throws Exception {
    String graph = GRAPH + "malformed-" + file;
    put(graph, read("replace-first.ttl"));

    HttpResponse<String> response = rawPut(virtuoso.graphStoreEndpoint(), graph, file, contentType);
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains(message);
    assertThat(titles(graph)).containsExactlyInAnyOrder(titlesAfter.split(","));
  }

  @Test
  void putWithoutTheGrant_is403_namingThePermission() throws Exception {
    String graph = GRAPH + "refused";
    put(graph, read("replace-first.ttl"));
    virtuoso.runSql("virtuoso-revoke-update.sql");
    try {
      assertThatThrownBy(() -> put(graph, read("replace-second.ttl")))
          .isInstanceOfSatisfying(
              HttpException.class,
              e -> {
                assertThat(e.getStatusCode()).isEqualTo(403);
                assertThat(e.getResponse())
                    .contains("SQ110:SECURITY: Permission denied for delete from DB.DBA.RDF_QUAD");
              });
    } finally {
      virtuoso.runSql("virtuoso-grant-update.sql");
    }
    assertThat(titles(graph)).containsExactly("First version");
  }

  @Test
  void authEndpoint_takesDigest_andRefusesAWrongPassword() {
    String graph = GRAPH + "authenticated";
    URI endpoint = URI.create(virtuoso.graphStoreAuthEndpoint());
    GSP gsp = GSP.service(endpoint.toString()).graphName(graph);
    try {
      AuthEnv.get().registerUsernamePassword(endpoint, VirtuosoProcess.USER, virtuoso.password());
      gsp.PUT(read("replace-first.ttl"));
      assertThat(titles(graph)).containsExactly("First version");

      AuthEnv.get().registerUsernamePassword(endpoint, VirtuosoProcess.USER, "wrong");
      assertThatThrownBy(() -> gsp.PUT(read("replace-second.ttl")))
          .isInstanceOfSatisfying(
              HttpException.class, e -> assertThat(e.getStatusCode()).isEqualTo(401));
    } finally {
      AuthEnv.get().unregisterUsernamePassword(endpoint);
    }
    assertThat(titles(graph)).containsExactly("First version");
  }

  private static List<String> titles(String graph) {
    return selectObjects(graph, "title");
  }

  /** The lexical forms of the objects of {@code ex:localName} in the graph, by a SELECT. */
  private static List<String> selectObjects(String graph, String localName) {
    return select("SELECT ?o { GRAPH <" + graph + "> { ?s <" + EX + localName + "> ?o } }").stream()
        .map(row -> row.get("o").getLiteralLexicalForm())
        .toList();
  }

  /** Jena's parser for the test's own files. */
  private static Graph read(String name) {
    return RDFParser.source(resource(name)).toGraph();
  }

  static Path resource(String name) {
    try {
      return Path.of(VirtuosoProtocolsTest.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static void put(String graph, Graph content) {
    GSP.service(virtuoso.graphStoreEndpoint()).graphName(graph).PUT(content);
  }

  static Graph get(String graph) {
    return GSP.service(virtuoso.graphStoreEndpoint()).graphName(graph).GET();
  }

  static List<Binding> select(String query) {
    try (QueryExecHTTP exec =
        QueryExecHTTP.service(virtuoso.queryEndpoint()).query(query).build()) {
      RowSet rows = exec.select();
      return rows.materialize().stream().toList();
    }
  }

  /** A SELECT over plain HTTP, its JSON results read keeping the blank-node labels as sent. */
  private static List<Binding> selectKeepingLabels(String query) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    virtuoso.queryEndpoint()
                        + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", "application/sparql-results+json")
            .build();
    InputStream body = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
    Context context = new Context();
    context.set(ARQ.inputGraphBNodeLabels, true);
    return ResultsReader.create()
        .lang(ResultSetLang.RS_JSON)
        .context(context)
        .build()
        .readRowSet(body)
        .materialize()
        .stream()
        .toList();
  }

  static boolean ask(String query) {
    return QueryExecHTTP.service(virtuoso.queryEndpoint()).query(query).ask();
  }

  private static long count(String query) {
    return ((Number) select(query).get(0).get("n").getLiteralValue()).longValue();
  }

  private static List<Node> objects(Graph graph, String localName) {
    return graph
        .find(Node.ANY, NodeFactory.createURI(EX + localName), Node.ANY)
        .mapWith(Triple::getObject)
        .toList();
  }

  private static void assertIsomorphic(Graph got, Graph expected) {
    if (!IsoMatcher.isomorphic(got, expected)) {
      java.io.StringWriter both = new java.io.StringWriter();
      both.write("got:\n");
      RDFDataMgr.write(both, got, org.apache.jena.riot.Lang.NTRIPLES);
      both.write("expected:\n");
      RDFDataMgr.write(both, expected, org.apache.jena.riot.Lang.NTRIPLES);
      throw new AssertionError("graphs differ\n" + both);
    }
  }

  /** A PUT of a file's bytes as they are, which Jena's GSP (it sends a parsed graph) cannot do. */
  private static HttpResponse<String> rawPut(
      String endpoint, String graph, String resourceName, String contentType) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    endpoint
                        + "?"
                        + VirtuosoProcess.GRAPH_PARAMETER
                        + "="
                        + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(resource(resourceName))))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
