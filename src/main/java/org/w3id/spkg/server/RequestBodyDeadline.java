package org.w3id.spkg.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
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
 * <p>The rest of a body larger than {@code maxBytes} (a graph store upload) is read by the servlet
 * as it comes; the connector's minimum data rate closes it if it slows below the same pace.
 */
final class RequestBodyDeadline extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(RequestBodyDeadline.class);

  private final int maxBytes;
  private final Duration deadline;

  /**
   * @param next the handler that answers
   * @param maxBytes the most bytes of a body read before the request goes on
   * @param deadline the time a body (up to {@code maxBytes} of it) may take to arrive
   */
  RequestBodyDeadline(Handler next, int maxBytes, Duration deadline) {
    super(next);
    this.maxBytes = maxBytes;
    this.deadline = deadline;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!hasBody(request)) {
      return super.handle(request, response, callback);
    }
    new Reading(request, response, callback).start();
    return true;
  }

  /** Whether the request says a body follows that fits in {@code maxBytes} or may (chunked). */
  private boolean hasBody(Request request) {
    for (HttpField field : request.getHeaders()) {
      if (field.getHeader() == HttpHeader.CONTENT_LENGTH) {
        long length = field.getLongValue();
        return length > 0 && length <= maxBytes;
      }
      if (field.getHeader() == HttpHeader.TRANSFER_ENCODING) {
        return field.contains(HttpHeaderValue.CHUNKED.asString());
      }
    }
    return false;
  }

  /** One body being read: by the chunks' arrival, or by the deadline, whichever comes first. */
  private final class Reading implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Scheduler.Task timer;
    private boolean settled;

    Reading(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
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
      Content.Chunk read = Content.Chunk.from(ByteBuffer.wrap(body.toByteArray()), last);
      Request withBody = new ReadBody(request, read);
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
      response.setStatus(408);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
      String text =
          "spkg: the request body did not arrive within "
              + deadline.toSeconds()
              + " s; send it at once.\n";
      response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    }
  }

  /** The request with the body read so far in front of whatever is still to come. */
  private static final class ReadBody extends Request.Wrapper {
    private Content.Chunk read;

    ReadBody(Request request, Content.Chunk read) {
      super(request);
      this.read = read;
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
