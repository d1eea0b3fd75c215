package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.spkg.server.ServedStore;

/** The VoID description: RDF for RDF clients, an HTML page for browsers (issue #16 item 7). */
class VoidServletTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  private static ServedStore served;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    served = ServedStore.seeded("spkg-void-test");
    base = ServedStore.base(served.start("/.well-known/void", new VoidServlet(served.dsg)));
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  @ParameterizedTest(name = "Accept: {0}")
  @CsvSource(
      value = {
        "text/html | text/html",
        BROWSER + " | text/html",
        "*/* | text/turtle",
        "application/sparql-results+json, */*;q=0.1 | text/turtle",
        "text/plain | application/n-triples",
        "application/xml | application/rdf+xml"
      },
      delimiter = '|')
  void void_answersHtmlToBrowsersAndRdfToOthers(String accept, String type) throws Exception {
    HttpResponse<String> r = get(".well-known/void", accept);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(type);
    assertThat(r.headers().allValues("Vary")).contains("Accept");
  }

  @Test
  void html_showsTheLicenceTheEndpointTheCountsAndThePartitions() throws Exception {
    HttpResponse<String> r = get(".well-known/void?format=html", null);
    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("h1").text()).contains("Space Partnerships Knowledge Graph");
    assertThat(page.select("a[href=https://creativecommons.org/licenses/by/4.0/]")).isNotEmpty();
    assertThat(page.select("a[href=" + base + "spkg/sparql]")).isNotEmpty();
    assertThat(page.select("a[href=?format=ttl]")).isNotEmpty();
    Graph turtle =
        RDFParser.fromString(get(".well-known/void", "text/turtle").body(), Lang.TURTLE).toGraph();
    String triples =
        turtle
            .find(
                NodeFactory.createURI("https://w3id.org/spkg/void#dataset"),
                VOID.triples.asNode(),
                Node.ANY)
            .next()
            .getObject()
            .getLiteralLexicalForm();
    assertThat(page.select("dd").eachText()).contains(triples);
    assertThat(page.select("table").get(1).text()).contains("spkg:Nation");
    assertThat(page.select("table").get(2).text()).contains("rdfs:label");
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
