package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The identity under which a request's cost is learnt. */
class QueryKeyTest {

  @Test
  void aSparqlQuery_isTheSameWhateverItsWhitespace() {
    String a = QueryKey.of("GET", "/spkg/sparql", "SELECT * {\n  ?s ?p ?o\n}", null);
    String b = QueryKey.of("GET", "/spkg", "  SELECT *   { ?s\t?p ?o }  ", null);

    assertThat(a).isEqualTo(b).matches("sparql:[0-9a-f]{16}");
  }

  @Test
  void differentSparqlQueries_haveDifferentKeys() {
    assertThat(QueryKey.of("GET", "/spkg/sparql", "ASK { ?s ?p ?o }", null))
        .isNotEqualTo(QueryKey.of("GET", "/spkg/sparql", "ASK { ?s ?p 1 }", null));
  }

  @Test
  void aQueryInABody_isItsMethodAndPath() {
    assertThat(QueryKey.of("POST", "/spkg/sparql", null, null)).isEqualTo("POST /spkg/sparql");
  }

  @Test
  void aPackQuery_isItsPackAndName_whateverItsFormat() {
    assertThat(QueryKey.of("GET", "/api/packs/reference/01-nations.csv", null, null))
        .isEqualTo(QueryKey.of("GET", "/api/packs/reference/01-nations.json", null, null))
        .isEqualTo("/api/packs/reference/01-nations");
    assertThat(QueryKey.of("GET", "/api/packs/reference", null, null))
        .isEqualTo("/api/packs/reference");
  }

  @Test
  void anEntityPage_isItsKind() {
    assertThat(QueryKey.of("GET", "/id/nation/JP", null, null))
        .isEqualTo(QueryKey.of("GET", "/id/nation/FR", null, null))
        .isEqualTo("/id/nation");
    assertThat(QueryKey.of("GET", "/id/doc-1", null, null)).isEqualTo("/id/doc-1");
  }

  @Test
  void aGraphRead_isItsGraph_andSearchIsItsPath() {
    assertThat(QueryKey.of("GET", "/spkg/get", null, "urn:g")).isEqualTo("/spkg/get?graph=urn:g");
    assertThat(QueryKey.of("GET", "/spkg/get", null, null)).isEqualTo("/spkg/get?graph=default");
    assertThat(QueryKey.of("GET", "/search", null, null)).isEqualTo("/search");
  }
}
