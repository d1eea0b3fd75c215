package org.w3id.spkg.benchmarks;

import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Closed-loop load on a running spkg server: N clients, each with its own JDK HttpClient, POST the
 * bound pack queries (the mix, round-robin, each client starting at a different query) to the
 * SPARQL endpoint for a fixed time; latencies go into an HdrHistogram. Writes {@code load.csv} (one
 * row per concurrency level), {@code load-memory.csv} (heap and RSS of the server over the soak)
 * and {@code load-latency.png} (latency against concurrency).
 *
 * <pre>
 * java -jar spkg.jar serve --store S --port 3031 --no-ingest &amp;
 * LoadBenchmark http://127.0.0.1:3031 TEXTS.json OUT_DIR [LEVELS] [SECONDS] [SOAK_SECONDS] [PID]
 * LoadBenchmark plot OUT_DIR/load.csv OUT.png     # the plot again, from the CSV
 * </pre>
 *
 * <p>LEVELS defaults to {@code 1,4,16,64}, SECONDS to 60 per level, SOAK_SECONDS to 0 (none; the
 * soak runs 4 clients). TEXTS.json is what {@link QueryLatencyBenchmark} writes; system property
 * {@code mix} names a file of query ids, one a line, to run only those. A 503 with {@code
 * Retry-After} (admission control) is a refusal, counted apart and retried after the wait ({@link
 * LoadClient}); a 503 without it (the server's 10 s query limit) or a client wait over 30 s counts
 * as a timeout; anything else not 200 as an error. {@code load-queries.csv} has each query's
 * latencies per level and the cost class the server last gave it ({@code SPKG-Query-Class}). PID,
 * the server's process id, adds its RSS to the memory samples.
 */
public final class LoadBenchmark {

  private static final Pattern HEAP =
      Pattern.compile("^jvm_memory_used_bytes\\{.*area=\"heap\".*\\} (\\S+)$", Pattern.MULTILINE);

  private LoadBenchmark() {}

  /** What one level measured. */
  record Level(
      int clients,
      double seconds,
      long requests,
      long errors,
      long timeouts,
      long refusals,
      Histogram latency,
      Map<String, Histogram> byQuery,
      Map<String, Histogram> waitByQuery,
      Map<String, Long> serverShareOfSlowest,
      Map<String, Set<String>> classes,
      String firstError) {

    double throughput() {
      return requests / seconds;
    }

    double ms(double percentile) {
      return latency.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("plot")) {
      plot(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    if (args.length < 3) {
      System.err.println(
          "usage: LoadBenchmark BASE_URL TEXTS.json OUT_DIR [LEVELS] [SECONDS] [SOAK_SECONDS] [PID]");
      System.exit(2);
    }
    URI base = URI.create(args[0].replaceAll("/$", ""));
    List<QueryCase> mix = mix(Path.of(args[1]));
    Path out = Path.of(args[2]);
    int[] levels =
        Arrays.stream((args.length > 3 ? args[3] : "1,4,16,64").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
    int soak = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    long pid = args.length > 6 ? Long.parseLong(args[6]) : -1;
    Files.createDirectories(out);
    URI endpoint = base.resolve("/spkg/sparql");
    System.err.println("mix of " + mix.size() + " queries against " + endpoint);

    List<String> csv = new ArrayList<>();
    csv.add(
        "clients,seconds,requests,throughput_per_s,p50_ms,p90_ms,p99_ms,max_ms,errors,timeouts,"
            + "refusals,loadavg,first_error");
    List<String> perQuery = new ArrayList<>();
    perQuery.add(
        "clients,query,requests,p50_ms,p99_ms,max_ms,p99_over_p50,class,wait_p50_ms,wait_max_ms,"
            + "max_in_server_ms");
    List<Level> results = new ArrayList<>();
    for (int clients : levels) {
      run(endpoint, mix, clients, Math.min(10, seconds), null); // warm-up, not recorded
      Level level = run(endpoint, mix, clients, seconds, null);
      results.add(level);
      String line =
          String.format(
              Locale.ROOT,
              "%d,%.1f,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%d,%d,%d,%s,\"%s\"",
              clients,
              level.seconds(),
              level.requests(),
              level.throughput(),
              level.ms(50),
              level.ms(90),
              level.ms(99),
              level.latency().getMaxValue() / 1000.0,
              level.errors(),
              level.timeouts(),
              level.refusals(),
              loadavg(),
              level.firstError().replace("\"", "'"));
      csv.add(line);
      System.err.println(line);
      Files.write(out.resolve("load.csv"), csv, StandardCharsets.UTF_8);
      level
          .byQuery()
          .forEach(
              (id, h) ->
                  perQuery.add(
                      perQueryRow(
                          clients,
                          id,
                          h,
                          String.join("|", level.classes().getOrDefault(id, Set.of())),
                          level.waitByQuery().get(id),
                          level.serverShareOfSlowest().getOrDefault(id, -1L))));
      Files.write(out.resolve("load-queries.csv"), perQuery, StandardCharsets.UTF_8);
    }
    if (results.size() > 1) {
      plot(results, out.resolve("load-latency.png"));
    }

    if (soak > 0) {
      List<String> memory = new ArrayList<>();
      memory.add("seconds,heap_mib,rss_mib,requests,errors,timeouts");
      Level level =
          run(
              endpoint,
              mix,
              4,
              soak,
              (elapsed, done) -> {
                String row =
                    String.format(
                        Locale.ROOT, "%d,%.1f,%.1f,%d", elapsed, heapMib(base), rssMib(pid), done);
                memory.add(row);
                System.err.println("soak " + row);
              });
      memory.add(
          String.format(
              Locale.ROOT,
              "# soak: 4 clients, %d s, %d requests, %.2f/s, p50 %.2f ms, p99 %.2f ms, %d errors,"
                  + " %d timeouts, %d refusals",
              soak,
              level.requests(),
              level.throughput(),
              level.ms(50),
              level.ms(99),
              level.errors(),
              level.timeouts(),
              level.refusals()));
      System.err.println(memory.get(memory.size() - 1));
      Files.write(out.resolve("load-memory.csv"), memory, StandardCharsets.UTF_8);
    }
    System.exit(0);
  }

  /**
   * One row of {@code load-queries.csv}: a query's answers at one level, the classes the server
   * named for them (several, "|"-separated, when it changed its mind), their waits for a turn
   * (empty when the server does not say), and how much of the slowest answer the server says it
   * spent, waiting and running to its first bytes (empty when it does not say).
   */
  private static String perQueryRow(
      int clients,
      String id,
      Histogram h,
      String queryClass,
      Histogram waits,
      long slowestInServerMicros) {
    double p50 = h.getValueAtPercentile(50) / 1000.0;
    double p99 = h.getValueAtPercentile(99) / 1000.0;
    String wait =
        waits == null
            ? ","
            : String.format(
                Locale.ROOT,
                "%.2f,%.2f",
                waits.getValueAtPercentile(50) / 1000.0,
                waits.getMaxValue() / 1000.0);
    String inServer =
        slowestInServerMicros < 0
            ? ""
            : String.format(Locale.ROOT, "%.2f", slowestInServerMicros / 1000.0);
    return String.format(
        Locale.ROOT,
        "%d,%s,%d,%.2f,%.2f,%.2f,%.1f,%s,%s,%s",
        clients,
        id,
        h.getTotalCount(),
        p50,
        p99,
        h.getMaxValue() / 1000.0,
        p99 / p50,
        queryClass,
        wait,
        inServer);
  }

  private static List<QueryCase> mix(Path texts) throws IOException {
    List<QueryCase> all = QueryCase.read(texts).stream().filter(c -> !c.federated()).toList();
    String only = System.getProperty("mix");
    if (only == null) {
      return all;
    }
    List<String> ids =
        Files.readAllLines(Path.of(only), StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty() && !s.startsWith("#"))
            .toList();
    return all.stream().filter(c -> ids.contains(c.id())).toList();
  }

  /** Called about every 10 s during a run with the seconds elapsed and the requests done. */
  interface Sampler {
    void sample(long elapsedSeconds, long requests);
  }

  private static Level run(
      URI endpoint, List<QueryCase> mix, int clients, int seconds, Sampler sampler)
      throws InterruptedException {
    LoadTally tally = new LoadTally(LoadClient.TIMEOUT.toMillis() * 1000 * 2);
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int offset = i * Math.max(1, mix.size() / Math.max(1, clients)) + i;
      Thread t =
          new Thread(new LoadClient(endpoint, mix, offset, deadline, tally), "load-client-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    long nextSample = 0;
    while (threads.stream().anyMatch(Thread::isAlive)) {
      long elapsed = (System.nanoTime() - start) / 1_000_000_000L;
      if (sampler != null && elapsed >= nextSample) {
        sampler.sample(elapsed, tally.requests.get());
        nextSample += 10;
      }
      Thread.sleep(200);
    }
    if (sampler != null) {
      sampler.sample((System.nanoTime() - start) / 1_000_000_000L, tally.requests.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Level(
        clients,
        elapsed,
        tally.requests.get(),
        tally.errors.get(),
        tally.timeouts.get(),
        tally.refusals.get(),
        tally.latency(),
        tally.latencyByQuery(),
        tally.waitByQuery(),
        tally.serverShareOfSlowest(),
        Map.copyOf(tally.classes),
        tally.firstError());
  }

  /** The server's heap in use, from its Prometheus metrics; NaN when they cannot be read. */
  private static double heapMib(URI base) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/$/metrics")).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
      Matcher m = HEAP.matcher(r.body());
      double sum = 0;
      while (m.find()) {
        sum += Double.parseDouble(m.group(1));
      }
      return sum / (1 << 20);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }

  private static double rssMib(long pid) {
    if (pid < 0) {
      return Double.NaN;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  private static String loadavg() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** Plots a {@code load.csv} again (clients, p50 and p99 columns). */
  private static void plot(Path csv, Path png) throws IOException {
    XYSeries p50 = new XYSeries("p50");
    XYSeries p99 = new XYSeries("p99");
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      String[] f = line.split(",");
      if (f[0].matches("\\d+")) {
        p50.add(Integer.parseInt(f[0]), Double.parseDouble(f[4]));
        p99.add(Integer.parseInt(f[0]), Double.parseDouble(f[6]));
      }
    }
    plot(p50, p99, png);
  }

  private static void plot(List<Level> levels, Path png) throws IOException {
    XYSeries p50 = new XYSeries("p50");
    XYSeries p99 = new XYSeries("p99");
    for (Level l : levels) {
      p50.add(l.clients(), l.ms(50));
      p99.add(l.clients(), l.ms(99));
    }
    plot(p50, p99, png);
  }

  private static void plot(XYSeries p50, XYSeries p99, Path png) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(p50);
    data.addSeries(p99);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "spkg over HTTP: pack-query latency against concurrency",
            "concurrent clients",
            "latency (ms)",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    LogAxis x = new LogAxis("concurrent clients");
    x.setBase(2);
    x.setTickUnit(new NumberTickUnit(1));
    x.setNumberFormatOverride(new DecimalFormat("0"));
    plot.setDomainAxis(x);
    LogAxis y = new LogAxis("latency (ms), log scale");
    y.setTickUnit(new NumberTickUnit(1));
    y.setNumberFormatOverride(new DecimalFormat("0.###"));
    plot.setRangeAxis(y);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    plot.setRenderer(renderer);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 800, 500);
  }
}
