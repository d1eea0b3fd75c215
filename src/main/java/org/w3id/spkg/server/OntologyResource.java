package org.w3id.spkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.vocab.OntologyFiles;

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
 *   <li>{@code application/rdf+xml} and {@code application/ld+json}: the same graph;
 *   <li>{@code text/html} (or {@code application/xhtml+xml}): the documentation, {@link
 *       OntologyDocumentation}, where each term's section has the term's local name as its id.
 * </ul>
 *
 * <p>{@code ?format=ttl|rdf|jsonld|html} overrides the header; a type none of these satisfy is
 * answered 406. {@code /ontology/} answers as {@code /ontology}, and {@code
 * /ontology/context.jsonld} is the ontology's JSON-LD 1.1 context ({@link OntologyContext}). All
 * representations are made once, when the servlet is created, from the ontology folder.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().port(3030).add("/spkg", dataset);
 * OntologyResource.addTo(builder);
 * }</pre>
 */
public final class OntologyResource extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(OntologyResource.class);

  /** The servlet path specs: the ontology document and the files below it. */
  public static final List<String> PATH_SPECS = List.of("/ontology", "/ontology/*");

  /** The path, below the server's root, of the JSON-LD context. */
  public static final String CONTEXT_PATH = "/ontology/context.jsonld";

  /** The ontology's namespace (a hash namespace: the document is the IRI without the hash). */
  public static final String NAMESPACE = "https://w3id.org/spkg/ontology#";

  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  /** One representation of the ontology. */
  record Variant(String format, String mediaType, List<String> alsoAccepts, byte[] bytes) {
    Variant {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(mediaType, "mediaType");
      alsoAccepts = List.copyOf(alsoAccepts);
      Objects.requireNonNull(bytes, "bytes");
    }

    String contentType() {
      return mediaType + ";charset=utf-8";
    }
  }

  /** In the server's order of preference: it breaks ties between equal q-values. */
  private final List<Variant> variants;

  /**
   * The HTML as linked from {@code /ontology/} (the context link differs from {@code /ontology}).
   */
  private final byte[] htmlBelow;

  private final byte[] context;

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
        List.of(
            new Variant("ttl", "text/turtle", List.of(), turtle),
            new Variant(
                "rdf", "application/rdf+xml", List.of(), write(model, RDFFormat.RDFXML_PRETTY)),
            new Variant(
                "jsonld",
                "application/ld+json",
                List.of("application/json"),
                write(model, RDFFormat.JSONLD11)),
            new Variant(
                "html",
                "text/html",
                List.of("application/xhtml+xml"),
                doc.toHtml("ontology/context.jsonld").getBytes(StandardCharsets.UTF_8)));
    this.htmlBelow = doc.toHtml("context.jsonld").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    JSON.write(json, OntologyContext.of(model, NAMESPACE));
    this.context = json.toByteArray();
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
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Access-Control-Allow-Origin", "*");
    String below = Objects.toString(request.getPathInfo(), "");
    switch (below) {
      case "", "/" -> document(request, response, below.equals("/"));
      case "/context.jsonld" -> {
        response.setHeader("Cache-Control", "no-cache");
        send(response, "application/ld+json;charset=utf-8", context);
      }
      default ->
          error(
              response,
              HttpServletResponse.SC_NOT_FOUND,
              "Not found: below /ontology there are only /ontology/ and " + CONTEXT_PATH);
    }
  }

  private void document(HttpServletRequest request, HttpServletResponse response, boolean slash)
      throws IOException {
    response.setHeader("Vary", "Accept");
    response.setHeader("Cache-Control", "no-cache");
    String format = request.getParameter("format");
    Optional<Variant> chosen;
    if (format != null) {
      chosen = variants.stream().filter(v -> v.format().equals(format)).findFirst();
      if (chosen.isEmpty()) {
        error(
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "Unknown format '" + format + "': expected one of " + formats());
        return;
      }
    } else {
      chosen = AcceptHeader.parse(request.getHeader("Accept")).choose(variants);
      if (chosen.isEmpty()) {
        error(
            response,
            HttpServletResponse.SC_NOT_ACCEPTABLE,
            "None of the types in Accept is available: the ontology is served as "
                + variants.stream().map(Variant::mediaType).collect(Collectors.joining(", "))
                + " (or choose with ?format="
                + formats()
                + ")");
        return;
      }
    }
    Variant v = chosen.get();
    response.setHeader(
        "Link",
        variants.stream()
            .filter(other -> other != v)
            .map(
                o ->
                    "<?format="
                        + o.format()
                        + ">; rel=\"alternate\"; type=\""
                        + o.mediaType()
                        + "\"")
            .collect(Collectors.joining(", ")));
    if (v.format().equals("html")) {
      response.setHeader("Content-Security-Policy", CSP);
      send(response, v.contentType(), slash ? htmlBelow : v.bytes());
    } else {
      send(response, v.contentType(), v.bytes());
    }
  }

  /** An error with its reason as plain text (Fuseki's error handler would drop the message). */
  private static void error(HttpServletResponse response, int status, String message)
      throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain;charset=utf-8");
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  private String formats() {
    return variants.stream().map(Variant::format).collect(Collectors.joining("|"));
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

  /**
   * An {@code Accept} header as media ranges with q-values (RFC 9110, section 12.5.1). A variant's
   * q-value is that of the most specific range that matches it ({@code type/subtype} over {@code
   * type/*} over {@code *}{@code /*}); q=0 means "not acceptable". Parameters other than q are
   * ignored. A missing or empty header accepts everything.
   */
  record AcceptHeader(List<MediaRange> ranges) {

    AcceptHeader {
      ranges = List.copyOf(ranges);
    }

    /** One media range: type and subtype in lower case ({@code *} for a wildcard), and q. */
    record MediaRange(String type, String subtype, double q) {
      int specificity() {
        return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
      }

      boolean matches(String mediaType) {
        int slash = mediaType.indexOf('/');
        return type.equals("*")
            || (type.equals(mediaType.substring(0, slash))
                && (subtype.equals("*") || subtype.equals(mediaType.substring(slash + 1))));
      }
    }

    static AcceptHeader parse(String header) {
      List<MediaRange> ranges = new ArrayList<>();
      if (header == null || header.isBlank()) {
        ranges.add(new MediaRange("*", "*", 1));
        return new AcceptHeader(ranges);
      }
      for (String element : header.split(",")) {
        String[] parts = element.split(";");
        String range = parts[0].trim().toLowerCase(Locale.ROOT);
        int slash = range.indexOf('/');
        if (slash <= 0 || slash == range.length() - 1) {
          continue; // not a media range: ignored, as RFC 9110 allows
        }
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
          String param = parts[i].trim();
          if (param.regionMatches(true, 0, "q=", 0, 2)) {
            q = quality(param.substring(2).trim());
          }
        }
        String type = range.substring(0, slash).trim();
        String subtype = range.substring(slash + 1).trim();
        if (type.equals("*") && !subtype.equals("*")) {
          continue; // "*/xml" is not a media range
        }
        ranges.add(new MediaRange(type, subtype, q));
      }
      return new AcceptHeader(ranges);
    }

    private static double quality(String value) {
      try {
        double q = Double.parseDouble(value);
        return q >= 0 && q <= 1 ? q : 0;
      } catch (NumberFormatException e) {
        return 0; // a q we cannot read does not make a type acceptable
      }
    }

    /** The q-value of {@code mediaType}: that of the most specific matching range, else 0. */
    double quality(String mediaType, List<String> alsoAccepts) {
      MediaRange best = null;
      for (String type : concat(mediaType, alsoAccepts)) {
        for (MediaRange r : ranges) {
          if (r.matches(type)
              && (best == null
                  || r.specificity() > best.specificity()
                  || (r.specificity() == best.specificity() && r.q() > best.q()))) {
            best = r;
          }
        }
      }
      return best == null ? 0 : best.q();
    }

    /** The acceptable variant with the highest q-value; among equals, the first in the list. */
    Optional<Variant> choose(List<Variant> variants) {
      Variant best = null;
      double bestQ = 0;
      for (Variant v : variants) {
        double q = quality(v.mediaType(), v.alsoAccepts());
        if (q > bestQ) {
          best = v;
          bestQ = q;
        }
      }
      return Optional.ofNullable(best);
    }

    private static List<String> concat(String first, List<String> rest) {
      List<String> all = new ArrayList<>(rest.size() + 1);
      all.add(first);
      all.addAll(rest);
      return all;
    }
  }
}
