package org.w3id.spkg.server.ontology;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.OWL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.server.http.CommonHeaders;
import org.w3id.spkg.server.http.ContentNegotiation;
import org.w3id.spkg.server.http.ContentNegotiation.Chosen;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;
import org.w3id.spkg.server.http.ContentNegotiation.Outcome;
import org.w3id.spkg.server.http.ContentNegotiation.Refused;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

/**
 * The ontology at {@code /ontology}, as the W3C "Best Practice Recipes for Publishing RDF
 * Vocabularies" ask of a hash namespace: one document, {@code https://w3id.org/spkg/ontology},
 * holds every term, so {@code https://w3id.org/spkg/ontology#Nation} is that document with a
 * fragment. It answers by content negotiation on {@code Accept} (q-values and wildcards; {@code
 * Vary: Accept}), HTML for browsers and RDF otherwise:
 *
 * <ul>
 *   <li>{@code text/turtle}: the ontology file byte for byte (the default, also for {@code *}{@code
 *       /*} and no {@code Accept} at all);
 *   <li>{@code application/rdf+xml}, {@code application/ld+json} and {@code application/n-triples}:
 *       the same graph ({@code text/n3}, {@code application/xml} and {@code text/plain}, named
 *       exactly, give Turtle, RDF/XML and N-Triples);
 *   <li>{@code text/html} (or {@code application/xhtml+xml}): the documentation, {@link
 *       OntologyDocumentation}, where each term's section has the term's local name as its id.
 * </ul>
 *
 * <p>{@code ?format=ttl|rdf|jsonld|nt|html} overrides the header; a type none of these satisfy is
 * answered 406. Each answer has a strong {@code ETag} ({@code If-None-Match} gets 304, by {@link
 * org.w3id.spkg.server.http.CommonHeaders}) and a {@code Content-Location} naming the variant sent
 * ({@code /ontology?format=ttl}). {@code /ontology/} answers as {@code /ontology}, and {@code
 * /ontology/context.jsonld} is the ontology's JSON-LD 1.1 context ({@link OntologyContext}). All
 * representations are made once, when the servlet is created, from the ontology folder.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().port(3030).add("/spkg", dataset);
 * OntologyResource.addTo(builder);
 * }</pre>
 */
public final class OntologyResource extends ResourceServlet {

  private static final Logger LOG = LoggerFactory.getLogger(OntologyResource.class);

  /** The servlet path specs: the ontology document and the files below it. */
  public static final List<String> PATH_SPECS = List.of("/ontology", "/ontology/*");

  /** The path, below the server's root, of the JSON-LD context. */
  public static final String CONTEXT_PATH = "/ontology/context.jsonld";

  /** The ontology's namespace (a hash namespace: the document is the IRI without the hash). */
  public static final String NAMESPACE = SPKG.NS;

  /** The ontology's own IRI: the namespace without its hash. */
  private static final String OWL_NAMESPACE = NAMESPACE.substring(0, NAMESPACE.length() - 1);

  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** In the server's order of preference: it breaks ties between equal q-values. */
  private final ContentNegotiation<byte[]> variants;

  /**
   * The HTML as linked from {@code /ontology/} (the context link differs from {@code /ontology}).
   */
  private final byte[] htmlBelow;

  private final byte[] context;

  /**
   * The path below {@code /ontology} of the version IRI ({@code owl:versionIRI}, e.g. {@code
   * /0.1.0}), which answers as the ontology does; empty when the ontology names no version.
   */
  private final String versionPath;

  /** The ontology of the folder {@link OntologyFiles#locate} finds. */
  public OntologyResource() {
    this(OntologyFiles.locate());
  }

