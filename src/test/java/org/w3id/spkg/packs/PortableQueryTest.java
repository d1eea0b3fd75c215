package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;

class PortableQueryTest {

  private static List<String> problems(String query) {
    return PortableQuery.problems(QueryFactory.create(query), false);
  }

  private static List<String> problemsPaginated(String query) {
    return PortableQuery.problems(QueryFactory.create(query), true);
  }

  @Test
  void sample_isReported() {
    assertThat(problems("SELECT ?s (SAMPLE(?o) AS ?x) { ?s ?p ?o } GROUP BY ?s"))
        .singleElement()
        .asString()
        .startsWith("SAMPLE");
  }

  @Test
  void groupConcat_isReported_evenDistinctAndInASubquery() {
    assertThat(
            problems(
                "SELECT * { { SELECT ?s (GROUP_CONCAT(DISTINCT ?o) AS ?x) { ?s ?p ?o } GROUP BY ?s"
                    + " } }"))
        .singleElement()
        .asString()
        .startsWith("GROUP_CONCAT");
  }

  @Test
  void volatileFunctions_areReported() {
    assertThat(
            problems(
                "SELECT ?s ?r ?n ?u ?b { ?s ?p ?o BIND (RAND() AS ?r) BIND (NOW() AS ?n)"
                    + " BIND (STRUUID() AS ?u) BIND (BNODE() AS ?b) FILTER (?o != UUID()) }"))
        .hasSize(5)
        .anySatisfy(p -> assertThat(p).startsWith("RAND()"))
        .anySatisfy(p -> assertThat(p).startsWith("NOW()"))
        .anySatisfy(p -> assertThat(p).startsWith("UUID()"))
        .anySatisfy(p -> assertThat(p).startsWith("STRUUID()"))
        .anySatisfy(p -> assertThat(p).startsWith("BNODE()"));
  }

  @Test
  void orderByThatLeavesTies_isReported_withTheVariablesMissing() {
    assertThat(problemsPaginated("SELECT ?s ?name ?o { ?s ?name ?o } ORDER BY STR(?name)"))
        .singleElement()
        .asString()
        .contains("add ?s ?o as sort keys");
  }

  @Test
  void paginatedQueryWithoutOrderBy_isReported() {
    assertThat(problemsPaginated("SELECT ?s { ?s ?p ?o }"))
        .singleElement()
        .asString()
        .contains("ORDER BY");
  }

  @Test
  void tiesInAQueryRunWhole_areReported_andAQueryWithoutOrderBy_isFine() {
    assertThat(problems("SELECT ?s ?o { ?s ?p ?o } ORDER BY ?s"))
        .singleElement()
        .asString()
        .contains("add ?o as sort keys")
        .doesNotContain("pages");
    assertThat(problems("SELECT ?s ?o { ?s ?p ?o }")).isEmpty();
  }

  @Test
  void orderByEveryProjectedVariable_isTotal() {
    String query =
        "SELECT ?s ?name (COUNT(*) AS ?n) { ?s ?p ?name } GROUP BY ?s ?name"
            + " ORDER BY DESC(?n) STR(?name) ?s";
    assertThat(problemsPaginated(query)).isEmpty();
    assertThat(PortableQuery.ordersTotally(QueryFactory.create(query))).isTrue();
  }

  @Test
  void minMaxCountAndUnorderedQueries_areFine() {
    assertThat(
            problems(
                "SELECT ?s (MIN(?o) AS ?a) (MAX(?o) AS ?b) (COUNT(DISTINCT ?o) AS ?c)"
                    + " { ?s ?p ?o } GROUP BY ?s"))
        .isEmpty();
  }

  @Test
  void orderByALanguageTaggedLabel_isReported_strOfItIsFine() {
    Var name = Var.alloc("name");
    ResultTable answer =
        new ResultTable(
            List.of(name),
            List.of(
                BindingFactory.binding(name, NodeFactory.createLiteralLang("Japan", "en")),
                BindingFactory.binding(name, NodeFactory.createLiteralLang("Italy", "en"))),
            null);

    assertThat(
            PortableQuery.orderProblems(
                QueryFactory.create("SELECT ?name { ?s ?p ?name } ORDER BY ?name"), answer))
        .singleElement()
        .asString()
        .contains("language-tagged", "sort on STR(?name)");
    assertThat(
            PortableQuery.orderProblems(
                QueryFactory.create("SELECT ?name { ?s ?p ?name } ORDER BY STR(?name)"), answer))
        .isEmpty();
  }

  @Test
  void orderByNumbers_isFine_numbersMixedWithStrings_isReported() {
    Var v = Var.alloc("v");
    Query query = QueryFactory.create("SELECT ?v { ?s ?p ?v } ORDER BY ?v");
    ResultTable numbers =
        new ResultTable(
            List.of(v),
            List.of(
                BindingFactory.binding(v, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger)),
                BindingFactory.binding(
                    v, NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdecimal))),
            null);
    assertThat(PortableQuery.orderProblems(query, numbers)).isEmpty();

    ResultTable mixed =
        new ResultTable(
            List.of(v),
            List.of(
                BindingFactory.binding(v, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger)),
                BindingFactory.binding(v, NodeFactory.createLiteralString("one"))),
            null);
    assertThat(PortableQuery.orderProblems(query, mixed))
        .singleElement()
        .asString()
        .contains("numeric and string");
  }

  @Test
  void everyPackQuery_isPortable() {
    Map<String, List<String>> problems = new TreeMap<>();
    for (Pack pack : QueryPacks.read(TestFiles.QUERIES).packs()) {
      for (PackQuery q : pack.queries()) {
        List<String> found = PortableQuery.problems(q);
        if (!found.isEmpty()) {
          problems.put(q.id(), found);
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
