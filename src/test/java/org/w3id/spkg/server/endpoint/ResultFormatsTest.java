package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.w3id.spkg.server.SpkgServer;

/**
 * Results on {@code /spkg/sparql} that every client can parse: CSV writes a blank node as {@code
 * _:label} (SPARQL 1.1 CSV), and the XML results are well-formed XML 1.0 even when a literal holds
 * characters XML 1.0 cannot carry (they become U+FFFD). Both work around Jena 5.6.0 (see {@code
 * docs/upstream/}).
 */
class ResultFormatsTest {

  /**
   * A blank node, a literal with U+0001 and U+FFFE, and one with a tab, a line end and a rocket.
   */
  static final String ODD_TERMS =
      "SELECT ?b ?odd ?fine WHERE { BIND (BNODE() AS ?b)"
          + " BIND (\"a\\u0001b\\uFFFEc\" AS ?odd) BIND (\"tab\\there\\nrocket \\U0001F680\" AS ?fine) }";

  @TempDir static Path dir;
  private static SpkgServer spkg;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path store = Files.createDirectory(dir.resolve("store"));
    FederationFixtures.fillStore(store);
    spkg = FederationFixtures.startSpkg(store);
  }

  @AfterAll
  static void stop() {
    if (spkg != null) {
      spkg.close();
    }
  }

  @Test
  void csv_writesABlankNodeAsUnderscoreColonLabel() throws Exception {
    HttpResponse<String> r = get(ODD_TERMS, "text/csv");

    assertThat(r.statusCode()).isEqualTo(200);
    String[] lines = r.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("b,odd,fine");
    assertThat(lines[1]).startsWith("_:").matches("(?s)_:[A-Za-z0-9]+,.*");
  }

  @Test
  void xml_isWellFormed_withWhatXml10ForbidsReplaced_andTheRestKept() throws Exception {
    HttpResponse<String> r = get(ODD_TERMS, "application/sparql-results+xml");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("&#x0001;").doesNotContain("&#x1;");
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    NodeList literals = xml.getElementsByTagName("literal");
    assertThat(literals.getLength()).isEqualTo(2);
    assertThat(literals.item(0).getTextContent()).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(literals.item(1).getTextContent()).isEqualTo("tab\there\nrocket \uD83D\uDE80");
  }

  @Test
  void json_keepsTheCharacters() throws Exception {
    HttpResponse<String> r = get(ODD_TERMS, "application/sparql-results+json");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).containsIgnoringCase("a\\u0001b");
  }

  private static HttpResponse<String> get(String query, String accept) throws Exception {
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + spkg.port()
                + "/"
                + SpkgServer.DATASET
                + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
