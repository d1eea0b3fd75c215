import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Turns the BSBM test driver's XML results of one {@code bench/bsbm/run} into {@code bsbm.csv}
 * (one row per run and query, plus a {@code mix} row per run) and the report {@code bsbm.md}.
 * Single-file program, run by the script:
 *
 * <pre>
 * java bench/bsbm/BsbmReport.java --runs WORK/results-N/runs.tsv --products N --triples T \
 *     --warmup W --mixes R --seed S --started ISO --store-bytes B --lock /tmp/bench.lock \
 *     --server-opts '' --out bench/results
 * </pre>
 */
public final class BsbmReport {

  /** Ours at least this share of stock's query mixes per hour (issue 7 part 5). */
  static final double GOAL = 0.9;

  static final String OURS = "spkg";
  static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "stock", "stock Fuseki 5.6.0 (`jena-fuseki-server`), as shipped: 5 MiB output buffers",
          "stock-buf32k",
          "stock Fuseki 5.6.0 with `--jetty=bench/bsbm/jetty-buffer32k.xml`: 32 KiB output"
              + " buffers (the apache/jena#4084 fix, without code)",
          OURS, "spkg serve (embedded Fuseki 5.6.0, spkg's filters and 32 KiB output buffers)");

  record QueryStats(
      String nr, long count, double aqet, double qps, double avgResults, long minResults,
      long maxResults, long timeouts) {}

  record Run(
      String server, int clients, String started, String loadBefore, String loadAfter,
      double qmph, double cqet, double totalRuntime, long mixes, List<QueryStats> queries) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    List<Run> runs = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of(opt.get("runs")), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      runs.add(read(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], Path.of(f[5])));
    }
    Path out = Path.of(opt.get("out"));
    Files.createDirectories(out);
    Files.writeString(out.resolve("bsbm.csv"), csv(runs, opt), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("bsbm.md"), markdown(runs, opt), StandardCharsets.UTF_8);
  }

  static Run read(String server, int clients, String started, String before, String after, Path xml)
      throws Exception {
    Element root =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
    Element mix = (Element) root.getElementsByTagName("querymix").item(0);
    List<QueryStats> queries = new ArrayList<>();
    NodeList qs = root.getElementsByTagName("query");
    for (int i = 0; i < qs.getLength(); i++) {
      Element q = (Element) qs.item(i);
      if (!(num(q, "executecount") > 0)) { // not in the mix (explore has no Q6)
        continue;
      }
      queries.add(
          new QueryStats(
              q.getAttribute("nr"),
              (long) num(q, "executecount"),
              num(q, "aqet"),
              num(q, "qps"),
              num(q, "avgresults", "avgresultsize"),
              (long) num(q, "minresults", "minresultsize"),
              (long) num(q, "maxresults", "maxresultsize"),
              (long) num(q, "timeoutcount")));
    }
    return new Run(
        server, clients, started, before, after, num(mix, "qmph"), num(mix, "cqet"),
        num(mix, "totalruntime"), (long) num(mix, "querymixruns"), queries);
  }

  /** The number in the first of {@code tags} that the element has; NaN when none. */
  static double num(Element e, String... tags) {
    for (String tag : tags) {
      NodeList n = e.getElementsByTagName(tag);
      if (n.getLength() > 0) {
        return Double.parseDouble(n.item(0).getTextContent().strip());
      }
    }
    return Double.NaN;
  }

  static String csv(List<Run> runs, Map<String, String> opt) {
    StringBuilder sb =
        new StringBuilder(
            "started,server,clients,products,triples,warmups,mixes,query,executions,aqet_s,qps,"
                + "avg_results,min_results,max_results,timeouts,qmph,load1_before,load1_after\n");
    for (Run r : runs) {
      String head =
          String.join(
              ",", r.started(), r.server(), String.valueOf(r.clients()), opt.get("products"),
              opt.get("triples"), opt.get("warmup"), String.valueOf(r.mixes()));
      sb.append(head).append(",mix,,,,,,,").append(sum(r, QueryStats::timeouts)).append(',')
          .append(fmt(r.qmph(), 2)).append(',').append(r.loadBefore()).append(',')
          .append(r.loadAfter()).append('\n');
      for (QueryStats q : r.queries()) {
        sb.append(head).append(',').append(q.nr()).append(',').append(q.count()).append(',')
            .append(fmt(q.aqet(), 6)).append(',').append(fmt(q.qps(), 2)).append(',')
            .append(fmt(q.avgResults(), 2)).append(',').append(q.minResults()).append(',')
            .append(q.maxResults()).append(',').append(q.timeouts()).append(",,")
            .append(r.loadBefore()).append(',').append(r.loadAfter()).append('\n');
      }
    }
    return sb.toString();
  }

  interface LongOf {
    long of(QueryStats q);
  }

  static long sum(Run r, LongOf f) {
    return r.queries().stream().mapToLong(f::of).sum();
  }

  static String markdown(List<Run> runs, Map<String, String> opt) {
    Map<String, Map<Integer, Run>> by = new LinkedHashMap<>();
    TreeSet<Integer> clients = new TreeSet<>();
    for (Run r : runs) {
      by.computeIfAbsent(r.server(), k -> new TreeMap<>()).put(r.clients(), r);
      clients.add(r.clients());
    }
    StringBuilder sb = new StringBuilder("# BSBM explore mix: spkg's server against stock Fuseki\n\n");
    sb.append("Issue 7 part 5. Made by `bench/bsbm/run` (see `bench/bsbm/README.md`); this file and ")
        .append("`bsbm.csv` are written by `bench/bsbm/BsbmReport.java` from the test driver's XML.\n\n");
    sb.append("| | |\n|---|---|\n");
    sb.append("| data | BSBM ").append(opt.get("products")).append(" products, ")
        .append(group(Long.parseLong(opt.get("triples")))).append(" triples (bsbm-core 3.1.10 ")
        .append("generator, its fixed seed), one TDB2 store of ")
        .append(Long.parseLong(opt.get("store-bytes")) / (1024 * 1024))
        .append(" MiB loaded once with `tdb2.tdbloader` into one named graph, served by each ")
        .append("server in turn through `fuseki-config/spkg.ttl` (union default graph) |\n");
    sb.append("| driver | bsbm-core 3.1.10 `TestDriver`, explore use case, ").append(opt.get("warmup"))
        .append(" warm-up mixes then ").append(opt.get("mixes"))
        .append(" timed mixes per run (shared by the clients), seed ").append(opt.get("seed"))
        .append(", HTTP GET, XML results |\n");
    sb.append("| servers | ");
    by.keySet().forEach(s -> sb.append("`").append(s).append("`: ").append(DESCRIPTIONS.getOrDefault(s, s)).append("; "));
    sb.append("JVM options: ").append(opt.get("server-opts").isBlank() ? "none (default heap)" : "`" + opt.get("server-opts") + "`").append(" |\n");
    sb.append("| machine | ").append(machine()).append(" |\n");
    sb.append("| JVM | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" |\n");
    sb.append("| date | ").append(opt.get("started")).append(" to ").append(Instant.now().toString().replaceFirst("\\.\\d+Z$", "Z")).append(" |\n");
    sb.append("| conditions | a shared machine; ")
        .append("none".equals(opt.get("lock")) ? "timed runs took no lock (`BENCH_LOCK=none`)" : "each timed run held `flock " + opt.get("lock") + "`")
        .append("; ")
        .append("1-minute load average before and after each run in the table below |\n\n");

    sb.append("## Query mixes per hour\n\n| server | clients | QMpH | timed mixes | timeouts | load before → after |\n|---|---|---|---|---|---|\n");
    for (Map<Integer, Run> m : by.values()) {
      for (Run r : m.values()) {
        sb.append("| ").append(r.server()).append(" | ").append(r.clients()).append(" | ")
            .append(group(Math.round(r.qmph()))).append(" | ").append(r.mixes()).append(" | ")
            .append(sum(r, QueryStats::timeouts)).append(" | ").append(r.loadBefore()).append(" → ")
            .append(r.loadAfter()).append(" |\n");
      }
    }
    sb.append("\n## Goal: ours ≥ ").append(GOAL).append(" × stock\n\n")
        .append("| clients | against | ours QMpH | stock QMpH | ratio | goal | result |\n|---|---|---|---|---|---|---|\n");
    Map<Integer, Run> ours = by.getOrDefault(OURS, Map.of());
    for (int c : clients) {
      for (String stock : List.of("stock", "stock-buf32k")) {
        Run o = ours.get(c);
        Run s = by.getOrDefault(stock, Map.of()).get(c);
        if (o == null || s == null) {
          continue;
        }
        double ratio = o.qmph() / s.qmph();
        sb.append("| ").append(c).append(" | ").append(stock).append(" | ")
            .append(group(Math.round(o.qmph()))).append(" | ").append(group(Math.round(s.qmph())))
            .append(" | ").append(fmt(ratio, 2)).append(" | ≥ ").append(GOAL).append(" | ")
            .append(ratio >= GOAL ? "pass" : "fail").append(" |\n");
      }
    }
    sb.append("\n## Per query: mean execution time (ms) and mean result count\n\n");
    sb.append("Result counts are rows for SELECT and bytes for DESCRIBE and CONSTRUCT (as the driver counts them). ")
        .append("With one client every server ran the same mixes in the same order, so its counts must agree.\n\n");
    TreeSet<String> qnrs = new TreeSet<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    runs.forEach(r -> r.queries().forEach(q -> qnrs.add(q.nr())));
    sb.append("| query |");
    runs.forEach(r -> sb.append(' ').append(r.server()).append(" ×").append(r.clients()).append(" |"));
    sb.append("\n|---|");
    runs.forEach(r -> sb.append("---|"));
    sb.append('\n');
    List<String> disagreements = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (String nr : qnrs) {
      sb.append("| Q").append(nr).append(" |");
      Map<String, Double> oneClient = new TreeMap<>();
      boolean anyRows = false;
      for (Run r : runs) {
        QueryStats q = r.queries().stream().filter(x -> x.nr().equals(nr)).findFirst().orElse(null);
        if (q == null) {
          sb.append(" — |");
          continue;
        }
        sb.append(' ').append(fmt(q.aqet() * 1000, 1)).append(" ms, ").append(fmt(q.avgResults(), 1)).append(" |");
        anyRows |= q.maxResults() > 0;
        if (r.clients() == 1) {
          oneClient.put(r.server(), q.avgResults());
        }
      }
      sb.append('\n');
      if (oneClient.values().stream().distinct().count() > 1) {
        disagreements.add("Q" + nr + " " + oneClient);
      }
      if (!anyRows) {
        empty.add("Q" + nr);
      }
    }
    sb.append("\nCorrectness: every run finished without an HTTP error (the script stops on one) and each ")
        .append("server saw all ").append(group(Long.parseLong(opt.get("triples"))))
        .append(" triples through its default graph before its runs. One-client result counts: ")
        .append(disagreements.isEmpty() ? "the same on every server." : "DIFFER: " + disagreements + ".")
        .append(" Queries that returned nothing in any run: ").append(empty.isEmpty() ? "none." : empty + ".")
        .append('\n');
    return sb.toString();
  }

  static String machine() {
    String cpu = "";
    String mem = "";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("");
      mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .findFirst().map(l -> fmt(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0, 1) + " GiB").orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + mem + " memory, "
        + System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  static String fmt(double d, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", d);
  }

  static String group(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
