package org.w3id.spkg.server.endpoint;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.server.SpkgServer;
import org.w3id.spkg.store.StoreConfig;

/** The spkg side of the federation fixtures, shared by the federation and result-format tests. */
final class FederationFixtures {

  static final String FIXTURES = "src/test/resources/federation/";

  static final String PREFIXES =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX geo:  <https://example.org/geo#>
      """;

  private FederationFixtures() {}

  /** Fills a fresh store in {@code folder} with the spkg side of the fixtures. */
  static void fillStore(Path folder) {
    DatasetGraph dsg = StoreConfig.bundled().in(folder).assembleDataset();
    try {
      dsg.executeWrite(() -> RDFDataMgr.read(dsg, FIXTURES + "spkg-nations.trig"));
    } finally {
      dsg.close();
    }
  }

  static SpkgServer startSpkg(Path folder) {
    return SpkgServer.builder().store(folder).port(0).loopback(true).start();
  }
}
