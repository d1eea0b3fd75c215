package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.store.StoreContent.document;
import static org.w3id.spkg.store.StoreContent.turtle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.InputException;
import org.w3id.spkg.packs.ResultFormat;

class SpkgStoreQueryTest {

  /** Who participates in which partnership, and that participant's label: two graphs joined. */
  static final String ACROSS_GRAPHS =
      """
      SELECT ?partnership ?label WHERE {
        ?partnership spkg:participant ?agency .
        ?agency rdfs:label ?label .
      }
      """;

  @TempDir static Path dir;
  static SpkgStore store;

  @BeforeAll
  static void fill() {
    store = SpkgStore.open(dir.resolve("store"));
    store.replaceDocument(
        document(
            "alpha",
            turtle(
                "program:lrp a spkg:Partnership ; rdfs:label \"Lunar Relay Partnership\"@en ;"
                    + " spkg:participant agency:ksa .")));
    store.replaceDocument(document("beta", turtle(SpkgStoreTest.BETA)));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void select_seesTheUnionOfTheGraphsAsItsDefaultGraph() {
    ResultSet results = select(ACROSS_GRAPHS, ResultFormat.json);
    assertThat(results.next().getLiteral("label").getString()).isEqualTo("Kenya Space Agency");
    assertThat(results.hasNext()).isFalse();
  }

  @Test
  void select_asCsvTsvAndJson_isReadBackByJena() {
    for (ResultFormat format : List.of(ResultFormat.csv, ResultFormat.tsv, ResultFormat.json)) {
      ResultSet results = select(ACROSS_GRAPHS, format);
      assertThat(results.getResultVars()).as(format.name()).containsExactly("partnership", "label");
      assertThat(results.next().get("label").toString()).contains("Kenya Space Agency");
    }
  }

  @Test
  void select_asTable_shortensIrisWithOurPrefixes() {
    String table = run("SELECT ?type { ?x a ?type } ORDER BY ?type", ResultFormat.table);
    assertThat(table).contains("| type ").contains("spkg:Agency").contains("spkg:Partnership");
  }

  @Test
  void ask_answersInEachFormat() {
    String ask = "ASK { ?x spkg:acronym \"KSA\" }";
    assertThat(run(ask, ResultFormat.table)).containsIgnoringCase("yes");
    assertThat(run(ask, ResultFormat.json)).contains("\"boolean\" : true");
    assertThat(run(ask, ResultFormat.csv)).contains("true");
    assertThat(run("ASK { ?x spkg:acronym \"NONE\" }", ResultFormat.tsv)).contains("false");
  }

  @Test
  void construct_andDescribe_areTurtle() {
    String text =
        run(
            "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x spkg:acronym \"KSA\" ; rdfs:label ?l }",
            null);
    Graph graph = RDFParser.fromString(text, Lang.TURTLE).toGraph();
    StoreContent.assertIsomorphic(
        graph, turtle("agency:ksa rdfs:label \"Kenya Space Agency\"@en ."));
    assertThat(text).startsWith("@prefix");

    String described = run("DESCRIBE <https://w3id.org/spkg/id/agency/ksa>", ResultFormat.csv);
    assertThat(RDFParser.fromString(described, Lang.TURTLE).toGraph().size()).isEqualTo(4);
  }

  @Test
  void queryThatDoesNotParse_failsWithSourceLineAndColumn() {
    assertThatThrownBy(() -> run("SELECT ?x\nWHERE { ?x ?p }", ResultFormat.table, "q.rq"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("q.rq:2:")
        .hasMessageContaining("not a SPARQL query")
        .satisfies(e -> assertThat(((InputException) e).column()).isPositive());
  }

  @Test
  void unknownPrefix_failsNamingIt() {
    assertThatThrownBy(() -> run("SELECT * { ?x foaf:name ?n }", ResultFormat.table, "query"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("query:1:")
        .hasMessageContaining("foaf:name");
  }

  private static ResultSet select(String query, ResultFormat format) {
    String text = run(query, format);
    Lang lang =
        switch (format) {
          case csv -> ResultSetLang.RS_CSV;
          case tsv -> ResultSetLang.RS_TSV;
          default -> ResultSetLang.RS_JSON;
        };
    return ResultSetMgr.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lang);
  }

  private static String run(String query, ResultFormat format) {
    return run(query, format == null ? ResultFormat.table : format, "query");
  }

  private static String run(String query, ResultFormat format, String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.query(query, source, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
