package org.w3id.spkg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;

/** Writes a graph in the RDF syntax a request's Accept header asks for (Turtle by default). */
final class RdfNegotiation {

  private RdfNegotiation() {}

  static Lang choose(String accept) {
    if (accept == null) {
      return Lang.TURTLE;
    }
    String a = accept.toLowerCase(java.util.Locale.ROOT);
    if (a.contains("application/ld+json")) {
      return Lang.JSONLD;
    }
    if (a.contains("application/rdf+xml")) {
      return Lang.RDFXML;
    }
    if (a.contains("application/n-triples")) {
      return Lang.NTRIPLES;
    }
    return Lang.TURTLE;
  }

  static void write(HttpServletRequest request, HttpServletResponse response, Model m) {
    Lang lang = choose(request.getHeader("Accept"));
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
