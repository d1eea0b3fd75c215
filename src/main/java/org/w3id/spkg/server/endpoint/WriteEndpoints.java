package org.w3id.spkg.server.endpoint;

import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.server.http.ServedDataset;

/**
 * The endpoints that write to the store: SPARQL Update at {@code /spkg/update} and the graph store
 * at {@code /spkg/data}. They exist only when the server has a password file, and only they take
 * request bodies larger than a query's.
 */
public final class WriteEndpoints {

  private static final String DATASET = "/" + ServedDataset.NAME + "/";

  private WriteEndpoints() {}

  /**
   * Whether {@code path} is one of the write endpoints': {@code /spkg/update}, {@code /spkg/data…}.
   */
  public static boolean isWrite(String path) {
    return path.equals(DATASET + "update")
        || path.equals(DATASET + "data")
        || path.startsWith(DATASET + "data/");
  }

  /**
   * Adds the update and read-write graph store endpoints to the dataset's service in the Fuseki
   * configuration {@code m}, open to every user the password file names.
   */
  public static void addTo(Model m) {
    String fuseki = FusekiVocab.NS;
    Resource service =
        m.listSubjectsWithProperty(RDF.type, m.createResource(fuseki + "Service")).next();
    for (String[] ep : new String[][] {{"update", "update"}, {"gsp-rw", "data"}}) {
      service.addProperty(
          m.createProperty(fuseki + "endpoint"),
          m.createResource()
              .addProperty(m.createProperty(fuseki + "operation"), m.createResource(fuseki + ep[0]))
              .addProperty(m.createProperty(fuseki + "name"), ep[1])
              .addProperty(m.createProperty(fuseki + "allowedUsers"), "*"));
    }
  }
}
