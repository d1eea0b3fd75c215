package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code startup.md} from {@code startup.csv}: medians (and min–max) per store, and the
 * goals of issue 7 — first query answered within 3 s, and within 1.2 × the empty store's time.
 */
final class StartupReport {

  static final double LIMIT_MS = 3000;
  static final double EMPTY_RATIO_GOAL = 1.2;

  private StartupReport() {}

  static void write(Path csv, Path md, String label, List<String> jvmOptions) {
    List<Map<String, String>> rows = HarnessTable.read(csv);
    List<String> out = new ArrayList<>();
    out.add("# Start-up: process start to first answered query");
    out.add("");
    out.add(
        "Made by `bench/run StartupBenchmark` from ["
            + csv.getFileName()
            + "]("
            + csv.getFileName()
            + "): `spkg serve --no-ingest --no-service` as a child JVM, the");
    out.add(
        "harness polling `/$/ping` every 5 ms, then one SPARQL query (`"
            + StartupBenchmark.QUERY
            + "`). Empty and full store alternate; the store is a copy already in the page cache.");
    out.add(
        "`server ready` is the server's own log line (JVM start to Fuseki started). JVM options: "
            + (jvmOptions.isEmpty() ? "none" : "`" + String.join(" ", jvmOptions) + "`")
            + ".");
    out.add("");
    out.add(
        "| store | runs | ping ms median (min–max) | first query ms median (min–max) | server ready ms median |");
    out.add("|---|---:|---:|---:|---:|");
    for (String store : List.of("empty", label)) {
      double[] ping = column(rows, store, "ping_ms");
      double[] query = column(rows, store, "first_query_ms");
      double[] ready = column(rows, store, "server_ready_ms");
      out.add(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %.0f |",
              store,
              ping.length,
              median(ping),
              ping[0],
              ping[ping.length - 1],
              median(query),
              query[0],
              query[query.length - 1],
              median(ready)));
    }
    double full = median(column(rows, label, "first_query_ms"));
    double empty = median(column(rows, "empty", "first_query_ms"));
    out.add("");
    out.add(
        String.format(
            Locale.ROOT,
            "Goals: first query on the %s store %.0f ms ≤ %.0f ms: **%s**; %.2f × the empty store's ≤ %.1f: **%s**.",
            label,
            full,
            LIMIT_MS,
            full <= LIMIT_MS ? "pass" : "fail",
            full / empty,
            EMPTY_RATIO_GOAL,
            full / empty <= EMPTY_RATIO_GOAL ? "pass" : "fail"));
    out.add("");
    double[] loads = rows.stream().mapToDouble(r -> IngestReport.d(r, "load1")).sorted().toArray();
    out.add(
        String.format(
            Locale.ROOT,
            "Load average (1 min) during the runs: %.2f–%.2f.",
            loads[0],
            loads[loads.length - 1]));
    try {
      Files.write(md, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + md, e);
    }
  }

  private static double[] column(List<Map<String, String>> rows, String store, String column) {
    double[] v =
        rows.stream()
            .filter(r -> r.get("store").equals(store))
            .mapToDouble(r -> IngestReport.d(r, column))
            .toArray();
    Arrays.sort(v);
    if (v.length == 0) {
      throw new IllegalStateException("no rows for store " + store + " in startup.csv");
    }
    return v;
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
