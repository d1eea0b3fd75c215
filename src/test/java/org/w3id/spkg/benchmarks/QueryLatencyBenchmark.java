package org.w3id.spkg.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.Sail;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.w3id.spkg.packs.QueryTarget;
import org.w3id.spkg.packs.StandIn;
import org.w3id.spkg.server.SpkgServer;

/**
 * Latency of every pack query (bound with its defaults) on one engine, written as CSV: one row per
 * engine and query with the number of timed runs, p50, p95 and mean in milliseconds, and the rows
 * answered. Each run starts from the query text (parse, plan, execute, consume every row).
 *
 * <pre>
 * QueryLatencyBenchmark jena STORE OUT.csv TEXTS.json          # ARQ on TDB2 and HTTP, interleaved;
 *                                                               # writes the bound texts
 * QueryLatencyBenchmark rdf4j-memory NQUADS OUT.csv TEXTS.json  # reads them
 * QueryLatencyBenchmark rdf4j-native NQUADS OUT.csv TEXTS.json [NATIVE_DIR]
 * </pre>
 *
 * <p>System properties: {@code warmup} runs per query (default 10), {@code runs} timed runs at most
 * (default 50), {@code budget} seconds of timed runs per query at most (default 5; at least 5 runs
 * are made), {@code federation} {@code true} to add the federation pack against its stand-in (Jena
 * engines only), {@code queries} a comma-separated list of query id prefixes ({@code
 * agencies/03,provenance}) to measure only those (Jena only).
 */
public final class QueryLatencyBenchmark {

  private static final int WARMUP = Integer.getInteger("warmup", 10);
  private static final int RUNS = Integer.getInteger("runs", 50);
  private static final long BUDGET_NANOS =
      TimeUnit.SECONDS.toNanos(Integer.getInteger("budget", 5));
  private static final int MIN_RUNS = Integer.getInteger("minruns", 5);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private QueryLatencyBenchmark() {}

  /** A way to run a query text and count its rows. */
  interface Engine extends ToIntFunction<String> {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println(
          "usage: QueryLatencyBenchmark jena|rdf4j-memory|rdf4j-native INPUT OUT.csv TEXTS.json"
              + " [NATIVE_DIR]");
      System.exit(2);
    }
    Path nativeDir = args.length > 4 ? Path.of(args[4]) : Path.of("target/bench/rdf4j-native");
    List<String> lines = run(args[0], Path.of(args[1]), Path.of(args[3]), nativeDir);
    Path out = Path.of(args[2]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.err.println("wrote " + out);
    System.exit(0);
  }

