package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code pages.md} from {@code pages.csv}: per software, store and page, the status and size
 * of the first request after start-up, its time, the median and slowest of the repeated requests,
 * and the goal of issue 13 — every request answered 200 within {@value #LIMIT_MS} ms.
 */
final class PageReport {

  static final double LIMIT_MS = 1000;

  private PageReport() {}

  static void write(Path csv, Path md) {
    Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
    for (Map<String, String> row : HarnessTable.read(csv)) {
      String key = row.get("software") + "\t" + row.get("store") + "\t" + row.get("page");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    List<String> out = new ArrayList<>();
    out.add("# Page latency");
    out.add("");
    out.add(
        "Made by `bench/run PageLatencyBenchmark` from ["
            + csv.getFileName()
            + "]("
            + csv.getFileName()
            + "): `spkg serve --no-ingest --no-service` as a child JVM; each page");
    out.add(
        "asked for once right after start-up (*first*: it pays for what the page computes and"
            + " keeps), then repeatedly, one request at a time. Goal (issue 13): every request 200"
            + " within 1 s.");
    out.add("");
    out.add(
        "| software | store | page | status | bytes | first ms | median ms (repeats) | slowest"
            + " ms | load | goal |");
    out.add("|---|---|---|---:|---:|---:|---:|---:|---:|---|");
    int pass = 0;
    for (List<Map<String, String>> rows : groups.values()) {
      Map<String, String> first = rows.get(0);
      double[] repeats =
          rows.stream()
              .filter(r -> !r.get("request").equals("first"))
              .mapToDouble(r -> Double.parseDouble(r.get("ms")))
              .sorted()
              .toArray();
      double slowest =
          rows.stream().mapToDouble(r -> Double.parseDouble(r.get("ms"))).max().orElse(0);
      boolean ok =
          rows.stream().allMatch(r -> r.get("status").equals("200")) && slowest <= LIMIT_MS;
      pass += ok ? 1 : 0;
      out.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | `%s` | %s | %s | %.0f | %s | %.0f | %s | %s |",
              first.get("software"),
              first.get("store"),
              first.get("page"),
              statuses(rows),
              first.get("bytes"),
              Double.parseDouble(first.get("ms")),
              repeats.length == 0 ? "–" : String.format(Locale.ROOT, "%.0f", median(repeats)),
              slowest,
              first.get("load1"),
              ok ? "pass" : "**fail**"));
    }
    out.add("");
    out.add(pass + " of " + groups.size() + " rows meet the goal.");
    out.add("");
    try {
      Files.write(md, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + md, e);
    }
  }

  /**
   * The distinct statuses of the requests, in order ({@code 0}: cut off at the harness's limit).
   */
  private static String statuses(List<Map<String, String>> rows) {
    return String.join("/", rows.stream().map(r -> r.get("status")).distinct().toList());
  }

  static double median(double[] sorted) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double[] s = Arrays.copyOf(sorted, sorted.length);
    Arrays.sort(s);
    int mid = s.length / 2;
    return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }
}
