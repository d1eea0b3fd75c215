package org.w3id.spkg.server.endpoint;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request's body before the request takes a server thread, and gives it a deadline. Fuseki
 * and the servlets read bodies with blocking reads, so a client that sends a byte every few seconds
 * would hold a thread for as long as it likes, and a handful of such clients would hold them all.
 * Here the body is read as it arrives, with no thread waiting: only when the whole of it is in (or
 * the first {@code maxBytes} of a larger one) does the request go on, with the bytes read so far
 * handed to the servlet as if they came from the connection. A body that has not arrived within the
 * deadline, counted from the end of the request's headers, is answered 408 and its connection
 * closed.
 *
 * <p>A body larger than {@code maxBytes} is refused (413) except on the paths that take large
 * uploads (the write endpoints, which ask for credentials before they read anything): there the
 * rest of it is read by the servlet as it comes, and the connection's idle timeout applies.
 */
public final class RequestBodyDeadline extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(RequestBodyDeadline.class);

  private final int maxBytes;
  private final Duration deadline;
  private final Predicate<String> takesLargeBodies;

  /**
   * @param next the handler that answers
   * @param maxBytes the most bytes of a body read before the request goes on
   * @param deadline the time a body (up to {@code maxBytes} of it) may take to arrive
   * @param takesLargeBodies the paths (in the context) where a body may be larger
   */
  public RequestBodyDeadline(
      Handler next, int maxBytes, Duration deadline, Predicate<String> takesLargeBodies) {
    super(next);
    this.maxBytes = maxBytes;
    this.deadline = deadline;
    this.takesLargeBodies = takesLargeBodies;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    boolean chunked =
        request
            .getHeaders()
            .contains(HttpHeader.TRANSFER_ENCODING, HttpHeaderValue.CHUNKED.asString());
    boolean large = takesLargeBodies.test(Request.getPathInContext(request));
    if (length > maxBytes && !large) {
      tooLarge(response, callback, length + " bytes");
      return true;
    }
    if ((length > 0 && length <= maxBytes) || chunked) {
      new Reading(request, response, callback, large).start();
      return true;
    }
    return super.handle(request, response, callback);
  }

  private void tooLarge(Response response, Callback callback, String size) {
    answer(
        response,
        callback,
        413,
        "spkg: the request body is "
            + size
            + "; this path takes at most "
            + maxBytes
            + " bytes (a SPARQL query is a few kilobytes).\n");
  }

  private static void answer(Response response, Callback callback, int status, String text) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** One body being read: by the chunks' arrival, or by the deadline, whichever comes first. */
  private final class Reading implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final boolean large;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Scheduler.Task timer;
    private boolean settled;

    Reading(Request request, Response response, Callback callback, boolean large) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.large = large;
    }

    void start() {
      long elapsed = System.nanoTime() - request.getHeadersNanoTime();
      long left = Math.max(0, deadline.toNanos() - elapsed);
      Scheduler scheduler = request.getComponents().getScheduler();
      synchronized (this) {
        timer = scheduler.schedule(this::expire, left, TimeUnit.NANOSECONDS);
      }
      run();
    }

    /** Reads what has arrived; called again, on a pool thread, when more arrives. */
    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk;
        boolean last = false;
        boolean complete = false;
        synchronized (this) {
          if (settled) {
            return;
          }
          chunk = request.read();
          if (chunk != null && Content.Chunk.isFailure(chunk)) {
            settle();
          } else if (chunk != null) {
            ByteBuffer bytes = chunk.getByteBuffer();
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            body.write(copy, 0, copy.length);
            last = chunk.isLast();
            chunk.release();
            complete = last || body.size() >= maxBytes;
            if (complete) {
              settle();
            }
          }
        }
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          Response.writeError(request, response, callback, chunk.getFailure());
          return;
        }
        if (complete && !last && !large) {
          tooLarge(response, callback, "over " + maxBytes + " bytes");
          return;
        }
        if (complete) {
          proceed(last);
          return;
        }
      }
    }

    private void settle() {
      settled = true;
      timer.cancel();
    }

    private void proceed(boolean last) {
      byte[] bytes = body.toByteArray();
      Content.Chunk read = Content.Chunk.from(ByteBuffer.wrap(bytes), last);
      Request withBody = new ReadBody(request, read, last ? bytes : null);
      try {
        if (!getHandler().handle(withBody, response, callback)) {
          Response.writeError(request, response, callback, 404);
        }
      } catch (Throwable t) {
        Response.writeError(request, response, callback, t);
      }
    }

    private void expire() {
      synchronized (this) {
        if (settled) {
          return;
        }
        settled = true;
      }
      LOG.debug(
          "{} {}: no whole body within {} s; answered 408",
          request.getMethod(),
          request.getHttpURI().getPath(),
          deadline.toSeconds());
      answer(
          response,
          callback,
          408,
          "spkg: the request body did not arrive within "
              + deadline.toSeconds()
              + " s; send it at once.\n");
    }
  }

  /**
   * The whole body of a request that came through here, read before it went on (for {@link
   * QueryAdmission} to know the query), or null: no body, or one larger than {@code maxBytes}. The
   * bytes are shared with the request's own body: not to be changed.
   */
  static byte[] wholeBody(Request request) {
    ReadBody read = Request.as(request, ReadBody.class);
    return read == null ? null : read.whole;
  }

  /** The request with the body read so far in front of whatever is still to come. */
  private static final class ReadBody extends Request.Wrapper {
    private final byte[] whole;
    private Content.Chunk read;

    ReadBody(Request request, Content.Chunk read, byte[] whole) {
      super(request);
      this.read = read;
      this.whole = whole;
    }

    @Override
    public Content.Chunk read() {
      synchronized (this) {
        if (read != null) {
          Content.Chunk chunk = read;
          read = null;
          return chunk;
        }
      }
      return super.read();
    }

    @Override
    public void demand(Runnable demandCallback) {
      boolean ready;
      synchronized (this) {
        ready = read != null;
      }
      if (ready) {
        getContext().execute(demandCallback);
      } else {
        super.demand(demandCallback);
      }
    }

    @Override
    public void fail(Throwable failure) {
      synchronized (this) {
        read = null;
      }
      super.fail(failure);
    }
  }
}
