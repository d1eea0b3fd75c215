package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * Every kind of HTML page the server makes starts with the same site header (issue #16 item 5):
 * home, a search box that reaches /search, the query editor, the API docs and the ontology, each
 * link resolving to the right page from wherever the page sits.
 */
class SiteHeaderTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Path store;
  private static SpkgServer server;

  @BeforeAll
  static void start() throws IOException {
    store = Files.createTempDirectory("spkg-site-header-test");
    TestStores.seeded(store);
    server = SpkgServer.builder().store(store).port(0).loopback(true).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "'', 200",
    "id/nation/JP, 200",
    "id/document/2023-12-20-fact-sheet-strengthening-us-international-space-partnerships, 200",
    "id/nation/XX, 404",
    "editor/, 200",
    "api/, 200",
    "ontology, 200",
    "ontology/, 200",
    "search, 200",
    "search?q=gateway, 200",
    "search?q=AND+(, 400"
  })
  void everyPageKind_startsWithTheSiteHeader(String path, int status) throws Exception {
    String base = server.url();
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(status);
    Document page = Jsoup.parse(r.body(), base + path);
    assertThat(page.select("header.site-header")).hasSize(1);
    Element header = page.selectFirst("body > header.site-header");
    assertThat(header).as("the header is the body's first element").isNotNull();
    assertThat(page.body().child(0)).isEqualTo(header);
    Element form = header.selectFirst("form[role=search]");
    assertThat(form.absUrl("action")).isEqualTo(base + "search");
    assertThat(form.attr("method")).isEqualTo("get");
    assertThat(form.select("input[name=q]")).hasSize(1);
    assertThat(form.select("label[for=site-q]")).hasSize(1);
    assertThat(header.select("a").eachAttr("abs:href"))
        .containsExactly(base, base + "editor/", base + "api/", base + "ontology");
    String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(policy).containsAnyOf("'unsafe-inline'", HtmlTemplates.siteStyleSource());
  }

  @ParameterizedTest
  @CsvSource({"editor/", "api/", "ontology", "ontology/0.1.0"})
  void pagesBelowAProxyPath_linkTheHeaderRelatively(String path) throws Exception {
    String body =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + path))
                    .header("Accept", "text/html")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    List<String> hrefs = Jsoup.parse(body).select("header.site-header a").eachAttr("href");
    assertThat(hrefs).isNotEmpty().allMatch(h -> h.startsWith("./") || h.startsWith("../"));
  }
}
