package org.w3id.spkg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;

/**
 * Writes a graph in the RDF syntax a request asks for ({@link ContentNegotiation}: {@code
 * ?format=}, else {@code Accept}), Turtle when it asks for none of them. As for entities, {@code
 * text/n3}, {@code application/xml} and {@code text/plain}, named exactly, give Turtle, RDF/XML and
 * N-Triples.
 */
public final class RdfResponses {

  /** The RDF syntaxes on offer, in the server's order of preference. */
  public static final ContentNegotiation<Lang> SYNTAXES =
      ContentNegotiation.of(
          List.of(
              new Offer<>(
                  Lang.TURTLE,
                  "text/turtle",
                  List.of("ttl", "turtle"),
                  List.of("application/x-turtle", "text/n3")),
              new Offer<>(
                  Lang.JSONLD,
                  "application/ld+json",
                  List.of("jsonld", "json"),
                  List.of("application/json")),
              new Offer<>(
                  Lang.RDFXML,
                  "application/rdf+xml",
                  List.of("rdf", "xml"),
                  List.of("application/xml")),
              new Offer<>(
                  Lang.NTRIPLES,
                  "application/n-triples",
                  List.of("nt", "ntriples"),
                  List.of("text/plain"))));

  private RdfResponses() {}

  /** Writes {@code m} in the syntax {@code request} asks for. */
  public static void write(HttpServletRequest request, HttpServletResponse response, Model m) {
    Lang lang = SYNTAXES.negotiateOrFirst(request).value();
    response.setStatus(200);
    response.setContentType(lang.getHeaderString() + "; charset=utf-8");
    response.setHeader("Vary", "Accept");
    try (OutputStream out = response.getOutputStream()) {
      RDFWriter.source(m).lang(lang).output(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