  /** The ontology of {@code files}: {@code spkg.ttl} and {@code reference/vocabularies.ttl}. */
  public OntologyResource(OntologyFiles files) {
    long t0 = System.nanoTime();
    Path file = files.ontologyFile();
    byte[] turtle = read(file);
    Model model = files.ontology();
    OntologyDocumentation doc = OntologyDocumentation.read(files);
    this.variants =
        ContentNegotiation.of(
            List.of(
                new Offer<>(turtle, "text/turtle", List.of("ttl"), List.of("text/n3")),
                new Offer<>(
                    write(model, RDFFormat.RDFXML_PRETTY),
                    "application/rdf+xml",
                    List.of("rdf"),
                    List.of("application/xml")),
                new Offer<>(
                    write(model, RDFFormat.JSONLD11),
                    "application/ld+json",
                    List.of("jsonld"),
                    List.of("application/json")),
                new Offer<>(
                    write(model, RDFFormat.NTRIPLES),
                    "application/n-triples",
                    List.of("nt"),
                    List.of("text/plain")),
                new Offer<>(
                    doc.toHtml("ontology/context.jsonld").getBytes(StandardCharsets.UTF_8),
                    "text/html",
                    List.of("html"),
                    List.of("application/xhtml+xml"))));
    this.htmlBelow = doc.toHtml("context.jsonld").getBytes(StandardCharsets.UTF_8);
    this.context = OntologyContext.text(model).getBytes(StandardCharsets.UTF_8);
    this.versionPath =
        model
            .listObjectsOfProperty(model.createResource(OWL_NAMESPACE), OWL.versionIRI)
            .filterKeep(RDFNode::isURIResource)
            .mapWith(v -> v.asResource().getURI())
            .filterKeep(v -> v.startsWith(OWL_NAMESPACE + "/"))
            .mapWith(v -> v.substring(OWL_NAMESPACE.length()))
            .nextOptional()
            .orElse("");
    LOG.debug(
        "Ontology representations of {} made in {} ms", file, (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * Mounts a new ontology resource on a server being built, at each of {@link #PATH_SPECS}.
   *
   * @return the builder
   */
  public static FusekiServer.Builder addTo(FusekiServer.Builder builder) {
    OntologyResource resource = new OntologyResource();
    PATH_SPECS.forEach(spec -> builder.addServlet(spec, resource));
    return builder;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String below = Objects.toString(request.getPathInfo(), "");
    switch (below) {
      case "", "/" -> document(request, response, below.equals("/"));
      case "/context.jsonld" -> {
        response.setHeader("ETag", CommonHeaders.etag(context));
        send(response, "application/ld+json;charset=utf-8", context);
      }
      default -> {
        if (!versionPath.isEmpty() && below.equals(versionPath)) {
          document(request, response, true);
        } else {
          error(
              response,
              HttpServletResponse.SC_NOT_FOUND,
              "Not found: below /ontology there are only /ontology/, "
                  + CONTEXT_PATH
                  + (versionPath.isEmpty() ? "" : " and the version IRI /ontology" + versionPath));
        }
      }
    }
  }

  private void document(HttpServletRequest request, HttpServletResponse response, boolean slash)
      throws IOException {
    response.setHeader("Vary", "Accept");
    Outcome<byte[]> outcome = variants.negotiate(request);
    if (outcome instanceof Refused<byte[]> refused) {
      error(response, refused.status(), refused.message());
      return;
    }
    Offer<byte[]> v = ((Chosen<byte[]>) outcome).offer();
    response.setHeader(
        "Link",
        variants.offers().stream()
            .filter(other -> other != v)
            .map(
                o ->
                    "<?format="
                        + o.format()
                        + ">; rel=\"alternate\"; type=\""
                        + o.mediaType()
                        + "\"")
            .collect(Collectors.joining(", ")));
    String contentType = v.mediaType() + ";charset=utf-8";
    byte[] body = v.format().equals("html") && slash ? htmlBelow : v.value();
    response.setHeader("Content-Location", request.getRequestURI() + "?format=" + v.format());
    response.setHeader("ETag", CommonHeaders.etag(body));
    if (v.format().equals("html")) {
      response.setHeader("Content-Security-Policy", CSP);
    }
    send(response, contentType, body);
  }

  /** An error with its reason as plain text (Fuseki's error handler would drop the message). */
  private static void error(HttpServletResponse response, int status, String message)
      throws IOException {
    byte[] body =
        (message.endsWith("\n") ? message : message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain;charset=utf-8");
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  private static void send(HttpServletResponse response, String contentType, byte[] bytes)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(contentType);
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ontology " + file, e);
    }
  }

  private static byte[] write(Model model, RDFFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(model).format(format).output(out);
    return out.toByteArray();
  }
}