  /**
   * Measures every pack query on one engine and returns the CSV lines (header first); for a smoke
   * test, run it on a small store with {@code -Dwarmup=0 -Druns=1}.
   *
   * @param engine {@code jena}, {@code rdf4j-memory} or {@code rdf4j-native}
   * @param input the TDB2 store for {@code jena}, else the N-Quads export
   * @param texts written by {@code jena}, read by the RDF4J engines
   */
  static List<String> run(String engine, Path input, Path texts, Path nativeDir) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("engine,query,runs,p50_ms,p95_ms,mean_ms,rows,error");
    switch (engine) {
      case "jena" -> runJena(input, texts, lines);
      case "rdf4j-memory" -> runRdf4j("rdf4j-memory", new MemoryStore(), input, texts, lines);
      case "rdf4j-native" ->
          runRdf4j(
              "rdf4j-native",
              new NativeStore(nativeDir.toFile(), "spoc,posc,opsc"),
              input,
              texts,
              lines);
      default ->
          throw new IllegalArgumentException(
              "engine is jena, rdf4j-memory or rdf4j-native, not " + engine);
    }
    return lines;
  }

  private static void runJena(Path store, Path texts, List<String> lines) throws Exception {
    StandIn standIn = null;
    if (Boolean.getBoolean("federation")) {
      standIn = StandIn.start(Path.of("queries", QueryCase.FEDERATION, "stand-in.ttl"));
    }
    SpkgServer.Builder b = SpkgServer.builder().store(store).port(0).loopback(true);
    if (standIn != null) {
      b.serviceAllow(List.of(standIn.url()));
    }
    try (SpkgServer server = b.start()) {
      DatasetGraph dsg = server.dataset();
      List<QueryCase> cases =
          selected(QueryCase.bundled(QueryTarget.dataset(dsg, store.toString()), standIn));
      QueryCase.write(cases, texts);
      Engine inProcess = text -> inProcess(dsg, text);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI endpoint = URI.create(server.sparqlEndpoint());
      Engine http = text -> http(client, endpoint, text);
      for (QueryCase c : cases) {
        Map<String, Engine> pair = new LinkedHashMap<>();
        pair.put("jena-tdb2", inProcess);
        pair.put("jena-http", http);
        measure(c, pair, lines);
      }
    } finally {
      if (standIn != null) {
        standIn.close();
      }
    }
  }

  /** The cases whose id starts with one of {@code -Dqueries=PREFIX,...}; all without it. */
  static List<QueryCase> selected(List<QueryCase> cases) {
    String only = System.getProperty("queries", "");
    if (only.isBlank()) {
      return cases;
    }
    List<String> prefixes = Arrays.asList(only.split(","));
    return cases.stream().filter(c -> prefixes.stream().anyMatch(c.id()::startsWith)).toList();
  }

  static int inProcess(DatasetGraph dsg, String text) {
    Query query = QueryFactory.create(text);
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExec exec =
              QueryExec.dataset(dsg)
                  .query(query)
                  .timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                  .build()) {
            if (query.isAskType()) {
              exec.ask();
              return 1;
            }
            RowSet rows = exec.select();
            int n = 0;
            while (rows.hasNext()) {
              rows.next();
              n++;
            }
            return n;
          }
        });
  }

  /** POSTs the text, reads the whole SPARQL JSON answer; rows are counted outside the timing. */
  static int http(HttpClient client, URI endpoint, String text) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "HTTP "
                + response.statusCode()
                + ": "
                + new String(response.body(), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse(""));
      }
      lastBody.set(response.body());
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final ThreadLocal<byte[]> lastBody = new ThreadLocal<>();

  private static int rowsOfLastBody() {
    byte[] body = lastBody.get();
    String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
    if (text.contains("\"boolean\"")) {
      return 1;
    }
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
    int n = 0;
    while (rs.hasNext()) {
      rs.next();
      n++;
    }
    return n;
  }

  private static void runRdf4j(String name, Sail sail, Path nquads, Path texts, List<String> lines)
      throws IOException {
    Repository repo = new SailRepository(sail);
    repo.init();
    try (RepositoryConnection conn = repo.getConnection()) {
      if (conn.isEmpty()) {
        long t0 = System.nanoTime();
        // Without isolation the store writes as it parses instead of holding the whole file.
        conn.begin(IsolationLevels.NONE);
        conn.add(nquads.toFile(), RDFFormat.NQUADS);
        conn.commit();
        System.err.printf(
            Locale.ROOT,
            "%s: loaded %d quads in %.1f s%n",
            name,
            conn.size(),
            (System.nanoTime() - t0) / 1e9);
      }
      Engine engine = text -> rdf4j(conn, text);
      for (QueryCase c : QueryCase.read(texts)) {
        if (c.federated()) {
          continue; // the stand-in ran in the Jena process only
        }
        measure(c, Map.of(name, engine), lines);
      }
    } finally {
      repo.shutDown();
    }
  }

  static int rdf4j(RepositoryConnection conn, String text) {
    org.eclipse.rdf4j.query.Query q = conn.prepareQuery(text);
    q.setMaxExecutionTime((int) TIMEOUT.toSeconds());
    if (q instanceof BooleanQuery ask) {
      ask.evaluate();
      return 1;
    }
    int n = 0;
    try (TupleQueryResult result = ((TupleQuery) q).evaluate()) {
      while (result.hasNext()) {
        result.next();
        n++;
      }
    }
    return n;
  }

  /** Warms up each engine on the query, then alternates timed runs between them. */
  private static void measure(QueryCase c, Map<String, Engine> engines, List<String> lines) {
    Map<String, long[]> times = new LinkedHashMap<>();
    Map<String, Integer> rows = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (var e : engines.entrySet()) {
      try {
        for (int i = 0; i < WARMUP; i++) {
          long t0 = System.nanoTime();
          e.getValue().applyAsInt(c.text());
          if (System.nanoTime() - t0 > BUDGET_NANOS / MIN_RUNS) {
            break; // a slow query: its first runs warm it up enough
          }
        }
        times.put(e.getKey(), new long[RUNS]);
      } catch (RuntimeException ex) {
        errors.put(e.getKey(), message(ex));
        if (engines.size() > 1) {
          // Over HTTP it would time out as well: spare the benchmark those 10 s.
          engines.keySet().stream()
              .skip(1)
              .forEach(k -> errors.put(k, "not run: in-process failed (" + message(ex) + ")"));
          break;
        }
      }
    }
    int done = 0;
    long spent = 0;
    while (done < RUNS && (done < MIN_RUNS || spent < BUDGET_NANOS) && !times.isEmpty()) {
      long round = 0;
      for (var it = times.entrySet().iterator(); it.hasNext(); ) {
        var t = it.next();
        try {
          long t0 = System.nanoTime();
          int n = engines.get(t.getKey()).applyAsInt(c.text());
          long dt = System.nanoTime() - t0;
          t.getValue()[done] = dt;
          round = Math.max(round, dt);
          if (!rows.containsKey(t.getKey())) {
            rows.put(t.getKey(), n >= 0 ? n : rowsOfLastBody());
          }
        } catch (RuntimeException ex) {
          errors.put(t.getKey(), message(ex));
          it.remove();
        }
      }
      spent += round;
      done++;
    }
    for (String engine : engines.keySet()) {
      long[] t = times.get(engine);
      String line;
      if (t == null) {
        line = csv(engine, c.id(), 0, Double.NaN, Double.NaN, Double.NaN, -1, errors.get(engine));
      } else {
        long[] sorted = Arrays.copyOf(t, done);
        Arrays.sort(sorted);
        line =
            csv(
                engine,
                c.id(),
                done,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6,
                rows.getOrDefault(engine, -1),
                "");
      }
      lines.add(line);
      System.err.println(line);
    }
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double percentile(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private static String message(RuntimeException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    String m = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    return t.getClass().getSimpleName() + ": " + m;
  }

  private static String csv(
      String engine,
      String query,
      int runs,
      double p50,
      double p95,
      double mean,
      int rows,
      String error) {
    return String.format(
        Locale.ROOT,
        "%s,%s,%d,%.3f,%.3f,%.3f,%d,\"%s\"",
        engine,
        query,
        runs,
        p50,
        p95,
        mean,
        rows,
        error.replace("\"", "'"));
  }
}
