package org.w3id.spkg.server.endpoint;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which endpoints a {@code SERVICE} clause in a query at our endpoint may call: those whose URL
 * starts with one of {@code endpoints}. A public endpoint that fetches any URL it is given is a
 * server-side request forgery hole, so everything else is refused before any connection is made.
 *
 * <p>A prefix matches by parts, not by characters: same scheme, host and port, and the path equal
 * to the prefix's path or below it ({@code https://query.wikidata.org/sparql} allows {@code
 * …/sparql?format=json} but not {@code …/sparqlx}, {@code https://query.wikidata.org.example/} or
 * {@code https://query.wikidata.org@example.org/}). SERVICE calls do not follow redirects, so an
 * allowed endpoint cannot forward the call elsewhere.
 *
 * <p>A refused call fails the query with a {@link QueryDeniedException}, which Fuseki answers with
 * 422 and the message. {@code LOAD} in an update is held to the same list ({@link
 * GuardedUpdateService}). {@code SERVICE SILENT} keeps its meaning: the refused call is skipped as
 * if it had failed, and the endpoint is not contacted either.
 *
 * <pre>{@code
 * ServicePolicy.allowing(List.of("https://query.wikidata.org/sparql"))
 *     .applyTo(dataset.getContext());
 * }</pre>
 *
 * @param endpoints URL prefixes of the endpoints SERVICE may call; empty turns SERVICE off
 */
public record ServicePolicy(List<String> endpoints) {

  private static final Logger LOG = LoggerFactory.getLogger(ServicePolicy.class);

  /** Wikidata's query service, the endpoint allowed by default. */
  static final String WIKIDATA = "https://query.wikidata.org/sparql";

  public ServicePolicy {
    endpoints = List.copyOf(endpoints);
    for (String e : endpoints) {
      Optional<URI> uri = httpUri(e);
      if (uri.isEmpty()
          || uri.get().getRawUserInfo() != null
          || uri.get().getRawQuery() != null
          || uri.get().getRawFragment() != null) {
        throw new IllegalArgumentException(
            "--service-allow needs an http(s) endpoint URL without user, query or fragment, such"
                + " as "
                + WIKIDATA
                + "; got: "
                + e);
      }
    }
  }

  /** The default policy: SERVICE may call Wikidata's query service only. */
  public static ServicePolicy defaults() {
    return new ServicePolicy(List.of(WIKIDATA));
  }

  /** A policy allowing the endpoints whose URLs start with one of {@code endpoints}. */
  public static ServicePolicy allowing(List<String> endpoints) {
    return new ServicePolicy(endpoints);
  }

  /** Whether SERVICE may call {@code url}. */
  boolean allows(String url) {
    Optional<URI> target = httpUri(url);
    if (target.isEmpty() || target.get().getRawUserInfo() != null || isAmbiguous(target.get())) {
      return false;
    }
    return endpoints.stream()
        .map(e -> httpUri(e).orElseThrow())
        .anyMatch(e -> covers(e, target.get()));
  }

  /**
   * Installs the policy in {@code context}, the context of the dataset that the endpoint serves: a
   * guard at the head of both SERVICE executor chains, which lets allowed calls through to the
   * executors already there, and an HTTP client for SERVICE calls that follows no redirects.
   * Applying a policy replaces one applied before.
   */
  public void applyTo(Context context) {
    ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
    registry.getBulkChain().removeIf(Guard.class::isInstance);
    registry.getSingleChain().removeIf(Guard.class::isInstance);
    Guard guard = new Guard(this);
    registry.addBulkLink(guard);
    registry.addSingleLink(guard);
    ServiceExecutorRegistry.set(context, registry);
    HttpClient noRedirects =
        HttpEnv.httpClientBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    context.set(ARQ.httpQueryClient, noRedirects);
  }

  /** The endpoints SERVICE may call, as a refusal names them: {@code <url>, <url>}. */
  private String allowed() {
    return endpoints.stream().map(e -> "<" + e + ">").collect(Collectors.joining(", "));
  }

  /** The message of a refused call to {@code service}. */
  String refusal(Node service) {
    String where =
        endpoints.isEmpty()
            ? "SERVICE is off on this spkg endpoint"
            : "spkg only federates to " + allowed();
    return "SERVICE "
        + NodeFmtLib.strTTL(service)
        + " is not allowed: "
        + where
        + "; start the server with --service-allow URL to add one";
  }

  /**
   * The message of a refused {@code LOAD <source>}: it names the source as the update gave it and
   * says nothing of what is there.
   */
  String loadRefusal(String source) {
    String where =
        endpoints.isEmpty()
            ? "SERVICE is off on this spkg endpoint, and LOAD with it"
            : "spkg LOADs only from the URLs SERVICE may call: " + allowed();
    return "LOAD <"
        + source
        + "> is not allowed: "
        + where
        + " (no file: URLs); start the server with --service-allow URL to add one";
  }

  private static boolean covers(URI prefix, URI target) {
    if (!prefix.getScheme().equalsIgnoreCase(target.getScheme())
        || !prefix.getHost().equalsIgnoreCase(target.getHost())
        || port(prefix) != port(target)) {
      return false;
    }
    String base = pathOf(prefix);
    String path = pathOf(target);
    return path.equals(base) || path.startsWith(base.endsWith("/") ? base : base + "/");
  }

  /** Paths that servers may read differently than they are written: refused, not guessed. */
  private static boolean isAmbiguous(URI uri) {
    String path = pathOf(uri).toLowerCase(Locale.ROOT);
    return path.contains("%2e")
        || path.contains("%2f")
        || path.contains("%5c")
        || path.contains("\\")
        || path.contains("/../")
        || path.endsWith("/..");
  }

  private static String pathOf(URI uri) {
    String path = uri.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  /** {@code text} as a normalised absolute http(s) URI with a host, if it is one. */
  private static Optional<URI> httpUri(String text) {
    try {
      URI uri = new URI(text).normalize();
      String scheme = uri.getScheme();
      boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The link at the head of both executor chains. The bulk link sees a SERVICE once, while the
   * query plan is built, so a constant IRI is refused before the response starts; the single link
   * sees each call with its variables bound ({@code SERVICE ?endpoint}).
   */
  private record Guard(ServicePolicy policy)
      implements ChainingServiceExecutorBulk, ChainingServiceExecutor {

    @Override
    public QueryIterator createExecution(
        OpService op, QueryIterator input, ExecutionContext execCxt, ServiceExecutorBulk chain) {
      Node service = op.getService();
      if (service.isVariable() || isAllowed(service)) {
        return chain.createExecution(op, input, execCxt);
      }
      if (op.getSilent()) {
        LOG.debug("skipped SERVICE SILENT: {}", policy.refusal(service));
        return input;
      }
      throw new QueryDeniedException(policy.refusal(service));
    }

    @Override
    public QueryIterator createExecution(
        OpService opExecute,
        OpService opOriginal,
        Binding binding,
        ExecutionContext execCxt,
        ServiceExecutor chain) {
      Node service = opExecute.getService();
      if (!isAllowed(service)) {
        if (opExecute.getSilent()) {
          LOG.debug("skipped SERVICE SILENT: {}", policy.refusal(service));
          return QueryIterSingleton.create(binding, execCxt);
        }
        throw new QueryDeniedException(policy.refusal(service));
      }
      try {
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
      } catch (QueryExceptionHTTP e) {
        if (e.getStatusCode() >= 300 && e.getStatusCode() < 400) {
          throw new QueryDeniedException(
              "SERVICE "
                  + NodeFmtLib.strTTL(service)
                  + " answered with a redirect (HTTP "
                  + e.getStatusCode()
                  + "), and spkg follows none from SERVICE calls; allow the URL it redirects to"
                  + " with --service-allow and use that URL in the query",
              e);
        }
        throw e;
      }
    }

    private boolean isAllowed(Node service) {
      return service.isURI() && policy.allows(service.getURI());
    }
  }
}
