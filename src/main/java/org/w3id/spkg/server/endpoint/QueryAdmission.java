package org.w3id.spkg.server.endpoint;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.pathmap.PathSpecSet;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.server.http.ServedDataset;

/**
 * Admission control for the requests that run queries, by cost, in three lanes: at most {@link
 * AdmissionLimits#maxRunning} medium or expensive ones run at once, and beside them twice as many
 * cheap ones and twice as many instant ones, so a query never waits for a slower class to end; the
 * next {@link AdmissionLimits#maxQueued} wait, without a thread, for a turn in their lane, medium
 * before expensive, each class in order of arrival (but one that waited half the queue wait goes
 * before cheaper ones, so none is starved); the rest, and any that waited longer than {@link
 * AdmissionLimits#maxWait}, are answered 503 with {@code Retry-After} and a text that says what
 * happened and what to do. A query's time limit starts when Fuseki starts the query, after its turn
 * came, so waiting here never makes a query time out.
 *
 * <p>The cost of a request is learnt from the same query's earlier runs ({@link QueryCosts}, keyed
 * by {@link QueryKey}): the processor time its thread spent answering it, which, unlike the time
 * from its turn to its last byte, does not grow when other queries share the processors (that time
 * where the JVM cannot measure a thread's processor time). It is named in the response header
 * {@value QueryClass#HEADER} ({@link QueryClass}: {@code instant} under 10 ms, {@code cheap} under
 * 100 ms, {@code expensive} from 1 s, {@code medium} between and for a query not seen yet); how
 * long the request waited for its turn is in {@code Server-Timing: wait;dur=MILLISECONDS}. The
 * bookkeeping is {@link AdmissionQueue}; this handler suspends and resumes the requests, as Jetty's
 * {@code QoSHandler} does: a waiting request holds no thread, and is resumed on the server's
 * executor.
 *
 * <p>Medium and expensive requests run on threads of their own, one per turn, at a lower priority
 * of the operating system ({@link LowPriorityThreads}): a light query that arrives while two slow
 * ones hold both processors is given one at once instead of a third of each, and the slow ones lose
 * only the milliseconds it takes. Instant and cheap requests run on the thread that received them.
 *
 * <p>The requests counted are those that run queries ({@link #PATH_SPECS}): the SPARQL endpoint,
 * the graph store read endpoint, the packs API, entity pages (each runs a few bounded reads, and a
 * crawler walking them would otherwise take the processors from the queries) and the search page.
 * The home, documents, network and timeline pages (rendered from a summary kept since the last
 * write), the editor, the ontology, the dumps (long downloads that would hold a turn), ping,
 * metrics, static files and the write endpoints pass untouched, whatever the load.
 */
public final class QueryAdmission extends Handler.Wrapper {

  /** The response header that says how long a request waited for its turn. */
  static final String SERVER_TIMING = "Server-Timing";

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

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Whether a thread's processor time can be read: the cost measured, else the time taken. */
  private static final boolean PROCESSOR_TIME =
      THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  private final AdmissionLimits limits;
  private final PathSpecSet counted = new PathSpecSet();
  private final QueryCosts costs = new QueryCosts();
  private final AdmissionQueue<Turn> queue;

  /** The threads, at a lower priority, that run medium and expensive requests: one per turn. */
  private volatile ExecutorService slowLane;

  /**
   * @param next the handler that answers (Fuseki and the servlets)
   * @param limits how many run and wait
   */
  public QueryAdmission(Handler next, AdmissionLimits limits) {
    super(next);
    this.limits = limits;
    this.queue =
        new AdmissionQueue<>(
            limits.maxRunning(),
            limits.maxQueued(),
            limits.maxWait().toNanos() / 2,
            System::nanoTime);
    PATH_SPECS.forEach(counted::add);
  }

  @Override
  protected void doStart() throws Exception {
    slowLane =
        Executors.newFixedThreadPool(
            limits.maxRunning(),
            new LowPriorityThreads("spkg-slow-query-", LowPriorityThreads.DEFAULT_NICE));
    super.doStart();
  }

  @Override
  protected void doStop() throws Exception {
    super.doStop();
    ExecutorService lane = slowLane;
    if (lane != null) {
      lane.shutdownNow();
    }
  }

  /** The requests that took a turn and are not yet answered. */
  public int running() {
    return queue.running();
  }

  /** The requests waiting for a turn now. */
  public int queued() {
    return queue.queued();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    if (!counted.test(path)) {
      return super.handle(request, response, callback);
    }
    String key = key(request, path);
    Turn turn = new Turn(request, response, callback, key, costs.classOf(key));
    response.getHeaders().put(QueryClass.HEADER, turn.cost.label());
    LOG.debug("{} {} is {}", request.getMethod(), key, turn.cost.label());
    switch (queue.offer(turn, turn.cost)) {
      case RUN:
        if (!turn.cost.slow()) {
          return turn.run();
        }
        turn.resume();
        return true;
      case QUEUED:
        turn.suspend();
        return true;
      default:
        refuse(response, callback, queueFull());
        return true;
    }
  }

