package org.w3id.spkg.server.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads of the default graph through the Graph Store Protocol ({@code GET /spkg/get?default})
 * answer what SPARQL queries see as their default graph: the union of the named graphs.
 *
 * <p><b>Why.</b> spkg keeps every triple in a named graph (documents, ontology, reference,
 * inferred, meta) and the store makes their union the default graph of queries ({@code
 * tdb2:unionDefaultGraph}), but that setting is for queries only: Fuseki's Graph Store read takes
 * the stored default graph, which is empty, and answered {@code ?default} with an empty 200. This
 * filter asks Fuseki for its {@code ?graph=union} instead (Fuseki's own extension of the protocol),
 * so {@code ?default} gives the same triples as {@code CONSTRUCT WHERE { ?s ?p ?o }}. Writes
 * ({@code PUT}, {@code POST}, {@code DELETE}) are left as they are.
 *
 * <pre>{@code
 * builder.addFilter("/spkg/*", new DefaultGraphAsUnion());
 * }</pre>
 */
public final class DefaultGraphAsUnion implements Filter {

  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final Set<String> GRAPH_STORE = Set.of("get", "data");

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    if (!READS.contains(request.getMethod())
        || request.getParameter("default") == null
        || request.getParameter("graph") != null
        || !GRAPH_STORE.contains(lastSegment(request.getRequestURI()))) {
      chain.doFilter(req, resp);
      return;
    }
    Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
    parameters.remove("default");
    parameters.put("graph", new String[] {"union"});
    chain.doFilter(new Parameters(request, Collections.unmodifiableMap(parameters)), resp);
  }

  private static String lastSegment(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  /** A request with other parameters. */
  private static final class Parameters extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    Parameters(HttpServletRequest request, Map<String, String[]> parameters) {
      super(request);
      this.parameters = parameters;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String getQueryString() {
      return "graph=union";
    }
  }
}
