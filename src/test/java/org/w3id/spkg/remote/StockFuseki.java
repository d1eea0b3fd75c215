package org.w3id.spkg.remote;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.w3id.spkg.ChildJvm;

/**
 * A stock Fuseki ({@link StockFusekiMain}) in a process of its own, started by a test and stopped
 * by {@link #close}: the separately started store that {@code spkg ingest --to} writes to and
 * {@code spkg serve --endpoint} reads from in the tests.
 *
 * <pre>{@code
 * try (StockFuseki fuseki = StockFuseki.start(tmp.resolve("fuseki.log"))) {
 *   URI gsp = fuseki.graphStore();   // http://127.0.0.1:PORT/ds/data
 *   URI sparql = fuseki.query();     // http://127.0.0.1:PORT/ds/sparql
 * }
 * }</pre>
 */
public final class StockFuseki implements AutoCloseable {

  private static final String READY = "Fuseki ";

  private final Process process;
  private final URI dataset;

  private StockFuseki(Process process, URI dataset) {
    this.process = process;
    this.dataset = dataset;
  }

  /** Starts it with an in-memory database, its log (standard error) in {@code log}. */
  public static StockFuseki start(Path log) throws Exception {
    return start(log, null);
  }

  /**
   * Starts it on the TDB2 database in {@code database} (created when missing; in memory when null),
   * its log in {@code log}, and waits until it answers.
   */
  public static StockFuseki start(Path log, Path database) throws Exception {
    Process p =
        ChildJvm.start(
            log,
            StockFusekiMain.class.getName(),
            database == null ? List.of() : List.of(database.toString()));
    try {
      String line = ChildJvm.firstLine(p, Duration.ofSeconds(90));
      if (line == null || !line.startsWith(READY)) {
        throw new IllegalStateException(
            "stock Fuseki did not start (first line: " + line + "); its log is in " + log);
      }
      return new StockFuseki(p, URI.create(line.substring(READY.length()).trim()));
    } catch (Exception | Error e) {
      ChildJvm.stop(p);
      throw e;
    }
  }

  /** The dataset's URL, {@code http://127.0.0.1:PORT/ds}: Fuseki answers every protocol there. */
  public URI dataset() {
    return dataset;
  }

  /** The SPARQL 1.1 query endpoint. */
  public URI query() {
    return URI.create(dataset + "/sparql");
  }

  /** The SPARQL 1.1 update endpoint. */
  public URI update() {
    return URI.create(dataset + "/update");
  }

  /** The SPARQL 1.1 Graph Store HTTP Protocol endpoint (graphs named with {@code ?graph=}). */
  public URI graphStore() {
    return URI.create(dataset + "/data");
  }

  /** The process id. */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    ChildJvm.stop(process);
  }
}
