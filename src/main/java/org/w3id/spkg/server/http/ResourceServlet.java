package org.w3id.spkg.server.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet of spkg's own resources (pages, entity documents, the ontology, dumps, the packs API):
 * its requests pass through {@link CommonHeaders}, so it never sets {@code nosniff}, CORS, the
 * default {@code Cache-Control} or answers {@code If-None-Match} itself.
 */
public abstract class ResourceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final CommonHeaders HEADERS = new CommonHeaders();

  @Override
  protected final void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HEADERS.doFilter(
        (ServletRequest) request,
        (ServletResponse) response,
        (q, s) -> respond((HttpServletRequest) q, (HttpServletResponse) s));
  }

  /**
   * Answers a request, inside {@link CommonHeaders}. Defaults to {@link HttpServlet}'s dispatch to
   * {@code doGet}, {@code doHead}, …; a resource that answers every method itself overrides this.
   */
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    super.service(request, response);
  }
}
