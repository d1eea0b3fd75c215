package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one child process of a benchmark, timed from the harness (wall clock, JVM start included)
 * and, where {@code /usr/bin/time} exists, under {@code time -v} for the child's peak resident
 * memory. Its stdout and stderr go to files beside each other ({@code NAME.out}, {@code NAME.err}).
 *
 * <pre>
 * HarnessProcess.Result r = HarnessProcess.run(List.of("java", "-version"), logs.resolve("v"));
 * r.seconds(); r.maxRssMiB();
 * </pre>
 */
final class HarnessProcess {

  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern MAX_RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  /** What a finished child did: wall seconds, peak RSS in MiB (-1 when unknown), exit code. */
  record Result(double seconds, double maxRssMiB, int exitCode, Path out, Path err) {
    String stdout() {
      return read(out);
    }

    String stderr() {
      return read(err);
    }
  }

  private static final Pattern GC_HEAP = Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(");

  private HarnessProcess() {}

  /**
   * Runs {@code command} to its end; fails with the tail of its stderr when it exits with a code
   * other than 0.
   */
  static Result run(List<String> command, Path logBase) {
    boolean timed = Files.isExecutable(TIME);
    List<String> full = new ArrayList<>();
    if (timed) {
      full.addAll(List.of(TIME.toString(), "-v"));
    }
    full.addAll(command);
    Path out = Path.of(logBase + ".out");
    Path err = Path.of(logBase + ".err");
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      int code = p.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      Result result = new Result(seconds, timed ? maxRssMiB(read(err)) : -1, code, out, err);
      if (code != 0) {
        throw new IllegalStateException(
            "exit code " + code + " from " + String.join(" ", command) + "\n" + tail(read(err)));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.get(0), e);
    }
  }

  /** The peak RSS that {@code time -v} reported in {@code report}, in MiB; -1 when absent. */
  static double maxRssMiB(String report) {
    Matcher m = MAX_RSS.matcher(report);
    double last = -1;
    while (m.find()) {
      last = Long.parseLong(m.group(1)) / 1024.0;
    }
    return last;
  }

  /**
   * The largest heap in use before a collection in a {@code -Xlog:gc} file ({@code
   * 120M->30M(256M)}), in MiB; -1 when the file is missing or has no such line (no collection ran).
   */
  static double heapPeakMiB(Path gcLog) {
    if (!Files.exists(gcLog)) {
      return -1;
    }
    Matcher m = GC_HEAP.matcher(read(gcLog));
    double peak = -1;
    while (m.find()) {
      double v = Double.parseDouble(m.group(1));
      peak =
          Math.max(peak, m.group(2).equals("G") ? v * 1024 : m.group(2).equals("K") ? v / 1024 : v);
    }
    return peak;
  }

  /** A command that runs {@code mainClass} in a fresh JVM on this JVM's class path. */
  static List<String> java(List<String> jvmOptions, String classPath, String mainClass) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", classPath, mainClass));
    return cmd;
  }

  /**
   * Bytes under {@code folder}, as {@code du -skL} counts them (allocated blocks, a symbolic link
   * followed), in MiB.
   */
  static double diskMiB(Path folder) {
    try {
      Process p = new ProcessBuilder("du", "-skL", folder.toString()).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("du -sk " + folder + " failed");
      }
      return Long.parseLong(text.split("\\s+")[0]) / 1024.0;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run du on " + folder, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted in du", e);
    }
  }

  /** Copies a folder with {@code cp -r}, which keeps TDB2's sparse files as they are. */
  static void copyFolder(Path from, Path to) {
    run(List.of("cp", "-r", from.toString(), to.toString()), Path.of(to + "-copy"));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static String tail(String text) {
    String[] lines = text.split("\n");
    int from = Math.max(0, lines.length - 20);
    return String.join("\n", List.of(lines).subList(from, lines.length));
  }
}
