package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SortedMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store's own queries run on an endpoint, page by page: every row comes back however small the
 * pages (a store may cut long answers short), and the answers are those of the store in this
 * process.
 */
class EndpointDocumentsTest {

  private static final String DATA =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX dct:  <http://purl.org/dc/terms/>
      PREFIX spkg: <https://w3id.org/spkg/ontology#>
      PREFIX id:   <https://w3id.org/spkg/id/>
      GRAPH <https://w3id.org/spkg/graph/a> {
        id:document\\/a a spkg:Document ; dct:identifier "a" ; spkg:sourceIdentifier "a.md" .
        id:nation\\/JP rdfs:label "Japan" ; a spkg:Nation .
        id:agency\\/jaxa rdfs:label "JAXA" ; spkg:acronym "JAXA" ; a spkg:Agency .
        id:program\\/x rdfs:label "X" .
      }
      GRAPH <https://w3id.org/spkg/graph/b> {
        id:document\\/b a spkg:Document ; dct:identifier "b" ; spkg:sourceIdentifier "b.md" .
        id:nation\\/JP rdfs:label "Japan" .
        id:agency\\/nasa rdfs:label "NASA" ; a spkg:Agency .
      }
      GRAPH <https://w3id.org/spkg/derived/a> { id:nation\\/FR rdfs:label "France" . }
      GRAPH <https://w3id.org/spkg/graph/reference> { id:nation\\/DE rdfs:label "Germany" . }
      """;

  private static FusekiServer server;
  private static DatasetGraph dataset;
  private static String url;

  @BeforeAll
  static void start() {
    dataset = RDFParser.fromString(DATA, Lang.TRIG).toDatasetGraph();
    server = FusekiServer.create().port(0).loopback(true).add("/ds", dataset).build().start();
    url = "http://localhost:" + server.getHttpPort() + "/ds";
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void knownEntities_pageByPage_areAllTheDocumentGraphsName() {
    SortedMap<String, Graph> whole = EndpointDocuments.knownEntitiesByGraph(url);
    SortedMap<String, Graph> paged = EndpointDocuments.knownEntitiesByGraph(url, 2);
    SortedMap<String, Graph> local =
        StoreQuery.triplesByGraph(
            dataset, StoreQuery.bundled("known-entities.rq"), StoreQuery.documentGraphs());
    assertThat(whole.keySet())
        .containsExactly("https://w3id.org/spkg/graph/a", "https://w3id.org/spkg/graph/b");
    assertThat(whole.get("https://w3id.org/spkg/graph/a").size()).isEqualTo(6);
    for (String g : local.keySet()) {
      assertThat(whole.get(g).isIsomorphicWith(local.get(g))).as(g).isTrue();
      assertThat(paged.get(g).isIsomorphicWith(local.get(g))).as(g + ", by pages of 2").isTrue();
    }
    assertThat(paged.keySet()).isEqualTo(local.keySet());
  }

  @Test
  void documentSources_pageByPage_areEveryDocuments() {
    Map<String, StoredSource> paged = EndpointDocuments.documentSources(url, 1);
    assertThat(paged).isEqualTo(EndpointDocuments.documentSources(url));
    assertThat(paged.keySet()).containsExactlyInAnyOrder("a", "b");
    assertThat(paged.get("b").identifier()).isEqualTo("b.md");
  }

  @Test
  void heldByOtherSource_isTrueOnlyForAnotherSourcesGraph() {
    String a = "https://w3id.org/spkg/graph/a";
    assertThat(EndpointDocuments.heldByOtherSource(url, a, "a.md")).isFalse();
    assertThat(EndpointDocuments.heldByOtherSource(url, a, "other.md")).isTrue();
    assertThat(EndpointDocuments.heldByOtherSource(url, "https://w3id.org/spkg/graph/c", "c.md"))
        .isFalse();
  }
}
