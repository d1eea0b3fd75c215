package org.w3id.spkg.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The headers every spkg resource answers with, in one place: {@code X-Content-Type-Options:
 * nosniff}; {@code Access-Control-Allow-Origin: *} with the headers a page may read (the server's
 * CorsHandler refines both for the origins lent credentials, when the server runs); {@code
 * Cache-Control: no-cache} unless the resource says otherwise; and conditional requests: a {@code
 * GET} or {@code HEAD} whose {@code If-None-Match} names the {@code ETag} the resource set (or is
 * {@code *}) is answered 304 without a body. A resource only sets its {@code ETag} ({@link #etag}
 * makes one from the bytes) before it writes; it never compares it itself.
 *
 * <p>Every resource servlet runs its requests through this filter ({@link ResourceServlet}), so a
 * resource answers the same whether the server mounts it or a test mounts it alone.
 */
public final class CommonHeaders extends HttpFilter {

  /** The response headers a page of another origin may read. */
  public static final String EXPOSED =
      "Content-Location, Content-Disposition, Link, ETag, Vary, Server-Timing, SPKG-Rows,"
          + " SPKG-Query-Class";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Expose-Headers", EXPOSED);
    response.setHeader("Cache-Control", "no-cache");
    chain.doFilter(request, new Conditional(request, response));
  }

  /** A strong entity tag for {@code bytes}: the first 96 bits of their SHA-256, quoted. */
  public static String etag(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return '"' + HexFormat.of().formatHex(hash, 0, 12) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }

  /** A strong entity tag for {@code text}, as {@link #etag(byte[])} of its UTF-8. */
  public static String etag(String text) {
    return etag(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether {@code ifNoneMatch} (a header value, maybe null) names {@code etag} or is {@code *}.
   */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || etag == null) {
      return false;
    }
    String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
    return Stream.of(ifNoneMatch.split(","))
        .map(String::strip)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(opaque));
  }

  /** A response that turns into a body-less 304 when the request already has its entity tag. */
  private static final class Conditional extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    Conditional(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    private boolean notModified() {
      String method = request.getMethod();
      if (getStatus() != SC_OK || !(method.equals("GET") || method.equals("HEAD"))) {
        return false;
      }
      if (!matches(request.getHeader("If-None-Match"), getHeader("ETag"))) {
        return false;
      }
      setStatus(SC_NOT_MODIFIED);
      return true;
    }

    @Override
    public void setContentLength(int length) {
      if (!notModified()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!notModified()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return notModified() || getStatus() == SC_NOT_MODIFIED
          ? new Discarding()
          : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return notModified() || getStatus() == SC_NOT_MODIFIED
          ? new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)
          : super.getWriter();
    }
  }

  /** The body of a 304: nothing. */
  private static final class Discarding extends ServletOutputStream {
    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("a 304 has no body to write");
    }
  }
}
