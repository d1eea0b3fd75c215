package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.server.ontology.OntologyResource;
import org.w3id.spkg.vocab.OntologyFiles;

/** The ontology at {@code /ontology} over real HTTP: content negotiation, syntaxes, the context. */
class OntologyResourceTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path ONTOLOGY_FILE = TestFiles.ONTOLOGY.resolve("spkg.ttl");
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  private static FusekiServer server;
  private static URI base;

  @BeforeAll
  static void start() {
    OntologyResource resource = new OntologyResource(OntologyFiles.at(TestFiles.ONTOLOGY));
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .add("/spkg", DatasetGraphFactory.createTxnMem());
    OntologyResource.PATH_SPECS.forEach(spec -> builder.addServlet(spec, resource));
    server = builder.build().start();
    base = URI.create("http://localhost:" + server.getHttpPort() + "/");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  static Stream<Arguments> acceptHeaders() {
    return Stream.of(
        Arguments.of(null, "text/turtle"),
        Arguments.of("", "text/turtle"),
        Arguments.of("*/*", "text/turtle"),
        Arguments.of("text/*", "text/turtle"),
        Arguments.of("text/turtle", "text/turtle"),
        Arguments.of("application/rdf+xml", "application/rdf+xml"),
        Arguments.of("application/ld+json", "application/ld+json"),
        Arguments.of("application/json", "application/ld+json"),
        Arguments.of("text/html", "text/html"),
        Arguments.of("TEXT/HTML", "text/html"),
        Arguments.of("application/xhtml+xml", "text/html"),
        Arguments.of(BROWSER, "text/html"),
        Arguments.of("text/html;q=0.5, text/turtle;q=0.9", "text/turtle"),
        Arguments.of("application/rdf+xml;q=0.9, application/ld+json", "application/ld+json"),
        Arguments.of("text/*;q=0.3, text/html;q=0.7, */*;q=0.1", "text/html"),
        Arguments.of("text/turtle;q=0, */*", "application/rdf+xml"),
        Arguments.of(
            "text/*;q=0, application/*;q=0.2, application/ld+json;q=0.1", "application/rdf+xml"),
        Arguments.of("image/png, application/rdf+xml ; q=0.5 ; foo=bar", "application/rdf+xml"),
        Arguments.of("text/html;q=nonsense, application/ld+json;q=0.1", "application/ld+json"),
        Arguments.of("*/xml, text/html;q=0.4", "text/html"));
  }

  @ParameterizedTest(name = "Accept: {0}")
  @MethodSource("acceptHeaders")
  void ontology_answersWithTheTypeAcceptAsks(String accept, String expectedType) throws Exception {
    for (String path : new String[] {"ontology", "ontology/"}) {
      HttpResponse<byte[]> r = get(path, accept);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type"))
          .as(path)
          .hasValue(expectedType + ";charset=utf-8");
      assertThat(r.headers().allValues("Vary")).as(path).contains("Accept");
    }
  }

  @ParameterizedTest(name = "Accept: {0}")
  @MethodSource("unacceptable")
  void ontology_isNotAcceptable_whenAcceptRulesOutEveryType(String accept) throws Exception {
    HttpResponse<byte[]> r = get("ontology", accept);
    assertThat(r.statusCode()).isEqualTo(406);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("text/turtle", "?format=");
  }

  static Stream<String> unacceptable() {
    return Stream.of("application/pdf", "image/png, text/turtle;q=0", "*/*;q=0");
  }

  @ParameterizedTest(name = "?format={0}")
  @MethodSource("formats")
  void formatParameter_overridesAccept(String format, String expectedType) throws Exception {
    HttpResponse<byte[]> r = get("ontology?format=" + format, "text/turtle;q=0.1, text/html;q=0.2");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(expectedType + ";charset=utf-8");
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("ttl", "text/turtle"),
        Arguments.of("rdf", "application/rdf+xml"),
        Arguments.of("jsonld", "application/ld+json"),
        Arguments.of("html", "text/html"));
  }

  @Test
  void formatParameter_unknown_isABadRequestThatListsTheFormats() throws Exception {
    HttpResponse<byte[]> r = get("ontology?format=pdf", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("ttl|rdf|jsonld|nt|html");
  }

  @Test
  void turtle_isTheOntologyFileByteForByte() throws Exception {
    HttpResponse<byte[]> r = get("ontology", "text/turtle");
    assertThat(r.body()).isEqualTo(Files.readAllBytes(ONTOLOGY_FILE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rdfSyntaxes")
  void rdfSyntaxes_parseToTheOntologysGraph(String accept, Lang lang) throws Exception {
    HttpResponse<byte[]> r = get("ontology", accept);
    Graph served = RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).toGraph();
    Graph expected = RdfFileReader.readGraph(ONTOLOGY_FILE);
    assertThat(served.isIsomorphicWith(expected))
        .as(
            () ->
                "served "
                    + lang.getName()
                    + ":\n"
                    + turtle(served)
                    + "\nexpected:\n"
                    + turtle(expected))
        .isTrue();
  }

  static Stream<Arguments> rdfSyntaxes() {
    return Stream.of(
        Arguments.of("text/turtle", Lang.TURTLE),
        Arguments.of("application/rdf+xml", Lang.RDFXML),
        Arguments.of("application/ld+json", Lang.JSONLD));
  }

  @Test
  void termIri_resolvesToTheDocumentationWithTheTermsSection() throws Exception {
    // https://w3id.org/spkg/ontology#Nation: the browser asks for the document, keeps the fragment.
    HttpResponse<byte[]> r = get("ontology", BROWSER);
    String html = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("id=\"Nation\"", "href=\"?format=ttl\"", "href=\"ontology/context.jsonld\"");
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    String below = new String(get("ontology/", BROWSER).body(), StandardCharsets.UTF_8);
    assertThat(below).contains("href=\"context.jsonld\"");
    assertThat(base.resolve("ontology/").resolve("context.jsonld"))
        .isEqualTo(base.resolve("ontology").resolve("ontology/context.jsonld"));
  }

  @Test
  void unknownPathBelowTheOntology_isNotFound() throws Exception {
    assertThat(get("ontology/nothing.ttl", null).statusCode()).isEqualTo(404);
  }

  @Test
  void versionIri_answersAsTheOntology_andAnotherVersionIsNotFound() throws Exception {
    // owl:versionIRI <https://w3id.org/spkg/ontology/0.1.0> in ontology/spkg.ttl
    HttpResponse<byte[]> r = get("ontology/0.1.0", "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(Files.readAllBytes(ONTOLOGY_FILE));
    String html = new String(get("ontology/0.1.0", BROWSER).body(), StandardCharsets.UTF_8);
    assertThat(html).contains("id=\"Nation\"", "href=\"context.jsonld\"");
    HttpResponse<byte[]> other = get("ontology/9.9.9", "text/turtle");
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(new String(other.body(), StandardCharsets.UTF_8))
        .contains("the version IRI /ontology/0.1.0");
  }

  @Test
  void context_mapsEveryDeclaredTermWithItsKind() throws Exception {
    HttpResponse<byte[]> r = get("ontology/context.jsonld", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("application/ld+json;charset=utf-8");
    JsonObject context = JSON.parse(new ByteArrayInputStream(r.body())).getObj("@context");
    // No "@version": 1.1, which JSON-LD 1.0 processors refuse; the context needs no 1.1 feature.
    assertThat(context.hasKey("@version")).isFalse();
    Model ontology = OntologyFiles.at(TestFiles.ONTOLOGY).ontology();
    ontology
        .getNsPrefixMap()
        .forEach((prefix, ns) -> assertThat(string(context.get(prefix))).as(prefix).isEqualTo(ns));
    int declared = 0;
    for (Resource type : Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
      for (Resource term : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
        if (!term.getURI().startsWith(OntologyResource.NAMESPACE)) {
          continue;
        }
        declared++;
        String name = term.getLocalName();
        String curie = "spkg:" + name;
        assertThat(context.hasKey(name)).as(name).isTrue();
        JsonValue definition = context.get(name);
        if (type.equals(OWL.Class)) {
          assertThat(string(definition)).as(name).isEqualTo(curie);
          continue;
        }
        JsonObject d = definition.getAsObject();
        assertThat(string(d.get("@id"))).as(name).isEqualTo(curie);
        Resource range = term.getPropertyResourceValue(RDFS.range);
        if (type.equals(OWL.ObjectProperty)) {
          assertThat(string(d.get("@type"))).as(name).isEqualTo("@id");
        } else if (range != null && range.equals(RDF.langString)) {
          assertThat(string(d.get("@container"))).as(name).isEqualTo("@language");
        } else if (range != null && range.equals(XSD.xstring)) {
          // A plain string is an xsd:string; typing the term would stop it compacting (#16 item 6).
          assertThat(d.hasKey("@type")).as(name).isFalse();
        } else if (range != null) {
          assertThat(string(d.get("@type"))).as(name).isEqualTo(ontology.qnameFor(range.getURI()));
        } else {
          assertThat(d.hasKey("@type")).as(name).isFalse();
        }
      }
    }
    assertThat(declared).isGreaterThanOrEqualTo(90);
  }

  @Test
  void context_letsJenaReadAJsonLdDocument() throws Exception {
    String context =
        new String(get("ontology/context.jsonld", null).body(), StandardCharsets.UTF_8);
    String inner = context.substring(context.indexOf('{', 1), context.lastIndexOf('}'));
    String document =
        """
        {"@context": %s,
         "@id": "https://w3id.org/spkg/id/nation/JP",
         "type": "Nation",
         "isoAlpha2": "JP",
         "adjective": {"en": "Japanese"},
         "inRegion": "https://w3id.org/spkg/id/region/asia",
         "acronym": "JPN",
         "rdfs:label": {"@value": "Japan", "@language": "en"},
         "qualifiedParticipation": {
           "type": "Participation",
           "agent": "https://w3id.org/spkg/id/nation/JP",
           "role": "https://w3id.org/spkg/id/role/signatory",
           "since": {"@value": "2020-10", "@type": "xsd:gYearMonth"}
         },
         "evidence": {"id": "https://example.org/evidence/1", "confidence": "0.9", "quote": "Japan"}
        }
        """
            .formatted(inner);
    Graph read = RDFParser.fromString(document, Lang.JSONLD).toGraph();
    Graph expected =
        RDFParser.fromString(
                """
                PREFIX spkg: <https://w3id.org/spkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
                <https://w3id.org/spkg/id/nation/JP> a spkg:Nation ;
                  spkg:isoAlpha2 "JP" ;
                  spkg:adjective "Japanese"@en ;
                  spkg:inRegion <https://w3id.org/spkg/id/region/asia> ;
                  spkg:acronym "JPN" ;
                  rdfs:label "Japan"@en ;
                  spkg:qualifiedParticipation [ a spkg:Participation ;
                    spkg:agent <https://w3id.org/spkg/id/nation/JP> ;
                    spkg:role <https://w3id.org/spkg/id/role/signatory> ;
                    spkg:since "2020-10"^^xsd:gYearMonth ] ;
                  spkg:evidence <https://example.org/evidence/1> .
                <https://example.org/evidence/1> spkg:confidence 0.9 ; spkg:quote "Japan" .
                """,
                Lang.TURTLE)
            .toGraph();
    assertThat(read.isIsomorphicWith(expected))
        .as(() -> "read:\n" + turtle(read) + "\nexpected:\n" + turtle(expected))
        .isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "ontology, application/n-triples",
    "ontology, text/plain",
    "ontology?format=nt, ",
    "ontology/0.1.0, application/n-triples"
  })
  void ontology_answersNTriples_theSameGraph(String path, String accept) throws Exception {
    HttpResponse<byte[]> r = get(path, accept);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("application/n-triples;charset=utf-8");
    Graph nt =
        RDFParser.fromString(new String(r.body(), StandardCharsets.UTF_8), Lang.NTRIPLES).toGraph();
    Graph ttl = RDFParser.source(ONTOLOGY_FILE).toGraph();
    assertThat(nt.isIsomorphicWith(ttl)).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "ontology, text/turtle, /ontology?format=ttl",
    "ontology, text/html, /ontology?format=html",
    "ontology/, application/ld+json, /ontology/?format=jsonld",
    "ontology, application/n-triples, /ontology?format=nt"
  })
  void ontology_sendsContentLocationAndETag_andAnswers304ToIfNoneMatch(
      String path, String accept, String location) throws Exception {
    HttpResponse<byte[]> r = get(path, accept);
    assertThat(r.headers().firstValue("Content-Location")).hasValue(location);
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).startsWith("\"");
    HttpResponse<byte[]> again =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", accept)
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<byte[]> other =
        get(path, "text/turtle".equals(accept) ? "text/html" : "text/turtle");
    assertThat(other.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
  }

  private static String string(JsonValue v) {
    return v == null || !v.isString() ? String.valueOf(v) : v.getAsString().value();
  }

  private static String turtle(Graph g) {
    java.io.StringWriter out = new java.io.StringWriter();
    RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
    return out.toString();
  }

  private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
