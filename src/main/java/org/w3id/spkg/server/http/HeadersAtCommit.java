package org.w3id.spkg.server.http;

import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;

/**
 * Edits the headers of a response at the moment it is committed, after every servlet, filter and
 * error handler has set its own: the one place where a header can be made true of every response
 * ({@code nosniff}, a {@code Vary} that a servlet's {@code setHeader("Vary", …)} cannot drop, CORS
 * headers that no servlet can contradict).
 */
final class HeadersAtCommit {

  private HeadersAtCommit() {}

  /** Runs {@code edit} on the headers of the final (non-1xx) response to {@code request}. */
  static void edit(Request request, Consumer<HttpFields.Mutable> edit) {
    request.addHttpStreamWrapper(
        stream ->
            new HttpStream.Wrapper(stream) {
              @Override
              public void send(
                  MetaData.Request req,
                  MetaData.Response res,
                  boolean last,
                  ByteBuffer content,
                  Callback callback) {
                super.send(req, res == null ? null : edited(res, edit), last, content, callback);
              }
            });
  }

  private static MetaData.Response edited(
      MetaData.Response res, Consumer<HttpFields.Mutable> edit) {
    if (res.getStatus() < 200) {
      return res;
    }
    HttpFields.Mutable fields = HttpFields.build(res.getHttpFields());
    edit.accept(fields);
    return new MetaData.Response(
        res.getStatus(),
        res.getReason(),
        res.getHttpVersion(),
        fields,
        res.getContentLength(),
        res.getTrailersSupplier());
  }
}
