package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code ingest.md} from {@code ingest.csv}: the ingest runs, the floors, and the ratios of
 * issue 7 against their goals — ingest time at most 1.5 × (parse floor + fastest load floor), and
 * the cost per document at each size within 1.2 × of that at 1,000 documents.
 */
final class IngestReport {

  static final double FLOOR_GOAL = 1.5;
  static final double GROWTH_GOAL = 1.2;

  private IngestReport() {}

  static void write(Path csv, Path md) {
    List<Map<String, String>> rows = HarnessTable.read(csv);
    List<String> out = new ArrayList<>();
    out.add("# Ingest into TDB2: runs, floors and ratios");
    out.add("");
    out.add(
        "Made by `bench/run IngestBenchmark` from ["
            + csv.getFileName()
            + "]("
            + csv.getFileName()
            + "). Wall seconds include JVM start-up for child processes (ingest, export, loaders);");
    out.add("the parse floor runs in the harness JVM after a warm-up pass (median of the passes).");
    out.add(
        "Peak memory is the child's maximum resident set size from `/usr/bin/time -v`; for the");
    out.add(
        "parse floor it is the harness heap in use after the passes. `load1` is the 1-minute load");
    out.add("average when the step began.");
    out.add(
        HarnessConditions.describe()
            .get(0)
            .replace("machine:", "Harness written on a machine with"));
    out.add("");
    out.add("## Ingest");
    out.add("");
    out.add(
        "| docs | variant | seconds | docs/s | quads | quads/s | peak RSS MiB | heap peak MiB | store MiB | load1 |");
    out.add("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Map<String, String> r : step(rows, "ingest")) {
      out.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f | %.1f | %,d | %,.0f | %.0f | %s | %.0f | %s |",
              r.get("docs"),
              r.get("variant"),
              d(r, "seconds"),
              d(r, "docs_per_s"),
              Long.parseLong(r.get("quads")),
              d(r, "quads_per_s"),
              d(r, "max_rss_mib"),
              d(r, "heap_peak_mib") < 0
                  ? "—"
                  : String.format(Locale.ROOT, "%.0f", d(r, "heap_peak_mib")),
              d(r, "disk_mib"),
              r.get("load1")));
    }
    out.add("");
    out.add("## Floors and other steps");
    out.add("");
    out.add("| docs | step | variant | seconds | quads/s | peak RSS MiB | disk MiB | load1 |");
    out.add("|---:|---|---|---:|---:|---:|---:|---:|");
    for (Map<String, String> r : rows) {
      if (!r.get("step").equals("ingest")) {
        out.add(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.2f | %,.0f | %.0f | %s | %s |",
                r.get("docs"),
                r.get("step"),
                r.get("variant"),
                d(r, "seconds"),
                d(r, "quads_per_s"),
                d(r, "max_rss_mib"),
                d(r, "disk_mib") < 0 ? "" : String.format(Locale.ROOT, "%.0f", d(r, "disk_mib")),
                r.get("load1")));
      }
    }
    out.add("");
    out.add("## Ratios against the goals");
    out.add("");
    out.add(
        "| docs | variant | ingest s | parse floor s | load floor s (loader) | ingest ÷ (parse + load) | goal ≤ "
            + FLOOR_GOAL
            + " | ms/doc | ÷ ms/doc at 1,000 | goal ≤ "
            + GROWTH_GOAL
            + " |");
    out.add("|---:|---|---:|---:|---:|---:|---|---:|---:|---|");
    for (Map<String, String> r : step(rows, "ingest")) {
      String docs = r.get("docs");
      Optional<Map<String, String>> parse = fastest(rows, "parse", docs);
      Optional<Map<String, String>> load = fastest(rows, "load", docs);
      String floor = "—";
      String floorPass = "—";
      if (parse.isPresent() && load.isPresent()) {
        double ratio = d(r, "seconds") / (d(parse.get(), "seconds") + d(load.get(), "seconds"));
        floor = String.format(Locale.ROOT, "%.2f", ratio);
        floorPass = ratio <= FLOOR_GOAL ? "pass" : "fail";
      }
      double msPerDoc = 1000 * d(r, "seconds") / Double.parseDouble(docs);
      String growth = "—";
      String growthPass = "—";
      Optional<Map<String, String>> base =
          step(rows, "ingest").stream()
              .filter(b -> b.get("docs").equals("1000"))
              .filter(b -> baseVariant(b).equals(baseVariant(r)))
              .findFirst();
      if (base.isPresent() && !docs.equals("1000")) {
        double g = msPerDoc / (1000 * d(base.get(), "seconds") / 1000.0);
        growth = String.format(Locale.ROOT, "%.2f", g);
        growthPass =
            Integer.parseInt(docs) > 1000 ? (g <= GROWTH_GOAL ? "pass" : "fail") : "(below 1,000)";
      }
      out.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f | %s | %s | %s | %s | %.1f | %s | %s |",
              docs,
              r.get("variant"),
              d(r, "seconds"),
              parse.map(p -> String.format(Locale.ROOT, "%.2f", d(p, "seconds"))).orElse("—"),
              load.map(
                      l ->
                          String.format(
                              Locale.ROOT, "%.1f (%s)", d(l, "seconds"), l.get("variant")))
                  .orElse("—"),
              floor,
              floorPass,
              msPerDoc,
              growth,
              growthPass));
    }
    try {
      Files.write(md, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + md, e);
    }
  }

  /** The variant without an "(adopted)" note, so an adopted run compares with a harness run. */
  private static String baseVariant(Map<String, String> r) {
    return r.get("variant").replace(" (adopted)", "");
  }

  static List<Map<String, String>> step(List<Map<String, String>> rows, String step) {
    return rows.stream()
        .filter(r -> r.get("step").equals(step))
        .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.get("docs"))))
        .toList();
  }

  static Optional<Map<String, String>> fastest(
      List<Map<String, String>> rows, String step, String docs) {
    return rows.stream()
        .filter(r -> r.get("step").equals(step) && r.get("docs").equals(docs))
        .min(Comparator.comparingDouble(r -> d(r, "seconds")));
  }

  static double d(Map<String, String> r, String column) {
    return Double.parseDouble(r.get(column));
  }
}
