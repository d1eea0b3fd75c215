package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latency of the pages a person opens — the home page, entity pages (also of the most connected
 * entities), a document page, the ontology, the editor, VoID, the packs listing — on a served
 * store: {@code spkg serve --no-ingest --no-service} as a child JVM on the store given (served in
 * place, read only), then each page asked for once right after start-up (the {@code first} request,
 * which pays for whatever the page computes and keeps) and {@code --reps} times more, one request
 * at a time. Rows go to {@code OUT/pages.csv}, one per request; {@code pages.md} gives per page the
 * first request, the median and the slowest of the others, against issue 13's goal: every page
 * within a second on the 10,000-document store.
 *
 * <pre>
 * bench/run PageLatencyBenchmark --store /tmp/pg10k/store --label 10000 --reps 5
 * </pre>
 *
 * <p>Options: {@code --page PATH} (repeatable; replaces the default list; {@code DOCUMENT} in a
 * path stands for the first document of the store by IRI), {@code --spkg-jar} and {@code
 * --spkg-home} (default: this class path and the working folder), {@code --jvm-opt}, {@code --name}
 * (names the result files, default {@code pages}), {@code --append} (adds rows to the CSV, for a
 * second store or a second software version; {@code --label} tells them apart), {@code --out}
 * (default {@code bench/results}), {@code --work} (default {@code target/bench}, for the server's
 * log), {@code --software} (a label for the software measured, such as a commit), {@code --report
 * CSV} (only writes the report of an existing CSV, beside it).
 */
public final class PageLatencyBenchmark {

  static final List<String> COLUMNS =
      List.of("store", "page", "request", "status", "bytes", "ms", "load1", "started", "software");

  /** The pages measured unless {@code --page} names others. */
  static final List<String> PAGES =
      List.of(
          "/",
          "/id/nation/US",
          "/id/agency/nasa",
          "/id/nation/JP",
          "/id/nation/US?format=ttl",
          "/id/DOCUMENT",
          "/ontology?format=html",
          "/editor/",
          "/.well-known/void",
          "/api/packs");

  /** What a request that takes longer than this is cut off at (and recorded as status 0). */
  static final Duration REQUEST_LIMIT = Duration.ofSeconds(120);

  private static final Pattern DOCUMENT_IRI =
      Pattern.compile("https://w3id\\.org/spkg/id/(document/[^\"\\s<>]+)");
  private static final String FIRST_DOCUMENT =
      "SELECT ?d { ?d a <https://w3id.org/spkg/ontology#Document> } ORDER BY ?d LIMIT 1";
  private static final Duration GIVE_UP = Duration.ofSeconds(180);

  private PageLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    HarnessOptions o =
        HarnessOptions.parse(
            args,
            List.of(
                "--store",
                "--label",
                "--reps",
                "--page",
                "--work",
                "--out",
                "--spkg-jar",
                "--spkg-home",
                "--jvm-opt",
                "--name",
                "--software",
                "--report"),
            List.of("--append"));
    if (o.get("--report", null) != null) {
      Path csv = Path.of(o.get("--report", null));
      PageReport.write(
          csv, csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", ".md")));
      return;
    }
    Path work = o.path("--work", "target/bench").resolve("pages");
    Path out = o.path("--out", "bench/results");
    Files.createDirectories(work);
    String name = o.get("--name", "pages");
    Path csv = out.resolve(name + ".csv");
    HarnessTable table =
        o.flag("--append") && Files.exists(csv)
            ? HarnessTable.append(csv, COLUMNS)
            : HarnessTable.create(csv, COLUMNS);
    String label = o.get("--label", "store");
    List<String> pages = o.all("--page").isEmpty() ? PAGES : o.all("--page");
    measure(o, Path.of(o.get("--store", "data")), label, pages, work, table);
    PageReport.write(csv, out.resolve(name + ".md"));
  }

  private static void measure(
      HarnessOptions o, Path store, String label, List<String> pages, Path work, HarnessTable table)
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
    Path log = work.resolve(label + ".log");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI root = URI.create("http://localhost:" + port);
    String software = o.get("--software", "");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      waitFor(http, root.resolve("/$/ping"), p, log);
      String document = firstDocument(http, root);
      int reps = o.integer("--reps", 5);
      for (String page : pages) {
        String path = page.replace("DOCUMENT", document);
        for (int rep = 0; rep <= reps; rep++) {
          double load = HarnessConditions.load1();
          String started = HarnessConditions.now();
          long t0 = System.nanoTime();
          Answer a = get(http, root.resolve(path));
          double ms = (System.nanoTime() - t0) / 1e6;
          table.add(
              label,
              page.replace(",", "%2C"),
              rep == 0 ? "first" : Integer.toString(rep),
              a.status(),
              a.bytes(),
              ms,
              load,
              started,
              software.isEmpty() ? "-" : software);
        }
      }
    } finally {
      p.destroy();
      p.waitFor();
    }
  }

  /** The path of the store's first document below {@code /id/}, e.g. {@code document/0000001-…}. */
  private static String firstDocument(HttpClient http, URI root) throws InterruptedException {
    URI uri =
        root.resolve(
            "/spkg/sparql?query=" + URLEncoder.encode(FIRST_DOCUMENT, StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/sparql-results+json")
            .timeout(Duration.ofSeconds(60))
            .build();
    try {
      String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = DOCUMENT_IRI.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("no document in the store: " + body);
      }
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot ask " + uri, e);
    }
  }

  /** A status (0 when the request ran past {@link #REQUEST_LIMIT}) and the bytes of the body. */
  record Answer(int status, long bytes) {}

  private static Answer get(HttpClient http, URI uri) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).header("Accept", accept(uri)).timeout(REQUEST_LIMIT).build();
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.body().length);
    } catch (HttpTimeoutException e) {
      return new Answer(0, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot get " + uri, e);
    }
  }

  /** What a browser asks for, but JSON for the API and Turtle for VoID and {@code ?format=}. */
  private static String accept(URI uri) {
    String path = uri.getPath();
    if (path.startsWith("/api/")) {
      return "application/json";
    }
    if (path.startsWith("/.well-known/") || uri.getQuery() != null) {
      return "text/turtle, */*;q=0.5";
    }
    return "text/html,application/xhtml+xml,*/*;q=0.8";
  }

  private static void waitFor(HttpClient http, URI ping, Process p, Path log)
      throws InterruptedException {
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < GIVE_UP.toNanos()) {
      if (!p.isAlive()) {
        throw new IllegalStateException("spkg serve ended with " + p.exitValue() + "; see " + log);
      }
      try {
        HttpRequest request = HttpRequest.newBuilder(ping).timeout(Duration.ofSeconds(5)).build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("no answer from " + ping + " in " + GIVE_UP + "; see " + log);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port", e);
    }
  }
}
