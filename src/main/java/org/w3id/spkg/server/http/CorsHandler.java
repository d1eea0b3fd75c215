package org.w3id.spkg.server.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Cross-origin resource sharing that lends nothing: every read endpoint and page answers any origin
 * with {@code Access-Control-Allow-Origin: *} and never with credentials, so a web page elsewhere
 * can query the public data (editors, Comunica) but never with a visitor's password. Credentials
 * are lent only to the origins named ({@code --cors-origin}): for them the origin is reflected with
 * {@code Access-Control-Allow-Credentials: true}, and then every response says {@code Vary:
 * Origin}.
 *
 * <p>Writes — {@code /spkg/update}, {@code /spkg/data}, and any method but GET, HEAD and OPTIONS
 * outside the query endpoints — are refused (403) when they come from a page of another origin that
 * is not named, preflight or not: a plain HTML form can POST cross-origin without a preflight, and
 * the browser would add the Basic credentials it remembers. The write endpoints carry no CORS
 * headers for origins not named. Requests without {@code Origin} (curl, Jena, RDF4J) and from the
 * server's own pages are not affected.
 *
 * <p>The headers are set as the response is committed ({@link HeadersAtCommit}), over whatever a
 * servlet set, so this class is the only one that decides them.
 */
public final class CorsHandler extends Handler.Wrapper {

  /** The request headers a page of any origin may send. */
  static final List<String> ALLOWED_HEADERS =
      List.of(
          "Accept",
          "Accept-Language",
          "Content-Language",
          "Content-Type",
          "Cache-Control",
          "If-None-Match",
          "If-Modified-Since",
          "Range",
          "X-Requested-With");

  /** The response headers a page may read. */
  static final String EXPOSED = CommonHeaders.EXPOSED;

  private static final String READ_METHODS = "GET, HEAD, OPTIONS";
  private static final String QUERY_METHODS = "GET, HEAD, POST, OPTIONS";
  private static final String ALL_METHODS = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS";
  private static final String MAX_AGE = "600";
  private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  private static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
  private static final String REQUEST_METHOD = "Access-Control-Request-Method";
  private static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
  private static final List<String> RESPONSE_HEADERS =
      List.of(
          ALLOW_ORIGIN,
          ALLOW_CREDENTIALS,
          "Access-Control-Allow-Methods",
          "Access-Control-Allow-Headers",
          "Access-Control-Expose-Headers",
          "Access-Control-Max-Age");

  private final Set<String> trusted;
  private final String dataset;

  /**
   * @param next the handler that answers
   * @param trusted the origins lent credentials, as {@link #origin} gives them
   * @param dataset the dataset's name: its {@code update} and {@code data} endpoints are writes,
   *     its {@code sparql} and {@code query} endpoints take queries by POST
   */
  public CorsHandler(Handler next, Set<String> trusted, String dataset) {
    super(next);
    this.trusted = Set.copyOf(trusted);
    this.dataset = "/" + dataset + "/";
  }

