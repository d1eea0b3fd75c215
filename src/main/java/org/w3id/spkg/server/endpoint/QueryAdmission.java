package org.w3id.spkg.server.endpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.server.http.ServedDataset;

/**
 * Admission control for the requests that run queries: at most {@link AdmissionLimits#maxRunning}
 * of them run at once; the next {@link AdmissionLimits#maxQueued} wait, without a thread, for a
 * turn, in order of arrival; the rest, and any that waited longer than {@link
 * AdmissionLimits#maxWait}, are answered 503 with {@code Retry-After} and a text that says what
 * happened and what to do. A query's time limit starts when Fuseki starts the query, after its turn
 * came, so waiting here never makes a query time out.
 *
 * <p>Built on Jetty's {@link QoSHandler}, whose own refusal is an empty 503: here its refusals, and
 * only its, carry the header and the text. A 503 from further in (Fuseki's answer to a query that
 * ran out of time) goes out as Fuseki wrote it.
 *
 * <p>The requests counted are those that run queries ({@link #PATH_SPECS}): the SPARQL endpoint,
 * the graph store read endpoint, the packs API, entity pages (each runs a few bounded reads, and a
 * crawler walking them would otherwise take the processors from the queries) and the search page.
 * The home, documents, network and timeline pages (rendered from a summary kept since the last
 * write), the editor, the ontology, the dumps (long downloads that would hold a turn), ping,
 * metrics, static files and the write endpoints pass untouched, whatever the load.
 */
public final class QueryAdmission extends QoSHandler {

  /** The paths whose requests take a turn (Jetty path specs, matched on the path in context). */
  public static final List<String> PATH_SPECS =
      List.of(
          "/" + ServedDataset.NAME,
          "/" + ServedDataset.NAME + "/sparql",
          "/" + ServedDataset.NAME + "/query",
          "/" + ServedDataset.NAME + "/get",
          "/api/packs/*",
          "/id/*",
          "/search");

  private static final Logger LOG = LoggerFactory.getLogger(QueryAdmission.class);

  private final AdmissionLimits limits;
  private final AtomicInteger running;

  /**
   * @param next the handler that answers (Fuseki and the servlets)
   * @param limits how many run and wait
   */
  public QueryAdmission(Handler next, AdmissionLimits limits) {
    this(next, limits, new AtomicInteger());
  }

  private QueryAdmission(Handler next, AdmissionLimits limits, AtomicInteger running) {
    super(new Admitted(next, running));
    this.limits = limits;
    this.running = running;
    setMaxRequestCount(limits.maxRunning());
    setMaxSuspendedRequestCount(limits.maxQueued());
    setMaxSuspend(limits.maxWait());
    PATH_SPECS.forEach(this::includePath);
  }

  /** The requests that took a turn and are not yet answered. */
  public int running() {
    return running.get();
  }

  /** The requests waiting for a turn now. */
  public int queued() {
    return getSuspendedRequestCount();
  }

  @Override
  public boolean onConditionsMet(Request request, Response response, Callback callback)
      throws Exception {
    return super.onConditionsMet(request, new Waiting(response), callback);
  }

  /** A request that waited for {@link AdmissionLimits#maxWait} and is still not run. */
  @Override
  protected void failSuspended(
      Request request, Response response, Callback callback, int status, Throwable failure) {
    Response original = response instanceof Waiting w ? w.getWrapped() : response;
    if (status != HttpStatus.SERVICE_UNAVAILABLE_503) {
      super.failSuspended(request, original, callback, status, failure);
      return;
    }
    refuse(
        original,
        callback,
        String.format(
            Locale.ROOT,
            "spkg: the server is busy: this request waited %s s for one of the %d turns to run a"
                + " query and was not run. Try again in %d s (Retry-After).%n",
            seconds(),
            limits.maxRunning(),
            limits.retryAfterSeconds()));
  }

  private void refuse(Response response, Callback callback, String text) {
    LOG.debug("refused: {}", text.strip());
    if (response.isCommitted()) {
      callback.failed(new IllegalStateException("response already committed"));
      return;
    }
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
    response
        .getHeaders()
        .put(HttpHeader.RETRY_AFTER, Long.toString(limits.retryAfterSeconds()))
        .put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
    response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
  }

  private String queueFull() {
    return String.format(
        Locale.ROOT,
        "spkg: the server is busy: %d queries are running and %d more are waiting, its limits;"
            + " this request was not run. Try again in %d s (Retry-After).%n",
        limits.maxRunning(),
        limits.maxQueued(),
        limits.retryAfterSeconds());
  }

  private String seconds() {
    double s = limits.maxWait().toMillis() / 1000.0;
    return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
  }

  /**
   * The response while a request waits for its turn: anything written to it is the QoSHandler's own
   * refusal (an admitted request goes on with the response it came with, {@link Admitted}).
   */
  private final class Waiting extends Response.Wrapper {
    Waiting(Response response) {
      super(response.getRequest(), response);
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      if (getStatus() == HttpStatus.SERVICE_UNAVAILABLE_503) {
        refuse(getWrapped(), callback, queueFull());
      } else {
        super.write(last, content, callback);
      }
    }
  }

  /** Hands an admitted request on with its own response, not the {@link Waiting} one. */
  private static final class Admitted extends Handler.Wrapper {
    private final AtomicInteger running;

    Admitted(Handler next, AtomicInteger running) {
      super(next);
      this.running = running;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (!(response instanceof Waiting w)) {
        return super.handle(request, response, callback); // not a request that runs queries
      }
      running.incrementAndGet();
      Request.addCompletionListener(request, failure -> running.decrementAndGet());
      return super.handle(request, w.getWrapped(), callback);
    }
  }
}
