package org.w3id.spkg.server.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Answers HEAD as GET, without the body, for services that know only GET (Fuseki's SPARQL query
 * service answers HEAD with 405): the request goes on as a GET, and what the service writes is
 * dropped. HTTP asks that HEAD be answered wherever GET is.
 */
public final class HeadAsGet implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    if (!"HEAD".equals(request.getMethod())) {
      chain.doFilter(req, resp);
      return;
    }
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getMethod() {
            return "GET";
          }
        },
        new NoBody((HttpServletResponse) resp));
  }

  /** A response whose body goes nowhere. */
  private static final class NoBody extends HttpServletResponseWrapper {
    private final ServletOutputStream nowhere =
        new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("HEAD: no body to write");
          }

          @Override
          public void write(int b) {
            // dropped: HEAD has no body
          }

          @Override
          public void write(byte[] b, int off, int len) {
            // dropped: HEAD has no body
          }
        };

    NoBody(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return nowhere;
    }

    @Override
    public PrintWriter getWriter() {
      return new PrintWriter(new OutputStreamWriter(nowhere, StandardCharsets.UTF_8));
    }
  }
}
