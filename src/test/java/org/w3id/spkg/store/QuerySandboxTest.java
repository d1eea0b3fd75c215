package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Queries on a dataset with the {@link QuerySandbox}: every regular expression stops at the query's
 * time limit, the regex functions answer as Jena's do, and no function is loaded by class name.
 */
class QuerySandboxTest {

  /** A pattern that backtracks for hours over {@link #SIXTY_AS}. */
  private static final String HOURS = "^(.*a){20}b$";

  private static final String SIXTY_AS = "a".repeat(60);

  private DatasetGraph dsg;

  @BeforeEach
  void sandboxed() {
    dsg = DatasetGraphFactory.createTxnMem();
    QuerySandbox.applyTo(dsg.getContext());
  }

  private RowSet run(String query, long timeoutMillis) {
    return QueryExec.dataset(dsg)
        .query(query)
        .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .build()
        .select()
        .materialize();
  }

  private Node one(String query) {
    RowSet rows = run(query, 10_000);
    return rows.next().get("x");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT ?s { VALUES ?s { '%s' } FILTER(REGEX(?s, '%s')) }",
        "SELECT ?x { BIND(REGEX('%s', '%s') AS ?x) }",
        "SELECT ?x { BIND(REPLACE('%s', '%s', 'x') AS ?x) }",
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>"
            + " SELECT ?x { BIND(fn:matches('%s', '%s') AS ?x) }",
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>"
            + " SELECT ?x { BIND(fn:replace('%s', '%s', 'x') AS ?x) }",
        "PREFIX sparql: <http://www.w3.org/ns/sparql#>"
            + " SELECT ?x { BIND(sparql:regex('%s', '%s') AS ?x) }",
        "SELECT ?x { FILTER EXISTS { FILTER(REGEX('%s', '%s')) } }",
        "SELECT (GROUP_CONCAT(REPLACE(?s, '%2$s', '')) AS ?x) { VALUES ?s { '%1$s' } }",
        "SELECT ?s { VALUES ?s { '%1$s' '%1$sa' } } ORDER BY (REGEX(?s, '%2$s'))",
        "PREFIX apf: <http://jena.apache.org/ARQ/property#>"
            + " SELECT ?x { ?x apf:strSplit ('%s' '%s') }",
      })
  void aRegexOverItsTimeLimit_stopsWithTheQuery(String template) {
    String query = String.format(template, SIXTY_AS, HOURS);

    // A safety bound, not a speed test: without the sandbox the query runs for hours.
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(() -> run(query, 300)).isInstanceOf(QueryCancelledException.class));
  }

  @Test
  void regexFunctions_answerAsSparqlSays() {
    assertThat(
            one("SELECT ?x { BIND(REGEX('Gateway', '^gate', 'i') AS ?x) }").getLiteralLexicalForm())
        .isEqualTo("true");
    assertThat(one("SELECT ?x { BIND(REGEX('a.c', '.', 'q') AS ?x) }").getLiteralLexicalForm())
        .isEqualTo("true");
    assertThat(one("SELECT ?x { BIND(REGEX('abc', 'x') AS ?x) }").getLiteralLexicalForm())
        .isEqualTo("false");
    Node replaced = one("SELECT ?x { BIND(REPLACE('abcabc'@en, 'b(c)', '[$1]') AS ?x) }");
    assertThat(replaced.getLiteralLexicalForm()).isEqualTo("a[c]a[c]");
    assertThat(replaced.getLiteralLanguage()).isEqualTo("en");
    assertThat(one("SELECT ?x { BIND(REPLACE('abc', 'x*', '-') AS ?x) }").getLiteralLexicalForm())
        .isEqualTo("-abc");
    assertThat(
            one("PREFIX fn: <http://www.w3.org/2005/xpath-functions#>"
                    + " SELECT ?x { BIND(fn:replace('a-b', '-', '+') AS ?x) }")
                .getLiteralLexicalForm())
        .isEqualTo("a+b");
    List<String> pieces =
        run(
                "PREFIX apf: <http://jena.apache.org/ARQ/property#>"
                    + " SELECT ?x { ?x apf:strSplit ('a, b ,c' ',') }",
                10_000)
            .stream()
            .map(b -> b.get("x").getLiteralLexicalForm())
            .toList();
    assertThat(pieces).containsExactly("a", "b", "c");
  }

  @Test
  void aRegexWithABadPattern_isAnErrorOfTheRowNotOfTheQuery() {
    assertThat(one("SELECT ?x { VALUES ?p { '(' } BIND(REGEX('abc', ?p) AS ?x) }")).isNull();
  }

  @Test
  void javaFunctions_areNotLoaded() {
    assertThat(
            one("SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.sqrt>(4) AS ?x) }"))
        .isNull();
    assertThat(
            run(
                    "SELECT ?x { ?x <java:org.apache.jena.sparql.pfunction.library.strSplit>"
                        + " ('a,b' ',') }",
                    10_000)
                .hasNext())
        .isFalse();
    // Registered functions still work.
    assertThat(
            one("PREFIX afn: <http://jena.apache.org/ARQ/function#>"
                    + " SELECT ?x { BIND(afn:sqrt(4) AS ?x) }")
                .getLiteralLexicalForm())
        .startsWith("2");
  }
}
