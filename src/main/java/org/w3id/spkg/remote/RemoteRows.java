package org.w3id.spkg.remote;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorBase;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * The rows of a query answered by a remote endpoint, as a query iterator of this process: read as
 * they arrive, and the request dropped (its connection closed) as soon as the query here is
 * cancelled — by its time limit (Jena's query timeout sets the query's cancel signal, which is
 * watched here every {@value #WATCH_MS} ms, even while a read waits on the network) or by an abort.
 */
final class RemoteRows extends QueryIteratorBase {

  /** How often a running request checks whether its query was cancelled. */
  static final long WATCH_MS = 50;

  private static final ScheduledExecutorService WATCH =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "spkg-remote-cancel");
            t.setDaemon(true);
            return t;
          });

  private final QueryExecHTTP exec;
  private final AtomicBoolean cancel;
  private final ScheduledFuture<?> watch;
  private RowSet rows;

  /**
   * @param exec the request, not yet sent
   * @param cancel the query's cancel signal (null: none)
   */
  RemoteRows(QueryExecHTTP exec, AtomicBoolean cancel) {
    super(cancel);
    this.exec = exec;
    this.cancel = cancel;
    this.watch =
        cancel == null
            ? null
            : WATCH.scheduleWithFixedDelay(
                () -> {
                  if (cancel.get()) {
                    exec.abort();
                  }
                },
                WATCH_MS,
                WATCH_MS,
                TimeUnit.MILLISECONDS);
  }

  @Override
  protected boolean hasNextBinding() {
    try {
      if (rows == null) {
        rows = exec.select();
      }
      return rows.hasNext();
    } catch (RuntimeException e) {
      throw cancelled() ? new QueryCancelledException() : e;
    }
  }

  @Override
  protected Binding moveToNextBinding() {
    try {
      return rows.next();
    } catch (RuntimeException e) {
      throw cancelled() ? new QueryCancelledException() : e;
    }
  }

  private boolean cancelled() {
    return cancel != null && cancel.get();
  }

  @Override
  protected void closeIterator() {
    if (watch != null) {
      watch.cancel(false);
    }
    exec.close();
  }

  @Override
  protected void requestCancel() {
    exec.abort();
  }

  @Override
  public void output(IndentedWriter out, SerializationContext sCxt) {
    out.print("RemoteRows " + exec.getQueryString());
  }
}