  /** The request's {@link QueryKey}, from the query in its URL or in its body (read already). */
  private static String key(Request request, String path) {
    String query = null;
    String graph = null;
    try {
      if (request.getHttpURI().getQuery() != null) {
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        query = fields.getValue("query");
        graph = fields.getValue("graph");
      }
      byte[] body = RequestBodyDeadline.wholeBody(request);
      String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
      if (query == null && body != null && type != null) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("application/sparql-query")) {
          query = text;
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
          Fields form = new Fields();
          UrlEncoded.decodeUtf8To(text, form);
          query = form.getValue("query");
        }
      }
    } catch (RuntimeException e) { // malformed: Fuseki answers it; it is known by its path
      LOG.debug("no query read in {}: {}", path, e.getMessage());
    }
    return QueryKey.of(request.getMethod(), path, query, graph);
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

  private String waitedTooLong() {
    double s = limits.maxWait().toMillis() / 1000.0;
    String seconds = s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    return String.format(
        Locale.ROOT,
        "spkg: the server is busy: this request waited %s s for one of the %d turns to run a"
            + " query and was not run. Try again in %d s (Retry-After).%n",
        seconds,
        limits.maxRunning(),
        limits.retryAfterSeconds());
  }

  /** One request that runs queries, from its arrival to the end of its response. */
  private final class Turn {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String key;
    private final QueryClass cost;
    private final long arrived = System.nanoTime();
    private volatile Scheduler.Task timeout;

    /** The processor time it took, once counted; -1 before, or where it cannot be measured. */
    private volatile long processorNanos = -1;

    Turn(Request request, Response response, Callback callback, String key, QueryClass cost) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.key = key;
      this.cost = cost;
    }

    /**
     * Runs the request on this thread, holding a turn until its response completes, and counts the
     * processor time this thread spent on it as its cost (the servlets answer on the thread that
     * calls them).
     */
    boolean run() throws Exception {
      long start = System.nanoTime();
      response
          .getHeaders()
          .add(
              SERVER_TIMING,
              String.format(Locale.ROOT, "wait;dur=%.1f", (start - arrived) / 1_000_000.0));
      Request.addCompletionListener(request, failure -> finished(System.nanoTime() - start));
      Thread self = Thread.currentThread();
      long processor = PROCESSOR_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
      AtomicBoolean counted = new AtomicBoolean();
      // Counted before the last bytes go (a client that sends the same query on receiving them
      // finds it classed), else once the handler returns.
      Runnable count =
          () -> {
            if (Thread.currentThread() == self && counted.compareAndSet(false, true)) {
              cost(PROCESSOR_TIME ? THREADS.getCurrentThreadCpuTime() - processor : -1);
            }
          };
      try {
        return QueryAdmission.super.handle(
            request, new Timed(request, response, start, count), callback);
      } finally {
        count.run();
      }
    }

    /** Counts the processor time {@code spent} as the query's cost (and for the DEBUG log). */
    private void cost(long spent) {
      processorNanos = spent;
      if (PROCESSOR_TIME) {
        costs.record(key, spent);
      }
    }

    /** Waits, without a thread, until {@link #resume} or the queue wait ends. */
    void suspend() {
      timeout =
          request
              .getComponents()
              .getScheduler()
              .schedule(this::expire, limits.maxWait().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void expire() {
      if (queue.withdraw(this, cost)) {
        request
            .getComponents()
            .getExecutor()
            .execute(() -> refuse(response, callback, waitedTooLong()));
      }
    }

    /**
     * Runs a request that waited once its turn came, or a medium or expensive one whose turn came
     * at once: an instant or cheap one on the server's executor, the others on the {@link
     * #slowLane} (the server's executor if that is stopped).
     */
    void resume() {
      Scheduler.Task task = timeout;
      if (task != null) {
        task.cancel();
      }
      ExecutorService lane = slowLane;
      if (cost.slow() && lane != null) {
        try {
          lane.execute(this::runResumed);
          return;
        } catch (RejectedExecutionException stopping) {
          LOG.debug("the slow lane is stopped: {} runs on the server's threads", key);
        }
      }
      request.getComponents().getExecutor().execute(this::runResumed);
    }

    private void runResumed() {
      try {
        if (!run()) {
          Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        }
      } catch (Throwable x) {
        Response.writeError(request, response, callback, x);
      }
    }

    private void finished(long nanos) {
      if (!PROCESSOR_TIME) {
        costs.record(key, nanos);
      }
      if (LOG.isDebugEnabled()) {
        long now = System.nanoTime();
        LOG.debug(
            "{} as {}: waited {} ms, answered {} ms after its turn and {} ms after its first byte,"
                + " {} ms of processor",
            key,
            cost.label(),
            (now - nanos - arrived) / 1_000_000,
            nanos / 1_000_000,
            (now - request.getBeginNanoTime()) / 1_000_000,
            processorNanos / 1_000_000);
      }
      List<Turn> next = queue.finish(cost);
      if (next.isEmpty()) {
        return;
      }
      if (LowPriorityThreads.isLowered(Thread.currentThread())) {
        // A thread the server's pool starts from here would keep this one's lower priority.
        request
            .getComponents()
            .getScheduler()
            .schedule(() -> next.forEach(Turn::resume), 0, TimeUnit.MILLISECONDS);
      } else {
        next.forEach(Turn::resume);
      }
    }
  }

  /**
   * The response of a request that took a turn, which names in {@code Server-Timing:
   * run;dur=MILLISECONDS} the time from its turn to its first bytes (the whole answer, unless it is
   * longer than the output buffer): what the server spent, apart from the wait and the network; and
   * which runs {@code beforeLast} just before its last bytes are written.
   */
  private static final class Timed extends Response.Wrapper {
    private final long start;
    private final Runnable beforeLast;
    private boolean written;

    Timed(Request request, Response response, long start, Runnable beforeLast) {
      super(request, response);
      this.start = start;
      this.beforeLast = beforeLast;
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      if (!written) {
        written = true;
        if (!isCommitted()) {
          getHeaders()
              .add(
                  SERVER_TIMING,
                  String.format(
                      Locale.ROOT, "run;dur=%.1f", (System.nanoTime() - start) / 1_000_000.0));
        }
      }
      if (last) {
        beforeLast.run();
      }
      super.write(last, content, callback);
    }
  }
}
