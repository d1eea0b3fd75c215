package org.w3id.spkg.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

/** What is sent to a remote endpoint for a query, and what the remote dataset refuses. */
class RemoteQueryEngineTest {

  private static Query sent(String text) {
    return RemoteQueryEngine.forRemote(QueryFactory.create(text), BindingFactory.root());
  }

  @Test
  void ask_goesAsASelectOfOneRow() {
    Query q = sent("ASK { ?s a <urn:x:C> }");
    assertThat(q.isSelectType()).isTrue();
    assertThat(q.isQueryResultStar()).isTrue();
    assertThat(q.getLimit()).isEqualTo(1);
  }

  @Test
  void construct_goesAsTheSelectOfItsPattern_keepingItsLimit() {
    Query q = sent("CONSTRUCT { ?s <urn:x:p> ?o } WHERE { ?s ?q ?o } ORDER BY ?s LIMIT 7");
    assertThat(q.isSelectType()).isTrue();
    assertThat(q.getLimit()).isEqualTo(7);
    assertThat(q.getOrderBy()).hasSize(1);
  }

  @Test
  void describeOfAVariable_selectsIt() {
    Query q = sent("DESCRIBE ?s WHERE { ?s a <urn:x:C> }");
    assertThat(q.isSelectType()).isTrue();
    assertThat(q.getResultVars()).containsExactly("s");
  }

  @Test
  void jenasUnionGraph_becomesTheDefaultGraph() {
    Query q = sent("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o } }");
    assertThat(q.toString()).doesNotContain("UnionGraph").doesNotContain("GRAPH").contains("?o");
  }

  @Test
  void initialValues_areWrittenIntoTheQuery() {
    Query q =
        RemoteQueryEngine.forRemote(
            QueryFactory.create("SELECT ?o { ?s <urn:x:p> ?o }"),
            BindingFactory.binding(
                org.apache.jena.sparql.core.Var.alloc("s"), NodeFactory.createURI("urn:x:s")));
    assertThat(q.toString()).contains("<urn:x:s>");
  }

  @Test
  void service_anywhere_isFound() {
    assertThat(RemoteQueryEngine.callsService(QueryFactory.create("SELECT * { ?s ?p ?o }")))
        .isFalse();
    assertThat(
            RemoteQueryEngine.callsService(
                QueryFactory.create("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }")))
        .isTrue();
    assertThat(
            RemoteQueryEngine.callsService(
                QueryFactory.create(
                    "SELECT * { ?a ?b ?c { SELECT ?s { SERVICE <http://x/s> { ?s ?p ?o } } } }")))
        .as("in a sub-query")
        .isTrue();
    assertThat(
            RemoteQueryEngine.callsService(
                QueryFactory.create(
                    "SELECT * { ?a ?b ?c FILTER EXISTS { SERVICE <http://x/s> { ?a ?p ?o } } }")))
        .as("in FILTER EXISTS")
        .isTrue();
  }

  @Test
  void writes_areRefusedNamingTheEndpoint() {
    RemoteDataset remote =
        new RemoteDataset(
            URI.create("http://store.example/sparql"),
            new RemoteRequests(Duration.ofSeconds(1), Duration.ofMinutes(1)));
    Quad quad =
        Quad.create(
            NodeFactory.createURI("urn:x:g"),
            NodeFactory.createURI("urn:x:s"),
            NodeFactory.createURI("urn:x:p"),
            NodeFactory.createURI("urn:x:o"));
    assertThatThrownBy(() -> remote.add(quad))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("http://store.example/sparql")
        .hasMessageContaining("--endpoint");
    assertThatThrownBy(() -> remote.begin(TxnType.WRITE))
        .isInstanceOf(UnsupportedOperationException.class);
    remote.begin(TxnType.READ);
    assertThat(remote.isInTransaction()).isTrue();
    remote.end();
    assertThat(remote.isInTransaction()).isFalse();
  }
}
