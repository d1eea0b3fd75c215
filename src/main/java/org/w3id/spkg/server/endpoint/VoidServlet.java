package org.w3id.spkg.server.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.w3id.spkg.server.http.ContentNegotiation;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.http.RdfResponses;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.server.http.ServedDataset;
import org.w3id.spkg.store.VoidDescription;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * Serves the VoID description at {@code /.well-known/void}: the one the last ingest stored in the
 * meta graph (computed now if there is none), with {@code void:sparqlEndpoint} pointing at this
 * server's endpoint. In Turtle, JSON-LD, RDF/XML or N-Triples ({@link RdfResponses}), or as an HTML
 * page for a client that asks for {@code text/html} ({@link VoidPage}).
 */
public final class VoidServlet extends ResourceServlet {

  private static final long serialVersionUID = 1L;
  private static final Node SPARQL_ENDPOINT = VOID.sparqlEndpoint.asNode();
  private static final Node PUBLIC_ENDPOINT = NodeFactory.createURI(PublicBase.W3ID.iri("sparql"));

  private static final String PUBLIC_BASE = PublicBase.W3ID.iri();

  private static final String HTML = "html";

  /**
   * The RDF syntaxes of {@link RdfResponses}, then HTML ({@link VoidPage}) for browsers: last, so
   * {@code *}{@code /*} and SPARQL clients' headers still get Turtle.
   */
  static final ContentNegotiation<String> FORMATS =
      ContentNegotiation.of(
          Stream.concat(
                  RdfResponses.SYNTAXES.offers().stream()
                      .map(
                          o ->
                              new Offer<>(o.format(), o.mediaType(), o.formatNames(), o.aliases())),
                  Stream.of(
                      new Offer<>(
                          HTML, "text/html", List.of(HTML), List.of("application/xhtml+xml"))))
              .toList());

  private final transient Supplier<Graph> descriptions;

  /**
   * The description the last ingest stored in the meta graph of {@code dataset}, else counted now.
   */
  public VoidServlet(DatasetGraph dataset) {
    this(() -> stored(dataset));
  }

  /**
   * The description {@code descriptions} gives (a graph of its own each time: the servlet changes
   * it), as for a store written elsewhere that keeps none.
   */
  public VoidServlet(Supplier<Graph> descriptions) {
    this.descriptions = descriptions;
  }

  private static Graph stored(DatasetGraph dataset) {
    return dataset.calculateRead(
        () -> {
          boolean counted =
              dataset
                  .getGraph(NodeFactory.createURI(NamedGraphs.META))
                  .contains(
                      NodeFactory.createURI(VoidDescription.NS + "dataset"),
                      VOID.triples.asNode(),
                      Node.ANY);
          return counted ? VoidDescription.stored(dataset) : VoidDescription.compute(dataset);
        });
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Graph description = descriptions.get();
    String base = request.getRequestURL().toString().replaceFirst("/\\.well-known/void$", "/");
    Node local = NodeFactory.createURI(base + ServedDataset.NAME + "/sparql");
    description
        .find(Node.ANY, SPARQL_ENDPOINT, PUBLIC_ENDPOINT)
        .toList()
        .forEach(
            t -> {
              description.delete(t);
              description.add(t.getSubject(), SPARQL_ENDPOINT, local);
            });
    Node dataDump = VOID.dataDump.asNode();
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
    m.setNsPrefix("void", VOID.NS);
    m.setNsPrefix("dct", DCTerms.NS);
    m.setNsPrefix("foaf", FOAF.NS);
    if (FORMATS.negotiateOrFirst(request).value().equals(HTML)) {
      PrefixMapping prefixes =
          PrefixMapping.Factory.create().setNsPrefixes(PublicBase.W3ID.prefixes(description));
      byte[] body =
          VoidPage.html(description, prefixes, PublicBase.localBase(request))
              .getBytes(StandardCharsets.UTF_8);
      response.setHeader("Vary", "Accept");
      response.setStatus(200);
      response.setContentType("text/html; charset=utf-8");
      response.setContentLength(body.length);
      try (OutputStream out = response.getOutputStream()) {
        out.write(body);
      }
      return;
    }
    RdfResponses.write(request, response, m);
  }
}
