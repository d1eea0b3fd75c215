package org.w3id.spkg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.Prefixes;

/**
 * The public base of the IRIs the server answers for, and the mapping between those IRIs and the
 * server's own URLs: with the default base {@code https://w3id.org/spkg/}, the entity {@code
 * https://w3id.org/spkg/id/nation/JP} is served at {@code http://localhost:3030/id/nation/JP} (the
 * local base is taken from each request, so the same server answers on loopback, under a reverse
 * proxy or at a deployment host).
 *
 * <p>Descriptions keep the stored IRIs, never the local URLs: a consumer that merges our data with
 * its own gets the same IRIs wherever it fetched them. The {@code Content-Location} and {@code
 * Link} headers say where each document is.
 *
 * <p>The base is the prefix of the IRIs in the store. spkg mints entity IRIs under {@code
 * https://w3id.org/spkg/}; set another base only for data minted under another one.
 *
 * <pre>{@code
 * PublicBase base = PublicBase.of("https://w3id.org/spkg/");
 * base.iri("id/nation/JP");                                   // https://w3id.org/spkg/id/nation/JP
 * base.toLocal("https://w3id.org/spkg/id/nation/JP", "http://localhost:3030/");
 *                                                  // Optional[http://localhost:3030/id/nation/JP]
 * }</pre>
 *
 * @param iri the base: an absolute http or https IRI, ending in "/", without query or fragment
 */
public record PublicBase(String iri) {

  /** The base spkg mints its IRIs under: {@code https://w3id.org/spkg/}. */
  public static final PublicBase W3ID = new PublicBase("https://w3id.org/spkg/");

  /** An entity kind is a prefix ({@code nation:JP}) if it is a Turtle prefix name. */
  private static final Pattern PREFIX_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  public PublicBase {
    if (iri == null) {
      throw new IllegalArgumentException("The public base must be an IRI, got null");
    }
    URI uri;
    try {
      uri = new URI(iri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("The public base is not an IRI: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme))
        || uri.getRawAuthority() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || !iri.endsWith("/")) {
      throw new IllegalArgumentException(
          "The public base must be an http(s) IRI ending in '/' without query or fragment, like"
              + " https://w3id.org/spkg/; got '"
              + iri
              + "'");
    }
  }

  /** The base {@code iri}, checked: see the class description. */
  public static PublicBase of(String iri) {
    return new PublicBase(iri);
  }

  /** The public IRI of a path relative to the base: {@code "id/nation/JP"} → its entity IRI. */
  public String iri(String path) {
    return iri + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** Whether {@code other} is under this base. */
  public boolean contains(String other) {
    return other != null && other.startsWith(iri);
  }

  /**
   * The local URL of a public IRI: the same path under {@code localBase}; empty if {@code
   * publicIri} is not under this base.
   */
  public Optional<String> toLocal(String publicIri, String localBase) {
    if (!contains(publicIri)) {
      return Optional.empty();
    }
    return Optional.of(checkLocalBase(localBase) + publicIri.substring(iri.length()));
  }

  /**
   * The public IRI of a local URL: the same path under this base; empty if {@code localUrl} is not
   * under {@code localBase}.
   */
  public Optional<String> toPublic(String localUrl, String localBase) {
    if (localUrl == null || !localUrl.startsWith(checkLocalBase(localBase))) {
      return Optional.empty();
    }
    return Optional.of(iri + localUrl.substring(localBase.length()));
  }

  /**
   * The prefixes to write {@code g} with: those of the vocabularies spkg builds on that {@code g}
   * uses (spkg, rdf, rdfs, owl, xsd, skos, dct, prov, org, oa, schema, foaf, wd), and one for each
   * kind of entity under this base it mentions ({@code nation:} for {@code …/id/nation/}).
   */
  public Map<String, String> prefixes(Graph g) {
    Set<String> iris = new TreeSet<>();
    g.find()
        .forEachRemaining(
            t -> {
              for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                  iris.add(n.getURI());
                } else if (n.isLiteral()) {
                  iris.add(n.getLiteralDatatypeURI());
                }
              }
            });
    Map<String, String> used = new LinkedHashMap<>();
    Vocabularies.TABLE.forEach(
        (prefix, ns) -> {
          if (iris.stream().anyMatch(i -> i.startsWith(ns))) {
            used.put(prefix, ns);
          }
        });
    String entities = iri("id/");
    for (String i : iris) {
      if (i.startsWith(entities)) {
        String rest = i.substring(entities.length());
        String kind = rest.indexOf('/') > 0 ? rest.substring(0, rest.indexOf('/')) : "";
        if (PREFIX_NAME.matcher(kind).matches() && !Vocabularies.TABLE.containsKey(kind)) {
          used.putIfAbsent(kind, entities + kind + "/");
        }
      }
    }
    return used;
  }

  /**
   * The base of the server as this request reached it, ending in "/": {@code
   * http://localhost:3030/} (with the servlet context path, if any).
   */
  public static String localBase(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    String origin = url.substring(0, url.length() - request.getRequestURI().length());
    return origin + request.getContextPath() + "/";
  }

  /**
   * The path of the request below the local base, without a leading "/" and still percent-encoded
   * as sent: {@code id/nation/JP}.
   */
  public static String localPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length() + 1);
  }

  private static String checkLocalBase(String localBase) {
    if (localBase == null || !localBase.endsWith("/")) {
      throw new IllegalArgumentException("A local base ends in '/', got '" + localBase + "'");
    }
    return localBase;
  }

  /**
   * The vocabularies' prefixes ({@link org.w3id.spkg.vocab.Prefixes}): the ontology's, and those of
   * the reference data outside spkg's own base ({@code wd:}).
   */
  private static Map<String, String> vocabularies() {
    Map<String, String> m = new TreeMap<>(Prefixes.ontology());
    Prefixes.referenceData().entrySet().stream()
        .filter(e -> !W3ID.contains(e.getValue()))
        .forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(m);
  }

  /** Read on first use, so that a base can be checked without the ontology folder. */
  private static final class Vocabularies {
    static final Map<String, String> TABLE = vocabularies();
  }
}
