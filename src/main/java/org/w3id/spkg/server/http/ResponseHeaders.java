package org.w3id.spkg.server.http;

import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries, set in one place as the response is committed: {@code
 * X-Content-Type-Options: nosniff} on all of them, and a {@code Content-Security-Policy} on every
 * response that does not bring its own — {@link #PAGE_POLICY} on HTML, {@link #DATA_POLICY} on
 * everything else a browser might open as a document (plain-text errors that quote the request,
 * results, RDF); {@code Vary: Accept-Encoding} on every answer {@link Compression} may compress,
 * whatever {@code Vary} its servlet set. Scripts and stylesheets are left without one: a policy on
 * a script would govern a worker started from it.
 */
public final class ResponseHeaders extends Handler.Wrapper {

  /**
   * The policy of HTML pages without one of their own: scripts, styles and images from the server
   * itself only, inline styles allowed, inline scripts not; no plugins, no framing, no {@code
   * <base>}, forms posted to the server only.
   */
  static final String PAGE_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The policy of every other document: nothing runs, nothing loads, nothing frames it. */
  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  private static final String CSP = "Content-Security-Policy";
  private static final HttpField VARY_ENCODING = new HttpField(HttpHeader.VARY, "Accept-Encoding");

  public ResponseHeaders(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HeadersAtCommit.edit(request, ResponseHeaders::complete);
    return super.handle(request, response, callback);
  }

  private static void complete(HttpFields.Mutable fields) {
    fields.put("X-Content-Type-Options", "nosniff");
    String type = fields.get(HttpHeader.CONTENT_TYPE);
    String mime = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (Compression.compressible(mime)) {
      // Kept even where a servlet set its own Vary: the answer differs by Accept-Encoding.
      fields.ensureField(VARY_ENCODING);
    }
    if (fields.contains(CSP) || mime.contains("javascript") || mime.startsWith("text/css")) {
      return;
    }
    fields.put(CSP, mime.startsWith("text/html") ? PAGE_POLICY : DATA_POLICY);
  }
}
