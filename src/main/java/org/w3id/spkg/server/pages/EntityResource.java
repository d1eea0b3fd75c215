package org.w3id.spkg.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.server.http.CommonHeaders;
import org.w3id.spkg.server.http.ContentNegotiation;
import org.w3id.spkg.server.http.ContentNegotiation.Chosen;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;
import org.w3id.spkg.server.http.ContentNegotiation.Outcome;
import org.w3id.spkg.server.http.ContentNegotiation.Refused;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.server.http.ServedDataset;
import org.w3id.spkg.server.ontology.OntologyResource;
import org.w3id.spkg.store.EntityDescription;

/**
 * Answers entity IRIs, {@code /id/*}: {@code GET} or {@code HEAD} on {@code
 * http://localhost:3030/id/nation/JP} returns the description of {@code
 * https://w3id.org/spkg/id/nation/JP} ({@link EntityDescription}: its triples, incoming links, the
 * qualified nodes and evidence hanging off them, the labels and types of what it links to) in the
 * syntax the request asks for: Turtle, JSON-LD, RDF/XML, N-Triples or an HTML page ({@link
 * ContentNegotiation}; {@code ?format=ttl|jsonld|rdf|nt|html} overrides {@code Accept}).
 *
 * <p><b>200 with content negotiation, not 303.</b> The entity IRI answers with the description
 * itself, {@code Vary: Accept}, and {@code Content-Location} naming the document that was sent
 * ({@code /id/nation/JP?format=ttl}); {@code Link} names the thing described ({@code
 * rel="describes"}) and the other variants ({@code rel="alternate"}). The Content-Location keeps
 * the thing and the document about it apart, as the W3C TAG's revision of httpRange-14 allows, in
 * one round trip instead of two. Under w3id.org the public IRI already answers with a 303 to the
 * deployment (see {@code w3id/.htaccess}), so the classic pattern holds without a second redirect.
 *
 * <p>An IRI the store does not name is answered 404, as HTML or plain text by the same negotiation,
 * with links to the query editor and the VoID description. Every document has a strong {@code
 * ETag}; CORS and {@code If-None-Match} are answered by {@link CommonHeaders}.
 *
 * <pre>{@code
 * builder.addServlet(EntityResource.PATH_SPEC, new EntityResource(dsg, PublicBase.W3ID, html));
 * }</pre>
 */
public final class EntityResource extends ResourceServlet {

  /** Where the servlet is mounted: {@code /id/*}. */
  public static final String PATH_SPEC = "/id/*";

  private static final long serialVersionUID = 1L;

  /**
   * The documents of an entity, each named by its {@code ?format=} value, in the order Turtle,
   * JSON-LD, RDF/XML, N-Triples, HTML: {@code *}{@code /*}, {@code text/*}, a missing or unreadable
   * header give Turtle; browsers get HTML because they name {@code text/html} at q=1 and reach
   * everything else through {@code *}{@code /*;q=0.8}; a client that names an RDF syntax as highly
   * as HTML is an RDF client (browsers never name one), so HTML comes last in a tie. Named exactly,
   * {@code text/n3} gets Turtle (Turtle is N3's RDF subset), {@code text/plain} N-Triples (its
   * registered type before {@code application/n-triples}) and {@code application/xml} RDF/XML;
   * through a wildcard they count for nothing.
   */
  public static final ContentNegotiation<String> FORMATS =
      ContentNegotiation.of(
          List.of(
              new Offer<>(
                  "ttl",
                  "text/turtle",
                  List.of("ttl", "turtle"),
                  List.of("application/x-turtle", "text/n3")),
              new Offer<>(
                  "jsonld",
                  "application/ld+json",
                  List.of("jsonld", "json"),
                  List.of("application/json")),
              new Offer<>(
                  "rdf", "application/rdf+xml", List.of("rdf", "xml"), List.of("application/xml")),
              new Offer<>(
                  "nt", "application/n-triples", List.of("nt", "ntriples"), List.of("text/plain")),
              new Offer<>("html", "text/html", List.of("html"), List.of())));

  private static final String HTML = "html";

  private static final HtmlTemplates NOT_FOUND =
      HtmlTemplates.of(EntityResource.class, "entity-page/", "not-found.html", "not-found.css");

