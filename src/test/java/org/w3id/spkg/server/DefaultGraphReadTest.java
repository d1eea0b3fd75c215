package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /spkg/get?default} answers the default graph SPARQL queries see, the union of the
 * named graphs, not the empty stored default graph (issue #16 item 7).
 */
class DefaultGraphReadTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static SpkgServer server;

  @BeforeAll
  static void start() throws Exception {
    Path store = Files.createTempDirectory("spkg-default-graph").resolve("store");
    TestStores.seeded(store);
    server = SpkgServer.builder().store(store).port(0).start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void getDefault_isWhatSparqlSeesAsTheDefaultGraph() throws Exception {
    HttpResponse<String> r = get("spkg/get?default", "application/n-triples", "GET");
    assertThat(r.statusCode()).isEqualTo(200);
    Graph gsp = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
    String construct = URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
    Graph sparql =
        RDFParser.fromString(
                get("spkg/sparql?query=" + construct, "application/n-triples", "GET").body(),
                Lang.NTRIPLES)
            .toGraph();
    assertThat(gsp.size()).isGreaterThan(1000);
    assertThat(gsp.isIsomorphicWith(sparql)).isTrue();
  }

  @Test
  void headDefault_andANamedGraph_areAnsweredAsBefore() throws Exception {
    assertThat(get("spkg/get?default", "text/turtle", "HEAD").statusCode()).isEqualTo(200);
    String meta = URLEncoder.encode("https://w3id.org/spkg/graph/meta", StandardCharsets.UTF_8);
    HttpResponse<String> r = get("spkg/get?graph=" + meta, "application/n-triples", "GET");
    assertThat(r.statusCode()).isEqualTo(200);
    Graph named = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
    Graph all =
        RDFParser.fromString(
                get("spkg/get?default", "application/n-triples", "GET").body(), Lang.NTRIPLES)
            .toGraph();
    assertThat(named.size()).isPositive().isLessThan(all.size());
  }

  private static HttpResponse<String> get(String path, String accept, String method)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Accept", accept)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
