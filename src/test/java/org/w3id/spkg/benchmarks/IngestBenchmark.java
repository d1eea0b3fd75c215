package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ingest into TDB2 at several corpus sizes, with the floors measured in the same run: parsing the
 * same Markdown alone (in this JVM), and bulk-loading the quads the ingester produced with Jena's
 * TDB2 loaders (each a child JVM). Every child runs under {@code /usr/bin/time -v}, which gives its
 * peak resident memory (the pages of TDB2's memory-mapped files included); the ingest JVM also logs
 * its garbage collections, whose largest heap-before-collection is the heap peak. Rows go to {@code
 * OUT/ingest.csv}; {@code ingest.md} and the plots are made from it at the end.
 *
 * <pre>
 * bench/run IngestBenchmark --sizes 100,1000 --seed 1 --work /tmp/bench --out bench/results
 * bench/run IngestBenchmark --sizes 1000 --batch 1000 --variant batch=1000 --no-floors --append
 * bench/run IngestBenchmark --sizes 10000 --adopt 10000=/tmp/b10k --append --export-jvm-opt -Xmx14g
 * </pre>
 *
 * <p>Options: {@code --spkg-jar JAR} runs spkg from a jar (default: this JVM's class path); {@code
 * --spkg-home DIR} is its {@code spkg.home} (default: the working folder); {@code --jvm-opt OPT}
 * (repeatable) goes to the ingest JVM; {@code --loaders} (default all five) run at sizes up to
 * {@code --all-loaders-up-to} (default 1000), above it the {@code --fastest} (default 1) that were
 * fastest at the largest smaller size; {@code --adopt SIZE=DIR} takes the ingest of that size from
 * {@code DIR/corpus}, {@code DIR/store} (copied, never opened) and the {@code time -v} report in
 * {@code DIR/ingest.err}; {@code --export-jvm-opt OPT} (repeatable) goes to the export JVM, which
 * sorts the whole store in memory (10,000 documents need more than the default heap); {@code
 * --keep-store} keeps each ingested store in {@code WORK/DOCS-VARIANT/store} (compacted, unless
 * {@code --no-compact}).
 */
public final class IngestBenchmark {

  static final List<String> COLUMNS =
      List.of(
          "docs",
          "step",
          "variant",
          "seconds",
          "max_rss_mib",
          "heap_peak_mib",
          "quads",
          "docs_per_s",
          "quads_per_s",
          "disk_mib",
          "load1",
          "started");

  static final List<String> ALL_LOADERS =
      List.of("basic", "sequential", "parallel", "light", "phased");
  private static final Pattern ELAPSED =
      Pattern.compile(
          "Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)");

  private IngestBenchmark() {}

  public static void main(String[] args) {
    HarnessOptions o =
        HarnessOptions.parse(
            args,
            List.of(
                "--sizes",
                "--seed",
                "--work",
                "--out",
                "--spkg-jar",
                "--spkg-home",
                "--batch",
                "--jvm-opt",
                "--variant",
                "--loaders",
                "--all-loaders-up-to",
                "--fastest",
                "--parse-passes",
                "--adopt",
                "--export-jvm-opt"),
            List.of("--no-floors", "--append", "--no-compact", "--keep-store"));
    Path out = o.path("--out", "bench/results");
    Path csv = out.resolve("ingest.csv");
    HarnessTable table =
        o.flag("--append") && Files.exists(csv)
            ? HarnessTable.append(csv, COLUMNS)
            : HarnessTable.create(csv, COLUMNS);
    new IngestRun(o, table, csv).runAll();
    IngestReport.write(csv, out.resolve("ingest.md"));
    PlotIngest.write(csv, out);
  }

  /** The wall time in a {@code time -v} report, in seconds. */
  static double elapsedSeconds(String report) {
    Matcher m = ELAPSED.matcher(report);
    if (!m.find()) {
      throw new IllegalStateException("no 'Elapsed (wall clock) time' line in the time -v report");
    }
    double h = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
    return h * 3600 + Double.parseDouble(m.group(2)) * 60 + Double.parseDouble(m.group(3));
  }

  static long countLines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  static void deleteFolder(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + dir, e);
    }
  }
}
