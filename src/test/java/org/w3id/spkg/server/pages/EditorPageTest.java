package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.server.http.HtmlTemplates;

/** The editor page over real HTTP, mounted on an embedded Fuseki next to a SPARQL endpoint. */
class EditorPageTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Prefixes a new query declares: the vocabularies, full-text search, entity namespaces. */
  private static final List<String> PREFIXES =
      List.of(
          "spkg", "rdfs", "rdf", "owl", "skos", "dct", "prov", "org", "oa", "schema", "xsd", "text",
          "nation", "region", "agency", "intorg", "office", "program", "wd");

  @Test
  void editorFolder_servesTheEditorWithOurPrefixesAndTheExamples() throws Exception {
    withServer(
        EditorPage::addTo,
        base -> {
          List<JsonObject> examples = examples(base);
          for (String path : List.of("editor/", "editor/index.html")) {
            HttpResponse<String> r = get(base.resolve(path));
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
            String page = r.body();
            assertThat(page)
                .contains("<textarea id=\"query\" name=\"query\"")
                .contains("<label for=\"query\"")
                .contains("href=\"../spkg/sparql\"", "href=\"../$/ping\"", "href=\"../\"")
                .containsPattern("PREFIX spkg: +&lt;https://w3id.org/spkg/ontology#&gt;");
            for (String prefix : PREFIXES) {
              assertThat(page).containsPattern("[\n>]PREFIX " + prefix + ": +&lt;https?://");
            }
            for (JsonObject e : examples) {
              assertThat(page).contains(">" + HtmlTemplates.escape(string(e, "summary")) + "</a>");
            }
          }
        });
  }

  @Test
  void examplesJson_listsEveryQueryFileWithItsSummary() throws Exception {
    Map<String, String> expected =
        TestFiles.filesBelow(TestFiles.QUERIES, ".rq").stream()
            .collect(
                Collectors.toMap(
                    f -> TestFiles.QUERIES.relativize(f).toString().replace('\\', '/'),
                    EditorPageTest::summaryLine));
    withServer(
        EditorPage::addTo,
        base -> {
          HttpResponse<String> r = get(base.resolve("editor/examples.json"));
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.headers().firstValue("Content-Type"))
              .hasValue("application/json;charset=utf-8");
          List<JsonObject> examples = examples(base);
          Map<String, String> listed =
              examples.stream()
                  .collect(Collectors.toMap(e -> string(e, "id"), e -> string(e, "summary")));
          assertThat(listed).isEqualTo(expected);
          for (JsonObject e : examples) {
            assertThatCode(() -> QueryFactory.create(string(e, "query")))
                .as("query of %s", string(e, "id"))
                .doesNotThrowAnyException();
          }
        });
  }

  @Test
  void exampleWithDefaults_loadsWithTheDefaultsBound() throws Exception {
    withServer(
        EditorPage::addTo,
        base -> {
          JsonObject nations =
              examples(base).stream()
                  .filter(e -> string(e, "id").equals("reference/01-nations-in-region.rq"))
                  .findFirst()
                  .orElseThrow();
          assertThat(string(nations, "query"))
              .contains("spkg:inRegion <https://w3id.org/spkg/id/region/arctic>")
              .startsWith("PREFIX spkg:")
              .doesNotContain("#+ summary:", "?_region_iri");
          assertThat(string(nations, "hint"))
              .startsWith("?_region_iri is set to its default, <https://w3id.org/spkg/id/region/");

          String id =
              URLEncoder.encode("reference/01-nations-in-region.rq", StandardCharsets.UTF_8);
          String page = get(base.resolve("editor/?example=" + id)).body();
          assertThat(page)
              .contains("spkg:inRegion &lt;https://w3id.org/spkg/id/region/arctic&gt;")
              .contains("aria-current=\"true\">Nations in a region</a>")
              .contains("<h2 id=\"example-summary\">Nations in a region</h2>");
        });
  }

  @Test
  void staticFiles_areServedWithTheirContentTypesAndCaching() throws Exception {
    withServer(
        EditorPage::addTo,
        base -> {
          String page = get(base.resolve("editor/")).body();
          Map<String, String> types =
              Map.of(
                  "editor.js", "text/javascript;charset=utf-8",
                  "editor.css", "text/css;charset=utf-8",
                  "icon.svg", "image/svg+xml");
          for (Map.Entry<String, String> t : types.entrySet()) {
            Matcher m = Pattern.compile("\"" + t.getKey() + "\\?v=([0-9a-f]+)").matcher(page);
            assertThat(m.find()).as("the page links %s with its version", t.getKey()).isTrue();
            URI file = base.resolve("editor/" + t.getKey());

            HttpResponse<String> plain = get(file);
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Type")).hasValue(t.getValue());
            assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(plain.body()).isNotBlank();
            String etag = plain.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).isEqualTo('"' + m.group(1) + '"');

            HttpResponse<String> versioned = get(URI.create(file + "?v=" + m.group(1)));
            assertThat(versioned.headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");

            HttpRequest again = HttpRequest.newBuilder(file).header("If-None-Match", etag).build();
            assertThat(HTTP.send(again, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(304);
          }
        });
  }

  @Test
  void unknownEditorFile_is404() throws Exception {
    withServer(
        EditorPage::addTo,
        base -> {
          for (String path :
              List.of(
                  "editor/nope.js",
                  "editor/page.html",
                  "editor/new-query.rq",
                  "index.html",
                  "nothing-here")) {
            assertThat(get(base.resolve(path)).statusCode()).as(path).isEqualTo(404);
          }
          // Jetty itself refuses an encoded "/" (400); either way nothing is served.
          assertThat(get(base.resolve("editor/..%2Fpage.html")).statusCode()).isIn(400, 404);
        });
  }

  @Test
  void sparqlEndpoint_stillAnswers_withTheEditorMounted() throws Exception {
    withServer(
        EditorPage::addTo,
        base -> {
          String query = "SELECT ?s WHERE { ?s ?p ?o }";
          URI endpoint = base.resolve("spkg/sparql");
          HttpResponse<String> viaGet =
              HTTP.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              endpoint
                                  + "?query="
                                  + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                      .header("Accept", "application/sparql-results+json")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          // The page posts a form, as here.
          HttpResponse<String> viaPost =
              HTTP.send(
                  HttpRequest.newBuilder(endpoint)
                      .header("Accept", "application/sparql-results+json")
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          for (HttpResponse<String> r : List.of(viaGet, viaPost)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/sparql-results+json");
            assertThat(r.body()).contains("https://example.org/thing");
          }
          assertThat(get(base.resolve("$/ping")).statusCode()).isEqualTo(200);
        });
  }

  @Test
  void page_escapesWhatComesFromFilesAndRequests(@TempDir Path queries) throws Exception {
    Path pack = Files.createDirectories(queries.resolve("evil"));
    Files.writeString(pack.resolve("README.md"), "# Pack `evil`: <img src=x onerror=alert(1)>\n");
    Files.writeString(
        pack.resolve("01-evil.rq"),
        """
        #+ summary: <script>alert("x")</script> & co
        #+ description: a "quoted" </p> description

        SELECT * WHERE { ?s ?p "</textarea><script>alert(2)</script>" }
        """);
    withServer(
        builder ->
            EditorPage.PATH_SPECS.forEach(s -> builder.addServlet(s, new EditorPage(queries))),
        base -> {
          String page = get(base.resolve("editor/?example=evil%2F01-evil.rq")).body();
          assertThat(page)
              .doesNotContain("<script>alert", "<img src=x", "</textarea><script>", "</p> desc")
              .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co")
              .contains("&lt;img src=x onerror=alert(1)&gt;")
              .contains("&quot;&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;");

          String fromRequest =
              get(base.resolve(
                      "editor/?query=%3C%2Ftextarea%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E"))
                  .body();
          assertThat(fromRequest)
              .doesNotContain("<script>alert(3)")
              .contains("&lt;/textarea&gt;&lt;script&gt;alert(3)");
        });
  }

  @Test
  void parameterDefaults_becomeTypedTerms_andParametersWithoutOneStayWithAHint(@TempDir Path dir)
      throws IOException {
    Path pack = Files.createDirectories(dir.resolve("p"));
    Files.writeString(
        pack.resolve("01-params.rq"),
        """
        #+ summary: Parameters
        #+ defaults:
        #+   - year_xsd_gYear: 2024
        #+   - name: Ju "Lee"
        #+   - nation_iri: https://w3id.org/spkg/id/nation/JP

        SELECT * WHERE {
          ?x <urn:p> ?_nation_iri, ?_year_xsd_gYear, ?_name, ?_open .
          OPTIONAL { ?x <urn:q> ?__maybe }
        }
        """);
    EditorExample e = EditorExample.of(QueryPacks.read(dir).query("p/01-params"), "");
    assertThat(e.id()).isEqualTo("p/01-params.rq");
    assertThat(e.query())
        .startsWith("SELECT * WHERE {")
        .contains(
            "<https://w3id.org/spkg/id/nation/JP>, \"2024\"^^<http://www.w3.org/2001/XMLSchema#gYear>,"
                + " \"Ju \\\"Lee\\\"\", ?_open .")
        .contains("?__maybe");
    assertThat(e.parameters())
        .extracting(EditorExample.ParameterState::variable, EditorExample.ParameterState::bound)
        .containsExactly(
            tuple("_nation_iri", true),
            tuple("_year_xsd_gYear", true),
            tuple("_name", true),
            tuple("_open", false),
            tuple("__maybe", false));
    assertThat(e.hint())
        .contains("?_open has no default")
        .contains("?__maybe is optional")
        .contains("?_nation_iri is set to its default, <https://w3id.org/spkg/id/nation/JP>");
  }

  @Test
  void packFileThatCannotBeRead_pageListsNoExamplesAndSaysWhichFileAndLine(@TempDir Path queries)
      throws Exception {
    Path pack = Files.createDirectories(queries.resolve("p"));
    Files.writeString(pack.resolve("01-fine.rq"), "#+ summary: Fine\n\nASK {}\n");
    Files.writeString(pack.resolve("02-broken.rq"), "#+ summary: [unclosed\n\nASK {}\n");
    withServer(
        builder -> EditorPage.addTo(builder, queries),
        base -> {
          HttpResponse<String> r = get(base.resolve("editor/"));
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.body())
              .contains("The query packs cannot be read")
              .contains("p/02-broken.rq:")
              .doesNotContain("data-example=");
          JsonObject json = JSON.parse(get(base.resolve("editor/examples.json")).body());
          assertThat(json.get("examples").getAsArray()).isEmpty();
          assertThat(string(json, "error")).startsWith("p/02-broken.rq:").contains("not YAML");

          Files.writeString(pack.resolve("02-broken.rq"), "#+ summary: Mended\n\nASK {}\n");
          assertThat(examples(base)).extracting(e -> string(e, "summary")).contains("Mended");
        });
  }

  @Test
  void editorWithoutSlash_redirectsToThePageKeepingTheQuery() throws Exception {
    withServer(
        EditorPage::addTo,
        base -> {
          HttpResponse<String> r = get(base.resolve("editor?query=ASK%7B%7D"));
          assertThat(r.statusCode()).isEqualTo(302);
          assertThat(r.headers().firstValue("Location").orElseThrow())
              .endsWith("/editor/?query=ASK%7B%7D");
        });
  }

  // ---- helpers ----

  @FunctionalInterface
  private interface ServerCheck {
    void run(URI base) throws Exception;
  }

  /** Starts Fuseki on a free loopback port with {@code /spkg} and the editor, stops it after. */
  private static void withServer(Consumer<FusekiServer.Builder> mount, ServerCheck check)
      throws Exception {
    DatasetGraph data = DatasetGraphFactory.createTxnMem();
    data.executeWrite(
        () ->
            data.getDefaultGraph()
                .add(
                    NodeFactory.createURI("https://example.org/thing"),
                    NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString("o")));
    FusekiServer.Builder builder =
        FusekiServer.create().port(0).loopback(true).enablePing(true).add("/spkg", data);
    mount.accept(builder);
    FusekiServer server = builder.build().start();
    try {
      check.run(URI.create("http://localhost:" + server.getHttpPort() + "/"));
    } finally {
      server.stop();
    }
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<JsonObject> examples(URI base) throws IOException, InterruptedException {
    JsonObject json = JSON.parse(get(base.resolve("editor/examples.json")).body());
    return json.get("examples").getAsArray().stream().map(JsonValue::getAsObject).toList();
  }

  private static String string(JsonObject json, String key) {
    return json.get(key).getAsString().value();
  }

  private static String summaryLine(Path file) {
    try {
      return Files.readAllLines(file).get(0).replaceFirst("^#\\+ summary: ", "").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