  /**
   * The origin {@code text} names, in the form browsers send it ({@code https://app.example.org},
   * {@code http://localhost:8080}: scheme and host in lower case, no default port, no path).
   *
   * @throws IllegalArgumentException if {@code text} is not an http(s) origin
   */
  public static String origin(String text) {
    return parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "a CORS origin is a scheme, a host and maybe a port, like"
                        + " https://app.example.org or http://localhost:8080; got '"
                        + text
                        + "'"));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    String path = Request.getPathInContext(request);
    Optional<String> parsed = origin == null ? Optional.empty() : parse(origin);
    boolean named = parsed.filter(trusted::contains).isPresent();
    boolean own = parsed.filter(o -> o.equals(own(request.getHttpURI()))).isPresent();
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    if (origin != null
        && "OPTIONS".equals(method)
        && request.getHeaders().contains(REQUEST_METHOD)) {
      return preflight(request, response, callback, origin, named, path);
    }
    if (origin != null && !named && !own && isWrite(method, path)) {
      refuse(
          response,
          callback,
          "a page at "
              + origin
              + " may not "
              + method
              + " "
              + path
              + ": writes from other origins are refused; start the server with --cors-origin "
              + origin
              + " to let that site write with its users' credentials");
      return true;
    }
    boolean writeEndpoint = isWriteEndpoint(path);
    HeadersAtCommit.edit(
        request, fields -> corsHeaders(fields, named ? origin : null, writeEndpoint));
    return super.handle(request, response, callback);
  }

  private boolean preflight(
      Request request,
      Response response,
      Callback callback,
      String origin,
      boolean named,
      String path) {
    String method = request.getHeaders().get(REQUEST_METHOD).trim().toUpperCase(Locale.ROOT);
    HttpFields.Mutable headers = response.getHeaders();
    if (named) {
      headers.put(ALLOW_ORIGIN, origin);
      headers.put(ALLOW_CREDENTIALS, "true");
      headers.put("Access-Control-Allow-Methods", ALL_METHODS);
      headers.put(
          "Access-Control-Allow-Headers", String.join(", ", ALLOWED_HEADERS) + ", Authorization");
    } else {
      List<String> asked = requestedHeaders(request);
      Optional<String> notAllowed =
          asked.stream()
              .filter(h -> ALLOWED_HEADERS.stream().noneMatch(h::equalsIgnoreCase))
              .findFirst();
      if (isWrite(method, path) || isWriteEndpoint(path) || notAllowed.isPresent()) {
        refuse(
            response,
            callback,
            "a page at "
                + origin
                + " may not send "
                + method
                + (notAllowed.isPresent() ? " with the header " + notAllowed.get() : "")
                + " to "
                + path
                + " from another origin");
        return true;
      }
      headers.put(ALLOW_ORIGIN, "*");
      headers.put(
          "Access-Control-Allow-Methods", isQueryEndpoint(path) ? QUERY_METHODS : READ_METHODS);
      headers.put("Access-Control-Allow-Headers", String.join(", ", ALLOWED_HEADERS));
    }
    headers.put("Access-Control-Max-Age", MAX_AGE);
    headers.add(
        HttpHeader.VARY, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    response.setStatus(204);
    callback.succeeded();
    return true;
  }

  /** Sets the CORS headers of an answer, over any a servlet set. */
  private void corsHeaders(HttpFields.Mutable fields, String namedOrigin, boolean writeEndpoint) {
    RESPONSE_HEADERS.forEach(fields::remove);
    if (namedOrigin != null) {
      fields.put(ALLOW_ORIGIN, namedOrigin);
      fields.put(ALLOW_CREDENTIALS, "true");
      fields.put("Access-Control-Expose-Headers", EXPOSED);
    } else if (!writeEndpoint) {
      fields.put(ALLOW_ORIGIN, "*");
      fields.put("Access-Control-Expose-Headers", EXPOSED);
    }
    if (!trusted.isEmpty()) {
      fields.ensureField(new HttpField(HttpHeader.VARY, "Origin"));
    }
  }

  private static void refuse(Response response, Callback callback, String why) {
    response.setStatus(403);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
    ByteBuffer body = ByteBuffer.wrap(("spkg: " + why + ".\n").getBytes(StandardCharsets.UTF_8));
    response.write(true, body, callback);
  }

  /** A method that changes something, unless it is a query sent by POST. */
  private boolean isWrite(String method, String path) {
    return switch (method) {
      case "GET", "HEAD", "OPTIONS" -> false;
      case "POST" -> !isQueryEndpoint(path);
      default -> true;
    };
  }

  private boolean isQueryEndpoint(String path) {
    return path.equals(dataset + "sparql") || path.equals(dataset + "query");
  }

  private boolean isWriteEndpoint(String path) {
    return path.equals(dataset + "update")
        || path.equals(dataset + "data")
        || path.startsWith(dataset + "data/");
  }

  private static List<String> requestedHeaders(Request request) {
    String asked = request.getHeaders().get(REQUEST_HEADERS);
    if (asked == null || asked.isBlank()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(asked.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
    return List.copyOf(names);
  }

  /** The origin of the server as this request reached it. */
  private static String own(HttpURI uri) {
    return parse(uri.getScheme() + "://" + uri.getAuthority()).orElse("");
  }

  private static Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      String path = uri.getRawPath();
      if (!web
          || uri.getHost() == null
          || uri.getRawUserInfo() != null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || (path != null && !path.isEmpty())) {
        return Optional.empty();
      }
      int port = uri.getPort();
      boolean defaultPort = port == -1 || port == (scheme.equals("https") ? 443 : 80);
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
