package org.w3id.spkg.server.endpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code TRACE} (and its old alias {@code TRACK}) with 405 on every path: a TRACE echoes
 * the request, credentials and cookies included, back to whoever sent it, and nothing in spkg needs
 * it. (Servlets inherit a working {@code doTrace}; this stops the request before any does.)
 */
public final class TraceRefused extends Handler.Wrapper {

  /** The methods some path of the server takes. */
  static final String ALLOWED = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

  public TraceRefused(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    if (!"TRACE".equalsIgnoreCase(method) && !"TRACK".equalsIgnoreCase(method)) {
      return super.handle(request, response, callback);
    }
    response.setStatus(405);
    response.getHeaders().put(HttpHeader.ALLOW, ALLOWED);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
    String text = "spkg: " + method + " is turned off; the server takes " + ALLOWED + ".\n";
    response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
