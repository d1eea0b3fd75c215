package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackRunnerTest {

  private static final String EX = "http://example.org/";

  /** Two things in two regions, and a secret in another graph that no query should reveal. */
  static DatasetGraph data() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(
            """
            PREFIX ex: <http://example.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            ex:a ex:in ex:r1 ; ex:since "2020-01-01"^^xsd:date ; ex:name "A" .
            ex:b ex:in ex:r2 ; ex:since "2024-01-01"^^xsd:date ; ex:name "B" .
            ex:c ex:in ex:r1 ; ex:name "C" .
            GRAPH ex:private { ex:secret ex:password "hunter2" }
            """,
            Lang.TRIG)
        .parse(dsg);
    return dsg;
  }

  private static final PackRunner RUNNER = new PackRunner(QueryTarget.dataset(data(), "test data"));

  private static PackQuery query(String header, String body) {
    return PackQuery.parse(
        "p", Path.of("p/01-q.rq"), "p/01-q.rq", header + "\nPREFIX ex: <" + EX + ">\n" + body);
  }

  private static final PackQuery IN_REGION =
      query(
          "#+ summary: things in a region, since a date\n"
              + "#+ defaults:\n#+   - region: http://example.org/r1\n"
              + "#+ enumerate:\n#+   - region\n",
          """
          SELECT ?s WHERE {
            ?s ex:in ?_region_iri .
            OPTIONAL { ?s ex:since ?since }
            FILTER(!BOUND(?__from_xsd_date) || (BOUND(?since) && ?since >= ?__from_xsd_date))
          } ORDER BY ?s
          """);

  private static final PackQuery BY_NAME =
      query(
          "#+ summary: a thing by name\n",
          "SELECT ?s ?name WHERE { ?s ex:name ?name . FILTER(?name = ?_name) }");

  private static List<String> subjects(PackResult r) {
    return r.table().rows().stream().map(b -> b.get("s").getURI().substring(EX.length())).toList();
  }

  @Test
  void defaults_apply_andOptionalParametersStayUnbound() {
    PackResult r = RUNNER.run(IN_REGION, Map.of());
    assertThat(subjects(r)).containsExactly("a", "c");
    assertThat(r.bound().values()).containsOnlyKeys("region");
  }

  @Test
  void givenValues_replaceDefaults_andOptionalOnesNarrow() {
    assertThat(subjects(RUNNER.run(IN_REGION, Map.of("region", EX + "r2")))).containsExactly("b");
    assertThat(subjects(RUNNER.run(IN_REGION, Map.of("from", "2021-06-01")))).containsExactly();
    assertThat(subjects(RUNNER.run(IN_REGION, Map.of("from", "2019-06-01")))).containsExactly("a");
    assertThat(subjects(RUNNER.run(IN_REGION, Map.of("from", "")))).containsExactly("a", "c");
  }

  @Test
  void requiredWithoutValue_unknownParameter_andNotAllowedValue_areRefused() {
    assertThatThrownBy(() -> RUNNER.run(BY_NAME, Map.of()))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("parameter 'name' is required: give a string");
    assertThatThrownBy(() -> RUNNER.run(BY_NAME, Map.of("name", "A", "colour", "red")))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("'colour' is not a parameter of p/01-q; its parameters are name");
    assertThatThrownBy(() -> RUNNER.run(IN_REGION, Map.of("region", EX + "r3")))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("parameter 'region' does not allow 'http://example.org/r3'")
        .hasMessageContaining("allowed: <http://example.org/r1>, <http://example.org/r2>");
  }

  @Test
  void enumeration_fromTheGraph_andFromTheFile() {
    assertThat(RUNNER.allowedValues(IN_REGION, IN_REGION.parameter("region").orElseThrow()))
        .containsExactly(NodeFactory.createURI(EX + "r1"), NodeFactory.createURI(EX + "r2"));
    PackQuery listed =
        query(
            "#+ summary: s\n#+ enumerate:\n#+   - name:\n#+     - A\n#+     - B\n",
            "SELECT ?s WHERE { ?s ex:name ?_name }");
    assertThat(subjects(RUNNER.run(listed, Map.of("name", "B")))).containsExactly("b");
    assertThatThrownBy(() -> RUNNER.run(listed, Map.of("name", "C")))
        .hasMessageContaining("does not allow 'C'; allowed: A, B");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A\" } ?s ?p ?o . FILTER(\"1\" = \"1",
        "x\" } ; DROP ALL #",
        "A\") || true || (\"",
        "A\"\n} UNION { GRAPH ?g { ?s ?p ?name } } #"
      })
  void injectedText_staysOneLiteral_andLeaksNothing(String attack) {
    PackResult r = RUNNER.run(BY_NAME, Map.of("name", attack));
    assertThat(r.table().rows()).isEmpty();
    Query bound = r.bound().query();
    assertThat(r.bound().values().get("name")).isEqualTo(NodeFactory.createLiteralString(attack));
    // Sent as text to an endpoint, it parses back to the same query: the shape cannot change.
    assertThat(QueryFactory.create(r.bound().text())).isEqualTo(bound);
    List<Element> elements = new java.util.ArrayList<>();
    ElementWalker.walk(
        bound.getQueryPattern(),
        new ElementVisitorBase() {
          @Override
          public void visit(ElementUnion el) {
            elements.add(el);
          }

          @Override
          public void visit(ElementNamedGraph el) {
            elements.add(el);
          }
        });
    assertThat(elements).as("no UNION or GRAPH got into the query").isEmpty();
  }

  @Test
  void injectedIri_isRefusedBeforeAnythingRuns() {
    for (String attack : List.of("> . ?s ?p ?o . <", "http://example.org/r1> . ?s ?p ?o . <x:y")) {
      assertThatThrownBy(() -> RUNNER.run(IN_REGION, Map.of("region", attack)))
          .isInstanceOf(ParameterException.class)
          .hasMessageContaining("parameter 'region' must be an IRI");
    }
  }

  @Test
  void pagination_pagesWithLimitAndOffset() {
    PackQuery paged =
        query(
            "#+ summary: s\n#+ pagination: 2\n",
            "SELECT ?s WHERE { ?s ex:name ?name } ORDER BY ?s");
    assertThat(subjects(RUNNER.run(paged, Map.of()))).containsExactly("a", "b");
    assertThat(subjects(RUNNER.run(paged, Map.of("page", "2")))).containsExactly("c");
    assertThat(subjects(RUNNER.run(paged, Map.of("page", "3")))).isEmpty();
    assertThatThrownBy(() -> RUNNER.run(paged, Map.of("page", "0")))
        .hasMessageContaining("parameter 'page' must be a whole number from 1; got '0'");
    assertThatThrownBy(() -> RUNNER.run(BY_NAME, Map.of("name", "A", "page", "2")))
        .hasMessageContaining("has no pagination");
  }

  @Test
  void headerTimeout_stopsALongQuery_andTheRunnerCapsIt() {
    PackQuery slow =
        query(
            "#+ summary: s\n#+ timeout: 100ms\n",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o ."
                + " ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }");
    assertThatThrownBy(() -> RUNNER.run(slow, Map.of()))
        .isInstanceOf(QueryTarget.QueryTimeoutException.class)
        .hasMessageContaining("longer than its time limit of 100 ms");
    PackRunner strict = new PackRunner(RUNNER.target(), Duration.ofMillis(50));
    assertThat(strict.timeout(slow)).isEqualTo(Duration.ofMillis(50));
    assertThat(strict.timeout(BY_NAME)).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void endpointTarget_answersAsTheDatasetDoes() {
    FusekiServer server =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .add("/ds", DatasetFactory.wrap(data()), false)
            .build()
            .start();
    try {
      PackRunner remote =
          new PackRunner(
              QueryTarget.endpoint("http://127.0.0.1:" + server.getHttpPort() + "/ds/sparql"));
      for (Map<String, String> values :
          List.of(
              Map.<String, String>of(),
              Map.of("region", EX + "r2"),
              Map.of("from", "2019-01-01"))) {
        assertThat(remote.run(IN_REGION, values).table())
            .isEqualTo(RUNNER.run(IN_REGION, values).table());
      }
      PackResult attacked = remote.run(BY_NAME, Map.of("name", "x\" } ?s ?p ?o #"));
      assertThat(attacked.table().rows()).isEmpty();
      List<Node> regions =
          remote.allowedValues(IN_REGION, IN_REGION.parameter("region").orElseThrow());
      assertThat(regions).hasSize(2);
    } finally {
      server.stop();
    }
  }
}