  /**
   * What an HTML renderer is given: the entity's description, with the properties of which it holds
   * only the first {@link EntityDescription#LINKS_PER_PROPERTY} triples to it ({@code cutIncoming})
   * and from it ({@code cutOutgoing}), and the request's query string ({@code query}, null if
   * none).
   */
  public record HtmlRequest(
      String iri,
      Graph description,
      PublicBase base,
      String localBase,
      Set<Node> cutIncoming,
      Set<Node> cutOutgoing,
      String query) {
    public HtmlRequest {
      Objects.requireNonNull(iri, "iri");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(localBase, "localBase");
      cutIncoming = Set.copyOf(cutIncoming);
      cutOutgoing = Set.copyOf(cutOutgoing);
    }

    /** A request for a description that nothing was cut from. */
    public HtmlRequest(String iri, Graph description, PublicBase base, String localBase) {
      this(iri, description, base, localBase, Set.of(), Set.of(), null);
    }

    /** Where this server serves {@code publicIri}, if it is under the public base. */
    public Optional<String> localUrl(String publicIri) {
      return base.toLocal(publicIri, localBase);
    }
  }

  /** Renders the HTML page of an entity; the page must escape every text it shows. */
  @FunctionalInterface
  public interface HtmlRenderer {
    String render(HtmlRequest request);
  }

  private final transient DatasetGraph dataset;
  private final PublicBase base;
  private final transient HtmlRenderer html;

  /**
   * Serves the entities of {@code dataset} that are under {@code base}, with HTML pages from {@code
   * html}.
   */
  public EntityResource(DatasetGraph dataset, PublicBase base, HtmlRenderer html) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.base = Objects.requireNonNull(base, "base");
    this.html = Objects.requireNonNull(html, "html");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    Outcome<String> outcome = FORMATS.negotiate(request);
    if (outcome instanceof Refused<String> refused && refused.status() == 400) {
      send(response, 400, "text/plain", refused.message());
      return;
    }
    String path = PublicBase.localPath(request);
    String iri = base.iri(path);
    String localBase = PublicBase.localBase(request);
    EntityDescription.Description bounded =
        dataset.calculateRead(
            () ->
                EntityDescription.isKnown(dataset, iri)
                    ? EntityDescription.bounded(dataset, iri)
                    : null);
    Optional<Node> licence = dataset.calculateRead(() -> EntityRdf.licence(dataset));
    Graph description = bounded == null ? null : bounded.graph();
    if (description == null) {
      Optional<String> near = dataset.calculateRead(() -> nearMiss(iri));
      NotFoundPage page = new NotFoundPage(iri, localBase + path, localBase, near, base);
      boolean asHtml = outcome instanceof Chosen<String> c && c.offer().value().equals(HTML);
      send(response, 404, asHtml ? "text/html" : "text/plain", asHtml ? page.html() : page.text());
      return;
    }
    if (outcome instanceof Refused<String> refused) {
      send(response, refused.status(), "text/plain", refused.message());
      return;
    }
    Offer<String> v = ((Chosen<String>) outcome).offer();
    String self = request.getRequestURI();
    String document = self + "?format=" + v.format();
    byte[] body;
    try {
      body =
          v.value().equals(HTML)
              ? html.render(
                      new HtmlRequest(
                          iri,
                          description,
                          base,
                          localBase,
                          bounded.cutIncoming(),
                          bounded.cutOutgoing(),
                          request.getQueryString()))
                  .getBytes(StandardCharsets.UTF_8)
              : rdf(description, iri, documentIri(request, iri, v), licence, localBase, v);
    } catch (PageNumber.Refused e) {
      send(response, e.status(), "text/html", badPage(e, self, localBase));
      return;
    }
    String etag = CommonHeaders.etag(body);
    response.setHeader("Content-Location", document);
    response.setHeader("Link", links(iri, self, v));
    response.setHeader("ETag", etag);
    response.setStatus(200);
    response.setContentType(v.mediaType() + "; charset=utf-8");
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  /** The description in an RDF syntax, with the document's triples and the prefixes it uses. */
  private byte[] rdf(
      Graph description,
      String iri,
      String document,
      Optional<Node> licence,
      String localBase,
      Offer<String> variant) {
    EntityRdf.addDocument(description, iri, document, licence);
    return EntityRdf.write(
        description,
        iri,
        variant.value(),
        base.prefixes(description),
        localBase + OntologyResource.CONTEXT_PATH.substring(1));
  }

