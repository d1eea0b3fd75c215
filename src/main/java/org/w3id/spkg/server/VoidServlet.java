package org.w3id.spkg.server;

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
final class VoidServlet extends ResourceServlet {

  private static final long serialVersionUID = 1L;
  private static final Node SPARQL_ENDPOINT =
      NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint");
  private static final Node PUBLIC_ENDPOINT = NodeFactory.createURI("https://w3id.org/spkg/sparql");

  private static final String PUBLIC_BASE = "https://w3id.org/spkg/";

  private final transient DatasetGraph dataset;

  VoidServlet(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    Graph description =
        dataset.calculateRead(
            () -> {
              boolean counted =
                  dataset
                      .getGraph(
                          org.apache.jena.graph.NodeFactory.createURI(
                              org.w3id.spkg.vocab.NamedGraphs.META))
                      .contains(
                          NodeFactory.createURI(VoidDescription.NS + "dataset"),
                          NodeFactory.createURI("http://rdfs.org/ns/void#triples"),
                          Node.ANY);
              return counted ? VoidDescription.stored(dataset) : VoidDescription.compute(dataset);
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
    Node dataDump = NodeFactory.createURI("http://rdfs.org/ns/void#dataDump");
    description
        .find(Node.ANY, dataDump, Node.ANY)
        .toList()
        .forEach(
            t -> {
              String dump = t.getObject().getURI();
              if (dump.startsWith(PUBLIC_BASE)) {
                description.delete(t);
                description.add(
                    t.getSubject(),
                    dataDump,
                    NodeFactory.createURI(base + dump.substring(PUBLIC_BASE.length())));
              }
            });
    Model m = ModelFactory.createModelForGraph(description);
    m.setNsPrefix("void", "http://rdfs.org/ns/void#");
    m.setNsPrefix("dct", "http://purl.org/dc/terms/");
    m.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
    RdfResponses.write(request, response, m);
  }
}
