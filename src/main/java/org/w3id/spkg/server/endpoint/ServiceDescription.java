package org.w3id.spkg.server.endpoint;

import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.server.http.RdfResponses;

/**
 * The SPARQL 1.1 Service Description of the endpoint, written from the live dataset (its named
 * graphs), in Turtle, JSON-LD or RDF/XML by the request's Accept header.
 */
public final class ServiceDescription {

  static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  static final String FORMATS = "http://www.w3.org/ns/formats/";

  private ServiceDescription() {}

  /** The description of the endpoint at {@code endpoint} over {@code dsg}. */
  static Model describe(String endpoint, DatasetGraph dsg) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("sd", SD);
    m.setNsPrefix("formats", FORMATS);
    Resource service = m.createResource(endpoint + "#service");
    service.addProperty(RDF.type, m.createResource(SD + "Service"));
    service.addProperty(m.createProperty(SD + "endpoint"), m.createResource(endpoint));
    service.addProperty(
        m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
    for (String feature : List.of("UnionDefaultGraph", "BasicFederatedQuery")) {
      service.addProperty(m.createProperty(SD + "feature"), m.createResource(SD + feature));
    }
    for (String format :
        List.of(
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
            "RDF_XML",
            "JSON-LD",
            "TriG",
            "N-Quads")) {
      service.addProperty(
          m.createProperty(SD + "resultFormat"), m.createResource(FORMATS + format));
    }
    Resource dataset =
        m.createResource(endpoint + "#dataset")
            .addProperty(RDF.type, m.createResource(SD + "Dataset"));
    service.addProperty(m.createProperty(SD + "defaultDataset"), dataset);
    dataset.addProperty(
        m.createProperty(SD + "defaultGraph"),
        m.createResource(endpoint + "#default-graph")
            .addProperty(RDF.type, m.createResource(SD + "Graph")));
    dsg.executeRead(
        () ->
            dsg.listGraphNodes()
                .forEachRemaining(
                    (Node g) ->
                        dataset.addProperty(
                            m.createProperty(SD + "namedGraph"),
                            m.createResource()
                                .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                                .addProperty(
                                    m.createProperty(SD + "name"), m.createResource(g.getURI())))));
    return m;
  }

  /** Answers a request with the description, negotiating the syntax. */
  public static void respond(HttpAction action) {
    String endpoint = action.getRequest().getRequestURL().toString();
    Model m = describe(endpoint, action.getDataset());
    RdfResponses.write(action.getRequest(), action.getResponse(), m);
  }
}
