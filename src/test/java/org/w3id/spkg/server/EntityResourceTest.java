package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.ontology.OntologyResource;
import org.w3id.spkg.server.pages.EntityResource;
import org.w3id.spkg.store.EntityDescription;

/** Dereferencing entity IRIs over real HTTP: content negotiation, headers, 404, 406, HEAD. */
class EntityResourceTest {

  private static final String JP = "https://w3id.org/spkg/id/nation/JP";
  private static final String HOSTILE = "https://w3id.org/spkg/id/test/hostile";
  private static final String PREFIXES =
      "PREFIX spkg: <https://w3id.org/spkg/ontology#>\n"
          + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
          + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
          + "PREFIX nation: <https://w3id.org/spkg/id/nation/>\n";

  private static final List<FusekiServer> SERVERS = new ArrayList<>();
  private static ServedStore served;
  private static DatasetGraph dsg;
  private static String base;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    served = ServedStore.seeded("spkg-entity-test");
    dsg = served.dsg;
    dsg.executeWrite(
        () ->
            dsg.add(
                NodeFactory.createURI("https://w3id.org/spkg/graph/test"),
                NodeFactory.createURI(HOSTILE),
                RDFS.label.asNode(),
                NodeFactory.createLiteralString("<script>alert('x')</script> & \"friends\"")));
    base = ServedStore.base(serve(new EntityResource(dsg, PublicBase.W3ID, TriplePage::render)));
  }

  @AfterAll
  static void stop() {
    SERVERS.forEach(FusekiServer::stop);
    if (served != null) {
      served.close();
    }
  }

  /**
   * A server with {@code servlet} and the ontology: entity JSON-LD names the context at {@code
   * /ontology/context.jsonld} on the server that sent it, and Jena's reader fetches it from there.
   */
  private static FusekiServer serve(EntityResource servlet) {
    FusekiServer server =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .add("/spkg", dsg)
            .addServlet(EntityResource.PATH_SPEC, servlet)
            .addServlet("/ontology/*", new OntologyResource())
            .build()
            .start();
    SERVERS.add(server);
    return server;
  }

  static HttpResponse<String> get(String url, String accept) throws Exception {
    return send(url, accept, "GET");
  }

  static HttpResponse<String> send(String url, String accept, String method) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The Content-Type without spaces, in lower case (Jetty writes "text/html;charset=utf-8"). */
  private static String contentType(HttpResponse<?> r) {
    return r.headers()
        .firstValue("Content-Type")
        .orElse("")
        .replace(" ", "")
        .toLowerCase(Locale.ROOT);
  }

  private static Model parse(String body, Lang lang) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(body, lang).base(JP).parse(m);
    return m;
  }

  private static boolean ask(Model m, String where) {
    try (var qe = QueryExecutionFactory.create(PREFIXES + "ASK {" + where + "}", m)) {
      return qe.execAsk();
    }
  }

  @Test
  void turtle_japan_hasIsoCodesSameAsAndCspoParticipationWithEvidence() throws Exception {
    HttpResponse<String> r = get(base + "id/nation/JP", "text/turtle");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo("text/turtle;charset=utf-8");
    Model m = parse(r.body(), Lang.TURTLE);
    assertThat(r.body()).contains("@prefix nation:").contains("@prefix spkg:");
    assertThat(ask(m, "nation:JP spkg:isoAlpha2 \"JP\" ; spkg:isoAlpha3 \"JPN\""))
        .as(r.body())
        .isTrue();
    assertThat(ask(m, "nation:JP owl:sameAs <http://www.wikidata.org/entity/Q17>")).isTrue();
    String participation =
        "?p spkg:agent nation:JP ; spkg:role <https://w3id.org/spkg/id/role/member> ;"
            + " spkg:since \"2023-12\"^^xsd:gYearMonth ; spkg:evidence ?e ."
            + " ?e spkg:quote ?quote . FILTER(CONTAINS(?quote, 'Japan'))"
            + " FILTER(CONTAINS(STR(?p), 'program-cspo'))";
    assertThat(ask(m, participation)).as("CSpO participation with evidence").isTrue();
    assertThat(
            ask(
                m,
                "?cspo spkg:acronym 'CSpO' ; spkg:qualifiedParticipation ?p ."
                    + " ?p spkg:agent nation:JP"))
        .as("CSpO's link to the participation (program:cspo spkg:qualifiedParticipation ?p)")
        .isTrue();
  }

  static Stream<Arguments> mediaTypes() {
    return Stream.of(
        Arguments.of("text/turtle", "text/turtle", Lang.TURTLE),
        Arguments.of("application/ld+json", "application/ld+json", Lang.JSONLD),
        Arguments.of("application/rdf+xml", "application/rdf+xml", Lang.RDFXML),
        Arguments.of("application/n-triples", "application/n-triples", Lang.NTRIPLES),
        Arguments.of("*/*", "text/turtle", Lang.TURTLE),
        Arguments.of(null, "text/turtle", Lang.TURTLE),
        Arguments.of("application/*", "application/ld+json", Lang.JSONLD),
        Arguments.of("application/json", "application/ld+json", Lang.JSONLD),
        Arguments.of(
            "text/turtle;q=0.4, application/rdf+xml;q=0.8, */*;q=0.1",
            "application/rdf+xml",
            Lang.RDFXML),
        Arguments.of(
            "text/html;q=0.5, application/n-triples;q=0.9",
            "application/n-triples",
            Lang.NTRIPLES));
  }

  @ParameterizedTest(name = "Accept: {0}")
  @MethodSource("mediaTypes")
  void get_acceptHeader_givesTheSameDescriptionInTheNegotiatedSyntax(
      String accept, String expectedType, Lang lang) throws Exception {
    HttpResponse<String> r = get(base + "id/nation/JP", accept);
    HttpResponse<String> turtle = get(base + "id/nation/JP?format=ttl", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo(expectedType + ";charset=utf-8");
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
    assertThat(r.headers().firstValue("Content-Location"))
        .hasValue("/id/nation/JP?format=" + formatOf(expectedType));
    Graph got = parse(r.body(), lang).getGraph();
    Graph expected = parse(turtle.body(), Lang.TURTLE).getGraph();
    assertThat(got.isIsomorphicWith(expected))
        .as("%s%n--- expected ---%n%s", r.body(), turtle.body())
        .isTrue();
  }

  private static String formatOf(String mediaType) {
    return EntityResource.FORMATS.offers().stream()
        .filter(v -> v.mediaType().equals(mediaType))
        .findFirst()
        .orElseThrow()
        .format();
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("ttl", "text/turtle"),
        Arguments.of("turtle", "text/turtle"),
        Arguments.of("jsonld", "application/ld+json"),
        Arguments.of("json", "application/ld+json"),
        Arguments.of("rdf", "application/rdf+xml"),
        Arguments.of("xml", "application/rdf+xml"),
        Arguments.of("nt", "application/n-triples"),
        Arguments.of("ntriples", "application/n-triples"),
        Arguments.of("html", "text/html"));
  }

  @ParameterizedTest(name = "?format={0}")
  @MethodSource("formats")
  void get_formatParameter_overridesAccept(String format, String expectedType) throws Exception {
    HttpResponse<String> r =
        get(base + "id/nation/JP?format=" + format, "text/html,application/xml;q=0.9,*/*;q=0.8");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(contentType(r)).startsWith(expectedType + ";");
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
  }

  @Test
  void get_browser_getsAReadableEscapedPageWithLocalLinks() throws Exception {
    HttpResponse<String> r =
        get(base + "id/nation/JP", "text/html,application/xhtml+xml,*/*;q=0.8");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body())
        .contains("<h1>Japan</h1>")
        .contains("href=\"" + base + "id/program/cspo\"")
        .contains("href=\"http://www.wikidata.org/entity/Q17\"")
        .contains("href=\"?format=ttl\"");
  }

  @Test
  void get_hostileLabel_isShownAsText() throws Exception {
    HttpResponse<String> r = get(base + "id/test/hostile", "text/html");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
  }

  @Test
  void get_headers_sayWhereTheDocumentIsAndAllowEveryOrigin() throws Exception {
    HttpResponse<String> r = get(base + "id/nation/JP", "application/ld+json");

    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(r.headers().firstValue("Content-Location")).hasValue("/id/nation/JP?format=jsonld");
    assertThat(r.headers().firstValue("Link").orElseThrow())
        .contains("<" + JP + ">; rel=\"describes\"")
        .contains("</id/nation/JP?format=ttl>; rel=\"alternate\"; type=\"text/turtle\"")
        .contains("</id/nation/JP?format=html>; rel=\"alternate\"; type=\"text/html\"")
        .doesNotContain("format=jsonld");
  }

  @Test
  void get_sameEtag_isNotModified() throws Exception {
    HttpResponse<String> first = get(base + "id/nation/JP", "text/turtle");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpRequest again =
        HttpRequest.newBuilder(URI.create(base + "id/nation/JP"))
            .header("Accept", "text/turtle")
            .header("If-None-Match", etag)
            .build();

    HttpResponse<String> second = http.send(again, HttpResponse.BodyHandlers.ofString());

    assertThat(second.statusCode()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
    assertThat(get(base + "id/nation/JP", "application/n-triples").headers().firstValue("ETag"))
        .isNotEqualTo(etag);
  }

  @Test
  void head_answersTheHeadersOfGetWithoutABody() throws Exception {
    HttpResponse<String> got = get(base + "id/nation/JP", "text/turtle");
    HttpResponse<String> head = send(base + "id/nation/JP", "text/turtle", "HEAD");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    for (String h : new String[] {"Content-Type", "Vary", "Content-Location", "ETag"}) {
      assertThat(head.headers().firstValue(h)).as(h).isEqualTo(got.headers().firstValue(h));
    }
  }

  @Test
  void get_unknownIri_is404WithAHelpfulPage() throws Exception {
    HttpResponse<String> plain = get(base + "id/nation/XX", "text/turtle");
    HttpResponse<String> page = get(base + "id/nation/XX", "text/html");

    assertThat(plain.statusCode()).isEqualTo(404);
    assertThat(contentType(plain)).isEqualTo("text/plain;charset=utf-8");
    assertThat(plain.body())
        .contains("nothing in the spkg graph names\n  https://w3id.org/spkg/id/nation/XX")
        .contains(base + ".well-known/void");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(contentType(page)).isEqualTo("text/html;charset=utf-8");
    assertThat(page.body())
        .contains("<code>https://w3id.org/spkg/id/nation/XX</code>")
        .contains("href=\"" + base + ".well-known/void\"")
        .contains("href=\"" + base + "editor/\">query editor</a>");
  }

  @Test
  void get_wrongCase_suggestsTheKnownIri() throws Exception {
    HttpResponse<String> r = get(base + "id/nation/jp", "text/plain");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Did you mean " + base + "id/nation/JP");
  }

  @Test
  void get_unknownIriWithMarkupInThePath_isEscaped() throws Exception {
    HttpResponse<String> r = get(base + "id/%3Cscript%3Ex", "text/html");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("<script>");
  }

  @Test
  void get_nothingAcceptable_is406ListingWhatIsOffered() throws Exception {
    HttpResponse<String> r = get(base + "id/nation/JP", "image/png");

    assertThat(r.statusCode()).isEqualTo(406);
    assertThat(r.headers().allValues("Vary")).containsExactly("Accept");
    assertThat(r.body())
        .contains("image/png")
        .contains("text/turtle (?format=ttl, ?format=turtle)")
        .contains("text/html (?format=html)");
  }

  @Test
  void get_unknownFormat_is400ListingTheFormats() throws Exception {
    HttpResponse<String> r = get(base + "id/nation/JP?format=n3", null);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("Unknown format 'n3'").contains("?format=jsonld");
  }

  @Test
  void htmlRenderer_givenToTheServlet_rendersTheDescription() throws Exception {
    EntityResource.HtmlRenderer renderer =
        req ->
            "<p>"
                + req.iri()
                + " "
                + req.description().size()
                + " "
                + req.localUrl(req.iri()).orElseThrow()
                + "</p>";
    FusekiServer other = serve(new EntityResource(dsg, PublicBase.W3ID, renderer));
    try {
      String otherBase = "http://localhost:" + other.getHttpPort() + "/";
      HttpResponse<String> r = get(otherBase + "id/nation/JP", "text/html");
      int size = dsg.calculateRead(() -> EntityDescription.of(dsg, JP).size());

      assertThat(r.body())
          .isEqualTo("<p>" + JP + " " + size + " " + otherBase + "id/nation/JP</p>");
    } finally {
      other.stop();
    }
  }

  @Test
  void prefixes_nameTheEntityKindsAndVocabulariesUsed() {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(
            "<"
                + JP
                + "> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q17> .",
            Lang.NTRIPLES)
        .parse(g);

    assertThat(PublicBase.W3ID.prefixes(g))
        .containsEntry("nation", "https://w3id.org/spkg/id/nation/")
        .containsEntry("owl", "http://www.w3.org/2002/07/owl#")
        .containsEntry("wd", "http://www.wikidata.org/entity/")
        .doesNotContainKey("prov");
  }

  @Test
  void publicBase_mapsIrisToLocalUrlsAndBack() {
    PublicBase b = PublicBase.of("https://spkg.example.org/");
    String local = "http://localhost:3030/";

    assertThat(PublicBase.W3ID.toLocal(JP, local)).hasValue(local + "id/nation/JP");
    assertThat(PublicBase.W3ID.toPublic(local + "id/nation/JP", local)).hasValue(JP);
    assertThat(PublicBase.W3ID.toLocal("http://www.wikidata.org/entity/Q17", local)).isEmpty();
    assertThat(b.iri("/id/nation/JP")).isEqualTo("https://spkg.example.org/id/nation/JP");
    assertThat(b.toLocal(JP, local)).isEmpty();
  }

  @Test
  void publicBase_notAnHttpBaseEndingInSlash_isRefused() {
    for (String bad :
        new String[] {"https://w3id.org/spkg", "ftp://x.org/", "https://x.org/a?b/", "/spkg/"}) {
      assertThatThrownBy(() -> PublicBase.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got '" + bad + "'");
    }
  }
}
