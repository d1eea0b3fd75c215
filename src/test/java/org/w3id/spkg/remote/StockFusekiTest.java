package org.w3id.spkg.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in store itself: a graph PUT to it is found through its default graph (the union). */
class StockFusekiTest {

  @TempDir Path tmp;

  @Test
  void answersGraphStoreWritesAndQueriesOverTheUnion() throws Exception {
    try (StockFuseki fuseki = StockFuseki.start(tmp.resolve("fuseki.log"))) {
      Graph graph = RDFParser.fromString("<urn:x:s> <urn:x:p> \"o\" .", Lang.NTRIPLES).toGraph();
      GSP.service(fuseki.graphStore().toString()).graphName("urn:x:g").PUT(graph);

      boolean found;
      try (QueryExecHTTP ask =
          QueryExecHTTP.service(fuseki.query().toString())
              .query("ASK { <urn:x:s> <urn:x:p> \"o\" }")
              .build()) {
        found = ask.ask();
      }
      assertThat(found).as("the PUT triple, seen through the default graph").isTrue();
    }
  }
}
