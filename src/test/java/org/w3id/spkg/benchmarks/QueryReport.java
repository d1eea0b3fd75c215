package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the CSV files of {@link QueryLatencyBenchmark} (and of {@code bench/oxigraph}) into one
 * Markdown table: per query, p50/p95 of each engine, whether HTTP meets its goals against
 * in-process (p50 ≤ 1.3 × + 1 ms, p95 ≤ 2 × + 2 ms), and the geometric means over the queries every
 * engine answered.
 *
 * <pre>
 * QueryReport q10k-jena.csv q10k-rdf4j-native.csv ... &gt; table.md
 * </pre>
 */
public final class QueryReport {

  private QueryReport() {}

  record Cell(int runs, double p50, double p95, int rows, String error) {}

  public static void main(String[] args) throws IOException {
    Map<String, Map<String, Cell>> byQuery = new TreeMap<>();
    List<String> engines = new ArrayList<>();
    for (String file : args) {
      List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", 8);
        if (!engines.contains(f[0])) {
          engines.add(f[0]);
        }
        byQuery
            .computeIfAbsent(f[1], k -> new LinkedHashMap<>())
            .put(
                f[0],
                new Cell(
                    Integer.parseInt(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    Integer.parseInt(f[6]),
                    f[7].replaceAll("^\"|\"$", "")));
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("| query |");
    engines.forEach(e -> md.append(" ").append(e).append(" p50 / p95 ms |"));
    md.append(" rows | HTTP p50 goal | HTTP p95 goal |\n|---|");
    engines.forEach(e -> md.append("---:|"));
    md.append("---:|---|---|\n");
    Map<String, Double> logSum = new LinkedHashMap<>();
    int common = 0;
    int p50Pass = 0;
    int p95Pass = 0;
    int compared = 0;
    for (var q : byQuery.entrySet()) {
      Map<String, Cell> cells = q.getValue();
      md.append("| ").append(q.getKey()).append(" |");
      for (String e : engines) {
        Cell c = cells.get(e);
        md.append(' ').append(cell(c)).append(" |");
      }
      md.append(' ').append(rows(cells)).append(" |");
      Cell in = cells.get("jena-tdb2");
      Cell http = cells.get("jena-http");
      if (ok(in) && ok(http)) {
        compared++;
        double p50Goal = 1.3 * in.p50() + 1;
        double p95Goal = 2 * in.p95() + 2;
        boolean a = http.p50() <= p50Goal;
        boolean b = http.p95() <= p95Goal;
        p50Pass += a ? 1 : 0;
        p95Pass += b ? 1 : 0;
        md.append(String.format(Locale.ROOT, " %s ≤ %.1f |", a ? "pass" : "**fail**", p50Goal));
        md.append(String.format(Locale.ROOT, " %s ≤ %.1f |", b ? "pass" : "**fail**", p95Goal));
      } else {
        md.append(" – | – |");
      }
      md.append('\n');
      if (engines.stream().allMatch(e -> ok(cells.get(e)))) {
        common++;
        for (String e : engines) {
          logSum.merge(e, Math.log(Math.max(0.001, cells.get(e).p50())), Double::sum);
        }
      }
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%nHTTP goals met: p50 %d of %d, p95 %d of %d queries.%n%n",
            p50Pass,
            compared,
            p95Pass,
            compared));
    md.append("Geometric mean of p50 over the ")
        .append(common)
        .append(" queries every engine answered:");
    for (String e : engines) {
      md.append(
          String.format(
              Locale.ROOT,
              " %s %.2f ms;",
              e,
              common == 0 ? Double.NaN : Math.exp(logSum.getOrDefault(e, 0.0) / common)));
    }
    md.append('\n');
    System.out.print(md);
  }

  private static boolean ok(Cell c) {
    return c != null && c.runs() > 0;
  }

  private static String cell(Cell c) {
    if (c == null) {
      return "–";
    }
    if (c.runs() == 0) {
      return c.error().contains("imed out") || c.error().contains("Cancelled")
          ? "timeout"
          : c.error().startsWith("not run") ? "(skipped)" : "error";
    }
    return String.format(Locale.ROOT, "%s / %s", num(c.p50()), num(c.p95()));
  }

  private static String num(double ms) {
    return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format("%.0f", ms);
  }

  /** The row count, or the counts when engines differ. */
  private static String rows(Map<String, Cell> cells) {
    List<String> counts =
        cells.values().stream()
            .filter(QueryReport::ok)
            .map(c -> Integer.toString(c.rows()))
            .distinct()
            .toList();
    return counts.isEmpty() ? "–" : String.join(" ≠ ", counts);
  }
}
