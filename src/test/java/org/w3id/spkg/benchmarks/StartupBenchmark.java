package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of {@code spkg serve --no-ingest}: from process start to the first {@code /$/ping}
 * answered and to the first SPARQL query answered, on a copy of a given store and on an empty
 * store, alternating, {@code --reps} times each. Rows go to {@code OUT/startup.csv}; {@code
 * startup.md} gives the medians against issue 7's goals (first query ≤ 3 s, and ≤ 1.2 × the empty
 * store's).
 *
 * <pre>
 * bench/run StartupBenchmark --store /tmp/b10k/store --label 10000 --reps 5 --work /tmp/bench
 * </pre>
 *
 * <p>The store given is copied once into the work folder and never opened in place ({@code
 * --reuse-copy} serves the copy a previous run left there). Options as for {@link IngestBenchmark}:
 * {@code --spkg-jar}, {@code --spkg-home}, {@code --jvm-opt}; {@code --name} names the result files
 * (default {@code startup}).
 */
public final class StartupBenchmark {

  static final List<String> COLUMNS =
      List.of("store", "rep", "ping_ms", "first_query_ms", "server_ready_ms", "load1", "started");
  static final String QUERY =
      "SELECT ?s { ?s a <https://w3id.org/spkg/ontology#Document> } LIMIT 1";
  private static final Pattern READY =
      Pattern.compile("spkg ready at \\S+ \\((\\d+) ms after start\\)");
  private static final Duration GIVE_UP = Duration.ofSeconds(120);

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    HarnessOptions o =
        HarnessOptions.parse(
            args,
            List.of(
                "--store",
                "--label",
                "--reps",
                "--work",
                "--out",
                "--spkg-jar",
                "--spkg-home",
                "--jvm-opt",
                "--name"),
            List.of("--reuse-copy"));
    Path work = o.path("--work", "target/bench").resolve("startup");
    Path out = o.path("--out", "bench/results");
    Path store = work.resolve("store");
    if (!(o.flag("--reuse-copy") && Files.isDirectory(store))) {
      IngestBenchmark.deleteFolder(work);
      Files.createDirectories(work);
      HarnessProcess.copyFolder(Path.of(o.get("--store", "data")), store);
    }
    String label = o.get("--label", "store");
    String name = o.get("--name", "startup");
    HarnessTable table = HarnessTable.create(out.resolve(name + ".csv"), COLUMNS);
    int reps = o.integer("--reps", 5);
    for (int rep = 1; rep <= reps; rep++) {
      Path empty = work.resolve("empty-" + rep);
      IngestBenchmark.deleteFolder(empty);
      measure(o, "empty", empty, rep, work, table);
      measure(o, label, store, rep, work, table);
    }
    StartupReport.write(
        out.resolve(name + ".csv"), out.resolve(name + ".md"), label, o.all("--jvm-opt"));
  }

  private static void measure(
      HarnessOptions o, String name, Path store, int rep, Path work, HarnessTable table)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> opts = new ArrayList<>(o.all("--jvm-opt"));
    opts.add("-Dspkg.home=" + o.get("--spkg-home", System.getProperty("user.dir")));
    List<String> cmd =
        HarnessProcess.java(
            opts,
            o.get("--spkg-jar", System.getProperty("java.class.path")),
            "org.w3id.spkg.cli.SpkgCommand");
    cmd.addAll(
        List.of(
            "serve",
            "--no-ingest",
            "--no-service",
            "--port",
            Integer.toString(port),
            "--store",
            store.toString()));
    Path log = work.resolve(name + "-" + rep + ".log");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ping = URI.create("http://localhost:" + port + "/$/ping");
    URI query =
        URI.create(
            "http://localhost:"
                + port
                + "/spkg/sparql?query="
                + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
    double load = HarnessConditions.load1();
    String started = HarnessConditions.now();
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      double pingMs = waitFor(http, ping, t0, p, log);
      String body = send(http, query);
      double queryMs = (System.nanoTime() - t0) / 1e6;
      if (body == null || !body.contains("\"bindings\"")) {
        throw new IllegalStateException("no SPARQL result from " + query + ": " + body);
      }
      Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
      double ready = m.find() ? Double.parseDouble(m.group(1)) : -1;
      table.add(name, rep, pingMs, queryMs, ready, load, started);
    } finally {
      p.destroy();
      p.waitFor();
    }
  }

  private static double waitFor(HttpClient http, URI ping, long t0, Process p, Path log)
      throws InterruptedException {
    while (System.nanoTime() - t0 < GIVE_UP.toNanos()) {
      if (!p.isAlive()) {
        throw new IllegalStateException("spkg serve ended with " + p.exitValue() + "; see " + log);
      }
      if (send(http, ping) != null) {
        return (System.nanoTime() - t0) / 1e6;
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("no answer from " + ping + " in " + GIVE_UP + "; see " + log);
  }

  /**
   * The body of a 200 answer, or null when the server does not answer (yet) or answers otherwise.
   */
  private static String send(HttpClient http, URI uri) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/sparql-results+json")
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? r.body() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port", e);
    }
  }
}
