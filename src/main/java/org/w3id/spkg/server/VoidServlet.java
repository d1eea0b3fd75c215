package org.w3id.spkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.store.VoidDescription;

/**
 * Serves the VoID description at {@code /.well-known/void}: the one the last ingest stored in the
 * meta graph (computed now if there is none), with {@code void:sparqlEndpoint} pointing at this
 * server's endpoint.
 */
final class VoidServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Node SPARQL_ENDPOINT =
      NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint");
  private static final Node PUBLIC_ENDPOINT = NodeFactory.createURI("https://w3id.org/spkg/sparql");

  private final transient DatasetGraph dataset;

  VoidServlet(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    Graph description =
        dataset.calculateRead(
            () -> {
              Graph stored = VoidDescription.stored(dataset);
              return stored.isEmpty() ? VoidDescription.compute(dataset) : stored;
            });
    String base = request.getRequestURL().toString().replaceFirst("/\\.well-known/void$", "/");
    Node local = NodeFactory.createURI(base + SpkgServer.DATASET + "/sparql");
    description
        .find(Node.ANY, SPARQL_ENDPOINT, PUBLIC_ENDPOINT)
        .toList()
        .forEach(
            t -> {
              description.delete(t);
              description.add(t.getSubject(), SPARQL_ENDPOINT, local);
            });
    Model m = ModelFactory.createModelForGraph(description);
    m.setNsPrefix("void", "http://rdfs.org/ns/void#");
    m.setNsPrefix("dct", "http://purl.org/dc/terms/");
    m.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
    RdfNegotiation.write(request, response, m);
  }
}
