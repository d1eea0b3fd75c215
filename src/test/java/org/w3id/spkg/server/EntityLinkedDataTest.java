package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.jsonldjava.core.DocumentLoader;
import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.ontology.OntologyResource;
import org.w3id.spkg.server.pages.EntityResource;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * Entity descriptions as linked data (issue #16 items 6 and 7): JSON-LD read by a JSON-LD processor
 * other than the one that wrote it (jsonld-java; the server writes with Titanium) names the
 * published context by its URL, expands and compacts with it to short keys only, and holds the same
 * triples as the Turtle answer; every description names its document, the dataset and the licence;
 * Turtle starts with the entity's own block; text/plain, text/n3 and application/xml are answered.
 */
@SuppressWarnings("unchecked")
class EntityLinkedDataTest {

  private static final String SEED_DOCUMENT =
      "2023-12-20-fact-sheet-strengthening-us-international-space-partnerships";

  private static ServedStore served;
  private static FusekiServer server;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    served = ServedStore.seeded("spkg-entity-linked-data-test");
    server =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .add("/spkg", served.dsg)
            .addServlet(
                EntityResource.PATH_SPEC,
                new EntityResource(served.dsg, PublicBase.W3ID, TriplePage::render))
            .addServlet("/ontology/*", new OntologyResource())
            .build()
            .start();
    base = ServedStore.base(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (served != null) {
      served.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "id/nation/JP",
        "id/agency/nasa",
        "id/role/lead",
        "id/program/artemis",
        "id/scheme/roles",
        "id/region/asia",
        "id/person/biden",
        "id/rule/possessive-action",
        "id/event/agency-nspc-meeting-3",
        "id/document/%s",
        "id/quantity/%s/10",
        "id/evidence/%s/14491-14849.planned-milestone",
        "id/initiative/%s/reducing-the-carbon-footprint-of-astronomy"
      })
  void jsonLd_compactsWithThePublishedContext_toShortKeysAndTheTurtleTriples(String pattern)
      throws Exception {
    String path = pattern.formatted(SEED_DOCUMENT);
    HttpResponse<String> r = get(path, "application/ld+json");
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    String contextUrl = base + "ontology/context.jsonld";
    Object document = JsonUtils.fromString(r.body());
    assertThat(((Map<?, ?>) document).get("@context")).isEqualTo(contextUrl);
    JsonLdOptions options = options(contextUrl);

    Object expanded = JsonLdProcessor.expand(document, options);
    Map<String, Object> compacted = JsonLdProcessor.compact(expanded, contextUrl, options);

    Set<String> keys = new TreeSet<>();
    collectKeys(compacted, keys);
    assertThat(
            keys.stream().filter(k -> !k.startsWith("@") && (k.contains(":") || k.contains("/"))))
        .as("keys with a prefix or an IRI in %s:%n%s", path, JsonUtils.toPrettyString(compacted))
        .isEmpty();
    Set<String> served = new TreeSet<>();
    collectKeys(document, served);
    assertThat(
            served.stream().filter(k -> !k.startsWith("@") && (k.contains(":") || k.contains("/"))))
        .as("keys with a prefix or an IRI as served at %s", path)
        .isEmpty();
    assertThat(keys).contains("label", "type");

    Graph fromJsonLd = graph((String) JsonLdProcessor.toRDF(compacted, options(contextUrl, true)));
    Graph turtle = RDFParser.fromString(get(path, "text/turtle").body(), Lang.TURTLE).toGraph();
    assertThat(fromJsonLd.isIsomorphicWith(turtle))
        .as(
            "JSON-LD read by jsonld-java:%n%s%n--- Turtle answer ---%n%s",
            write(fromJsonLd), write(turtle))
        .isTrue();
  }

  @Test
  void description_namesItsDocumentTheDatasetAndTheLicence() throws Exception {
    Model m = model(get("id/nation/JP", "text/turtle").body(), Lang.TURTLE);
    String doc = base + "id/nation/JP";
    String ask =
        """
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX void: <http://rdfs.org/ns/void#>
        PREFIX dct:  <http://purl.org/dc/terms/>
        ASK {
          <https://w3id.org/spkg/id/nation/JP> foaf:isPrimaryTopicOf <%1$s> .
          <%1$s> a foaf:Document ; foaf:primaryTopic <https://w3id.org/spkg/id/nation/JP> ;
            void:inDataset <https://w3id.org/spkg/void#dataset> ;
            dct:license <https://creativecommons.org/licenses/by/4.0/> .
        }
        """
            .formatted(doc);
    try (QueryExecution qe = QueryExecutionFactory.create(ask, m)) {
      assertThat(qe.execAsk()).as(ask).isTrue();
    }
  }

  @Test
  void turtle_startsWithTheEntitysOwnBlock() throws Exception {
    String turtle = get("id/nation/JP", "text/turtle").body();
    List<String> statements =
        turtle.lines().filter(l -> !l.isBlank() && !l.startsWith("@prefix")).toList();
    assertThat(statements.get(0)).as(turtle).startsWith("nation:JP ");
    assertThat(turtle).contains("@prefix void:").contains("void:inDataset");
    assertThat(get("id/nation/JP", "text/turtle").body()).isEqualTo(turtle);
  }

  @ParameterizedTest(name = "Accept: {0}")
  @CsvSource({
    "text/plain, application/n-triples, N-TRIPLES",
    "text/n3, text/turtle, TURTLE",
    "application/xml, application/rdf+xml, RDF/XML"
  })
  void moreMediaTypes_getTheirRdfSyntax(String accept, String type, String lang) throws Exception {
    HttpResponse<String> r = get("id/nation/JP", accept);
    assertThat(r.statusCode()).as(accept).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(type);
    Graph got = model(r.body(), RDFLanguages.nameToLang(lang)).getGraph();
    Graph turtle = model(get("id/nation/JP", "text/turtle").body(), Lang.TURTLE).getGraph();
    assertThat(got.isIsomorphicWith(turtle)).as(r.body()).isTrue();
  }

  private static Model model(String body, Lang lang) {
    return ModelFactory.createModelForGraph(RDFParser.fromString(body, lang).base(base).toGraph());
  }

  /**
   * Every property and class the store uses outside the meta graph has a term, and the term fits
   * every value: IRIs coerced to {@code @id}, plain and language strings not typed, other literals
   * typed with their own datatype or not at all. So every entity's description compacts to terms.
   */
  @Test
  void context_hasAFittingTermForEveryPropertyAndClassTheDataUses() throws Exception {
    Map<String, Object> context =
        (Map<String, Object>)
            ((Map<String, Object>)
                    JsonUtils.fromString(get("ontology/context.jsonld", null).body()))
                .get("@context");
    Map<String, Map<String, Object>> byIri = new HashMap<>();
    context.forEach(
        (name, definition) -> {
          Map<String, Object> d =
              definition instanceof Map<?, ?> m
                  ? new HashMap<>((Map<String, Object>) m)
                  : new HashMap<>(Map.of("@id", definition));
          String id = expand(context, (String) d.get("@id"));
          boolean prefix = id.endsWith("/") || id.endsWith("#");
          if (!name.startsWith("@") && !id.startsWith("@") && !prefix) {
            d.put("name", name);
            byIri.putIfAbsent(id, d);
          }
        });
    List<String> problems = new ArrayList<>();
    Node meta = NodeFactory.createURI(NamedGraphs.META);
    served.dsg.executeRead(
        () ->
            served
                .dsg
                .find()
                .forEachRemaining(
                    q -> {
                      if (q.getGraph().equals(meta)) {
                        return;
                      }
                      Node p = q.getPredicate();
                      Node o = q.getObject();
                      if (p.equals(RDF.type.asNode())) {
                        if (!byIri.containsKey(o.getURI())) {
                          problems.add("no term for the class " + o.getURI());
                        }
                        return;
                      }
                      Map<String, Object> term = byIri.get(p.getURI());
                      if (term == null) {
                        problems.add("no term for the property " + p.getURI());
                      } else if (!fits(context, term, o)) {
                        problems.add("term " + term.get("name") + " does not fit " + o);
                      }
                    }));
    assertThat(new TreeSet<>(problems)).isEmpty();
  }

  private static boolean fits(Map<String, Object> context, Map<String, Object> term, Node o) {
    Object type = term.get("@type");
    if (o.isURI() || o.isBlank()) {
      return "@id".equals(type);
    }
    if (term.containsKey("@container")) {
      return !o.getLiteralLanguage().isEmpty();
    }
    String datatype = o.getLiteralDatatypeURI();
    if (!o.getLiteralLanguage().isEmpty() || datatype.equals(XSD.xstring.getURI())) {
      return type == null;
    }
    return type == null || expand(context, (String) type).equals(datatype);
  }

  private static String expand(Map<String, Object> context, String compact) {
    int colon = compact.indexOf(':');
    if (colon > 0 && context.get(compact.substring(0, colon)) instanceof String ns) {
      return ns + compact.substring(colon + 1);
    }
    return compact;
  }

  private static JsonLdOptions options(String contextUrl) throws Exception {
    return options(contextUrl, false);
  }

  /** jsonld-java, reading the context from this test's server once, never from the network. */
  private static JsonLdOptions options(String contextUrl, boolean nquads) throws Exception {
    DocumentLoader loader = new DocumentLoader();
    loader.addInjectedDoc(contextUrl, get("ontology/context.jsonld", null).body());
    JsonLdOptions options = new JsonLdOptions();
    options.setDocumentLoader(loader);
    if (nquads) {
      options.format = "application/n-quads";
    }
    return options;
  }

  private static void collectKeys(Object json, Set<String> keys) {
    if (json instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (!"@context".equals(k)) {
              keys.add((String) k);
              collectKeys(v, keys);
            }
          });
    } else if (json instanceof List<?> list) {
      list.forEach(v -> collectKeys(v, keys));
    }
  }

  private static Graph graph(String nquads) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(nquads, Lang.NQUADS).toGraph().find().forEachRemaining(g::add);
    return g;
  }

  private static String write(Graph g) {
    StringWriter out = new StringWriter();
    RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
    return out.toString();
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
