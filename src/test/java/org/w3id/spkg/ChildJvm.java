package org.w3id.spkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own that a test starts on the test class path (a store holder, a server, a stock
 * Fuseki): how to start it, read the line it announces itself with, and stop it.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /**
   * Starts {@code mainClass} with {@code args} on the test class path, its standard error in {@code
   * log}.
   */
  public static Process start(Path log, String mainClass, List<String> args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, mainClass));
    command.addAll(args);
    return new ProcessBuilder(command).redirectError(log.toFile()).start();
  }

  /**
   * The first line {@code process} writes to its standard output, waiting at most {@code wait};
   * null if it ends its output first.
   *
   * @throws java.util.concurrent.TimeoutException if no line comes in time
   */
  public static String firstLine(Process process, Duration wait) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    return CompletableFuture.supplyAsync(() -> readLine(out))
        .get(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks {@code process} to end, and kills it if it has not within 30 s. */
  public static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      return null;
    }
  }
}
