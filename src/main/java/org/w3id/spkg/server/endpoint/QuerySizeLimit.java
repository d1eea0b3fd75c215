package org.w3id.spkg.server.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses query requests whose body is larger than a limit with 413, before anything reads them: a
 * SPARQL query is a few kilobytes, a megabyte one is a mistake or an attack. (Over-long URLs never
 * get here: Jetty answers them with 414 or 431.)
 */
public final class QuerySizeLimit implements Filter {

  private final long maxBytes;

  public QuerySizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    String path = request.getRequestURI();
    boolean query = path.endsWith("/sparql") || path.endsWith("/query");
    long length = request.getContentLengthLong();
    if (query && (length > maxBytes || (length < 0 && "POST".equals(request.getMethod())))) {
      HttpServletResponse response = (HttpServletResponse) resp;
      response.setStatus(length < 0 ? 411 : 413);
      response.setContentType("text/plain; charset=utf-8");
      response
          .getWriter()
          .println(
              length < 0
                  ? "A query POST needs a Content-Length."
                  : "The request is "
                      + length
                      + " bytes; spkg takes queries of at most "
                      + maxBytes
                      + " bytes.");
      return;
    }
    chain.doFilter(req, resp);
  }
}
