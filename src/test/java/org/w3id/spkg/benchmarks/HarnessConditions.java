package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The conditions a measurement ran under: the 1-minute load average (from {@code /proc/loadavg}, -1
 * where there is none), and a line about the machine and the JVM for the result files.
 */
final class HarnessConditions {

  private HarnessConditions() {}

  /** The 1-minute load average now; -1 when {@code /proc/loadavg} cannot be read. */
  static double load1() {
    try {
      String text = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8);
      return Double.parseDouble(text.split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The time now, to the second, in UTC (ISO 8601). */
  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Machine, OS, JVM and default heap, one line each, for the head of a result file. */
  static List<String> describe() {
    Runtime rt = Runtime.getRuntime();
    long memBytes = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memBytes = os.getTotalMemorySize();
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "machine: %d cores, %.1f GiB memory, %s %s",
            rt.availableProcessors(),
            memBytes / (1024.0 * 1024 * 1024),
            System.getProperty("os.name"),
            System.getProperty("os.version")),
        String.format(
            Locale.ROOT,
            "JVM: %s %s (%s); default max heap %.0f MiB",
            System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"),
            System.getProperty("java.vm.vendor"),
            rt.maxMemory() / (1024.0 * 1024)),
        "date: " + now());
  }
}
