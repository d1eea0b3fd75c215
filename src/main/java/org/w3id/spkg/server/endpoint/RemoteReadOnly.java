package org.w3id.spkg.server.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * On a server that reads a remote store ({@code spkg serve --endpoint}), the write endpoints
 * ({@code /spkg/update}, {@code /spkg/data}) answer 405 with a message that says where the store is
 * written, rather than a bare 404: the server never writes to the store it reads.
 *
 * <pre>{@code
 * builder.addFilter("/spkg/*", new RemoteReadOnly("http://store.example:3030/ds/sparql"));
 * }</pre>
 */
public final class RemoteReadOnly implements Filter {

  private final String endpoint;

  /** For a server that reads the store at {@code endpoint}. */
  public RemoteReadOnly(String endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!WriteEndpoints.isWrite(path)) {
      chain.doFilter(req, resp);
      return;
    }
    HttpServletResponse response = (HttpServletResponse) resp;
    byte[] body =
        ("This spkg server reads the store at "
                + endpoint
                + " (spkg serve --endpoint) and never writes to it: update and graph store writes"
                + " are not served here. Write to that store directly (spkg ingest --to, or its own"
                + " update endpoint).\n")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    response.setHeader("Allow", "");
    response.setContentType("text/plain;charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