  /**
   * The IRI of the document that describes {@code iri}: the URL the client asked for, without its
   * query, the same for every syntax; with {@code ?format=} when that URL is the entity's own IRI
   * (a server at its public base), so that the thing and the document about it stay apart.
   */
  private static String documentIri(HttpServletRequest request, String iri, Offer<String> sent) {
    String url = request.getRequestURL().toString();
    return url.equals(iri) ? url + "?format=" + sent.format() : url;
  }

  private static String links(String iri, String self, Offer<String> sent) {
    return FORMATS.offers().stream()
        .filter(v -> v != sent)
        .map(
            v ->
                "<%s?format=%s>; rel=\"alternate\"; type=\"%s\""
                    .formatted(self, v.format(), v.mediaType()))
        .collect(Collectors.joining(", ", "<" + iri + ">; rel=\"describes\", ", ""));
  }

  /** The same IRI with its last segment in upper or lower case, if the store knows that one. */
  private Optional<String> nearMiss(String iri) {
    int slash = iri.lastIndexOf('/');
    String head = iri.substring(0, slash + 1);
    String last = iri.substring(slash + 1);
    return Stream.of(last.toUpperCase(Locale.ROOT), last.toLowerCase(Locale.ROOT))
        .filter(s -> !s.equals(last) && !s.isEmpty())
        .map(s -> head + s)
        .filter(candidate -> EntityDescription.isKnown(dataset, candidate))
        .findFirst();
  }

  /** The page that answers a bad or past-the-end {@code ?page=} of the entity page {@code self}. */
  private static String badPage(PageNumber.Refused refused, String self, String localBase) {
    String heading = refused.status() == 404 ? "Not found" : "Bad request";
    return HtmlTemplates.page(
            HtmlTemplates.values(
                "title",
                heading + " · spkg",
                "head",
                NOT_FOUND.render(
                    "head", HtmlTemplates.values("css", NOT_FOUND.render("not-found.css"))),
                "body",
                NOT_FOUND.render(
                    "bad-page",
                    HtmlTemplates.values(
                        "heading",
                        heading,
                        "message",
                        refused.getMessage(),
                        "self",
                        self,
                        "base",
                        localBase))))
        .text();
  }

  private static void send(HttpServletResponse response, int status, String type, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(type + "; charset=utf-8");
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  /** The 404 answer: what was asked, that the graph does not name it, and where to go. */
  record NotFoundPage(
      String iri, String asked, String localBase, Optional<String> nearMiss, PublicBase base) {

    String text() {
      return """
          Not found: nothing in the spkg graph names
            %s
          (asked as %s)
          %s
          Entity IRIs look like %s.
          Search the graph with SPARQL at %s%s/sparql or in the editor at %s;
          what the graph holds is described at %s.well-known/void
          """
          .formatted(
              iri,
              asked,
              nearMiss
                  .map(m -> "\nDid you mean " + base.toLocal(m, localBase).orElse(m) + " ?\n")
                  .orElse(""),
              base.iri("id/nation/JP"),
              localBase,
              ServedDataset.NAME,
              localBase,
              localBase);
    }

    String html() {
      Html body =
          NOT_FOUND.render(
              "body",
              HtmlTemplates.values(
                  "iri",
                  iri,
                  "asked",
                  asked,
                  "nearMiss",
                  nearMiss.orElse(""),
                  "nearMissHref",
                  nearMiss.map(m -> base.toLocal(m, localBase).orElse(m)).orElse(""),
                  "base",
                  localBase,
                  "example",
                  base.iri("id/nation/JP")));
      return HtmlTemplates.page(
              HtmlTemplates.values(
                  "title",
                  "Not found · spkg",
                  "head",
                  NOT_FOUND.render(
                      "head", HtmlTemplates.values("css", NOT_FOUND.render("not-found.css"))),
                  "body",
                  body))
          .text();
    }
  }
}
