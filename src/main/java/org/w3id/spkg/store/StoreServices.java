package org.w3id.spkg.store;

import org.apache.jena.fuseki.build.DatasetDescriptionMap;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.SpkgException;

/**
 * The services a Fuseki configuration describes, over a dataset already open: Fuseki is given the
 * store's dataset for the service's {@code fuseki:dataset} rather than assembling a second one from
 * the description (which would take the folder's locks again).
 */
public final class StoreServices {

  private StoreServices() {}

  /** See {@link SpkgStore#fusekiBuilder}. */
  public static FusekiServer.Builder builder(Model configuration, DatasetGraph dataset) {
    Resource serviceType = configuration.createResource(StoreConfig.FUSEKI + "Service");
    Resource service =
        configuration
            .listSubjectsWithProperty(RDF.type, serviceType)
            .nextOptional()
            .orElseThrow(() -> new SpkgException("the configuration describes no fuseki:Service"));
    Resource described =
        service.getPropertyResourceValue(
            configuration.createProperty(StoreConfig.FUSEKI + "dataset"));
    if (described == null) {
      throw new SpkgException("the configuration's fuseki:Service has no fuseki:dataset");
    }
    Graph graph = configuration.getGraph();
    Node serviceNode = service.asNode();
    DatasetDescriptionMap datasets = new DatasetDescriptionMap();
    datasets.register(described.asNode(), dataset);
    DataAccessPoint point = FusekiConfig.buildDataAccessPoint(graph, serviceNode, datasets);
    if (point == null) {
      throw new SpkgException(
          "the configuration's fuseki:Service cannot be built (the log above says why)");
    }
    // The server's settings (its context: timeouts) without its services, which are built above.
    Model server = ModelFactory.createDefaultModel().add(configuration);
    server.removeAll(null, server.createProperty(StoreConfig.FUSEKI + "services"), null);
    server.removeAll(null, RDF.type, serviceType);
    // As a builder, not a built service: the server's own registrations (operations, the dataset
    // it is asked for) reach only services added as builders.
    return FusekiServer.create()
        .parseConfig(server)
        .add(point.getName(), DataService.newBuilder(point.getDataService()));
  }
}
