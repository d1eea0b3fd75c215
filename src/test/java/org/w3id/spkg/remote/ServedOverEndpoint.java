package org.w3id.spkg.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.spkg.packs.Pack;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.server.SpkgServer;
import org.w3id.spkg.server.TestStores;
import org.w3id.spkg.store.StoreConfig;
import org.w3id.spkg.vocab.SPKG;

/**
 * What {@code serve --endpoint} must do over any store: loaded (a PUT per graph, through the Graph
 * Store Protocol) with the quads of a local store of the seed, every page, the packs and the SPARQL
 * endpoint answer as the local server over the same store does. Each store it is run against
 * extends it ({@link ServeEndpointTest}: stock Fuseki; {@link ServeOverVirtuosoTest}: Virtuoso).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServedOverEndpoint {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A store started for the tests: where to PUT graphs, where to query, how to stop it. */
  record Store(String graphStore, String query, AutoCloseable process) {}

  Path tmp;
  Store store;
  SpkgServer local;
  SpkgServer remote;
  private String documentPath;

  /** Starts the store the tests read (its files under {@code tmp}). */
  abstract Store startStore(Path tmp) throws Exception;

  @BeforeAll
  void start() throws Exception {
    tmp = Files.createTempDirectory("serve-endpoint");
    Path folder = tmp.resolve("store");
    TestStores.seeded(folder);
    Map<Node, Graph> graphs = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
    DatasetGraph dsg = StoreConfig.bundled().in(folder).assembleDataset();
    try {
      dsg.executeRead(
          () ->
              dsg.find()
                  .forEachRemaining(
                      q ->
                          graphs
                              .computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph())
                              .add(q.asTriple())));
    } finally {
      dsg.close();
    }
    store = startStore(tmp);
    graphs.forEach(
        (name, graph) -> GSP.service(store.graphStore()).graphName(name.getURI()).PUT(graph));
    local = SpkgServer.builder().store(folder).port(0).start();
    remote = SpkgServer.builder().endpoint(store.query()).port(0).start();
    documentPath = TestStores.firstDocumentPath(local.dataset());
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (remote != null) {
        remote.close();
      }
      if (local != null) {
        local.close();
      }
    } finally {
      if (store != null) {
        store.process().close();
      }
    }
  }

  Stream<String> pages() {
    return Stream.of(
        "/",
        "/documents",
        "/network",
        "/timeline",
        "/id/agency/nasa",
        "/id/nation/JP",
        "document",
        "/editor/",
        "/api/",
        "/ontology");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void page_isTheLocalServersPage(String page) throws Exception {
    String path = page.equals("document") ? documentPath : page;
    HttpResponse<String> here = get(local, path, "text/html");
    HttpResponse<String> there = get(remote, path, "text/html");
    assertThat(there.statusCode()).as("status of %s over the endpoint", path).isEqualTo(200);
    assertThat(here.statusCode()).as("status of %s on the local server", path).isEqualTo(200);
    assertThat(essentials(there.body(), remote))
        .as("%s over the endpoint", path)
        .isEqualTo(essentials(here.body(), local));
  }

  @Test
  void entityTurtle_isIsomorphicToTheLocalOne() throws Exception {
    Graph here = turtle(portless(get(local, "/id/agency/nasa", "text/turtle").body(), local));
    Graph there = turtle(portless(get(remote, "/id/agency/nasa", "text/turtle").body(), remote));
    assertThat(there.size()).isGreaterThan(10);
    assertThat(there.isIsomorphicWith(here))
        .as("Turtle of NASA over the endpoint:%n%s%nlocal:%n%s", there, here)
        .isTrue();
  }

  /** Whether the store counts {@code void.rq} within {@link RemoteStore#VOID_LIMIT}. */
  boolean countsVoid() {
    return true;
  }

  @Test
  void void_countsTheSameTriples_orServesItsFixedPart() throws Exception {
    HttpResponse<String> there = get(remote, "/.well-known/void", "text/turtle");
    assertThat(there.statusCode()).isEqualTo(200);
    Graph here = turtle(get(local, "/.well-known/void", "text/turtle").body());
    Graph counted = turtle(there.body());
    Node triples = NodeFactory.createURI("http://rdfs.org/ns/void#triples");
    Node dataset = NodeFactory.createURI("https://w3id.org/spkg/void#dataset");
    assertThat(
            counted.contains(
                dataset, NodeFactory.createURI("http://purl.org/dc/terms/license"), Node.ANY))
        .as("the fixed part")
        .isTrue();
    assertThat(counted.find(dataset, triples, Node.ANY).toList())
        .isEqualTo(countsVoid() ? here.find(dataset, triples, Node.ANY).toList() : List.of());
  }

  Stream<String> packQueries() {
    List<String> ids = new ArrayList<>();
    for (Pack pack : QueryPacks.bundled().packs()) {
      for (PackQuery q : pack.queries()) {
        ids.add(pack.name() + "/" + q.name());
      }
    }
    return ids.stream();
  }

  @ParameterizedTest
  @MethodSource("packQueries")
  void packQuery_answersTheLocalRows(String id) throws Exception {
    HttpResponse<String> here = get(local, "/api/packs/" + id + ".csv", "text/csv");
    HttpResponse<String> there = get(remote, "/api/packs/" + id + ".csv", "text/csv");
    assertThat(there.statusCode()).as("status of %s", id).isEqualTo(here.statusCode());
    if (here.body().contains("https://query.wikidata.org/sparql") && here.statusCode() != 200) {
      return; // Federates with Wikidata, which this machine cannot reach: both refuse alike.
    }
    assertThat(sortedLines(there.body())).as("rows of %s", id).isEqualTo(sortedLines(here.body()));
  }

  @Test
  void sparqlEndpoint_forwardsTheQuery() throws Exception {
    String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <" + SPKG.Nation.getURI() + "> }";
    String path = "/spkg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    HttpResponse<String> there = get(remote, path, "text/csv");
    assertThat(there.statusCode()).isEqualTo(200);
    assertThat(there.body()).isEqualTo(get(local, path, "text/csv").body()).contains("n");
  }

  @Test
  void sparqlQuery_overItsTimeLimit_isStoppedWith503() throws Exception {
    String slow =
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER (REGEX(STR(?c), STR(?f))) }";
    String path = "/spkg/sparql?timeout=1&query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8);
    HttpResponse<String> there = get(remote, path, "text/csv");
    assertThat(there.statusCode()).as(there.body()).isEqualTo(503);
  }

  @Test
  void writes_areRefusedNamingTheEndpoint() throws Exception {
    HttpResponse<String> update =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(remote.url() + "spkg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(update.statusCode()).isEqualTo(405);
    assertThat(update.body()).contains("--endpoint").contains(store.query());
    HttpResponse<String> put =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(remote.url() + "spkg/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    HttpResponse<String> gspWrite =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(remote.url() + "spkg/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(gspWrite.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
  }

  @Test
  void search_withoutATextIndex_saysItIsNotAvailable() throws Exception {
    HttpResponse<String> there = get(remote, "/search?q=gateway", "text/html");
    assertThat(there.statusCode()).isEqualTo(503);
    assertThat(there.body()).contains("Search is not available on this store");
  }

  static Graph turtle(String text) {
    return RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).toGraph();
  }

  private static List<String> sortedLines(String text) {
    return text.lines().sorted().toList();
  }

  /**
   * What a page says, whatever the order the store lists things in: the words of its text, links
   * and attributes, sorted (a fact missing or added changes them), without the numbers of its
   * quotes ({@code id="q12"}) and the network picture (which of the equally connected nodes it
   * draws depends on that order).
   */
  static List<String> essentials(String html, SpkgServer server) {
    String text =
        portless(html, server)
            .replaceAll("(?s)<svg.*?</svg>", "<svg/>")
            .replaceAll("([\"#])q\\d+\"", "$1q\"");
    return Stream.of(text.split("[^\\p{L}\\p{N}]+")).sorted().toList();
  }

  /** The page with the server's port taken out (absolute links name it). */
  static String portless(String html, SpkgServer server) {
    return html.replace(":" + server.port() + "/", ":PORT/");
  }

  static HttpResponse<String> get(SpkgServer server, String path, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
            .header("Accept", accept)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
