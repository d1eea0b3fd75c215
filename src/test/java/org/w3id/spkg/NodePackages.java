package org.w3id.spkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node.js client the tests run, installed from a folder under {@code src/test/} (its {@code
 * package.json}, {@code package-lock.json} and scripts) with {@code npm ci} into {@code
 * target/NAME}, not globally; the install is kept while the package and lock files are unchanged.
 * Tests that use one are skipped only when {@code node} or {@code npm} is absent.
 *
 * <pre>{@code
 * Path dir = NodePackages.install(Path.of("src/test/oxigraph"), "answer.mjs");
 * NodePackages.Run run = NodePackages.run(List.of("node", "answer.mjs", "m.json"), dir, ...);
 * }</pre>
 */
public final class NodePackages {

  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
  private static final boolean WINDOWS =
      System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");

  private NodePackages() {}

  /** Skips the calling test (a JUnit assumption) when {@code node} or {@code npm} is absent. */
  public static void assumeNode() throws InterruptedException {
    Assumptions.assumeTrue(
        runs("node") && runs(npm()),
        "Node.js is absent (no node or npm on PATH): skipping; install Node.js 20 with npm to run"
            + " this test");
  }

  /**
   * Copies {@code scripts} of {@code source} into {@code target/NAME} (NAME: the source folder's
   * name) and runs {@code npm ci} there unless the modules installed last time came from the same
   * {@code package.json} and lock file.
   *
   * @return the folder to run the scripts in
   */
  public static Path install(Path source, String... scripts)
      throws IOException, InterruptedException {
    Path install = Path.of("target").resolve(source.getFileName());
    Path stamp = install.resolve("node_modules/.spkg-installed");
    Files.createDirectories(install);
    for (String script : scripts) {
      Files.copy(
          source.resolve(script), install.resolve(script), StandardCopyOption.REPLACE_EXISTING);
    }
    String fingerprint =
        fingerprint(source.resolve("package.json"), source.resolve("package-lock.json"));
    if (Files.isRegularFile(stamp)
        && Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
      return install;
    }
    deleteTree(install.resolve("node_modules"));
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(source.resolve(file), install.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Run npm =
        Run.of(
            List.of(npm(), "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline"),
            install,
            INSTALL_TIMEOUT,
            install);
    if (npm.exitCode() != 0) {
      throw new AssertionError("npm ci in " + install.toAbsolutePath() + " failed; " + npm);
    }
    Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
    return install;
  }

  private static String npm() {
    return WINDOWS ? "npm.cmd" : "npm";
  }

  /** Whether {@code command --version} runs and succeeds. */
  private static boolean runs(String command) throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder(command, "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static String fingerprint(Path... files) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        sha.update(Files.readAllBytes(f));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A finished process: its exit code and output, kept in files so no pipe can fill up. */
  public record Run(List<String> command, int exitCode, String stdout, String stderr) {

    /**
     * Runs {@code command} in {@code dir}, its output kept in files in {@code logs}; kills it and
     * its children after {@code timeout} and fails.
     */
    public static Run of(List<String> command, Path dir, Duration timeout, Path logs)
        throws IOException, InterruptedException {
      Path out = Files.createTempFile(logs, "stdout", ".txt");
      Path err = Files.createTempFile(logs, "stderr", ".txt");
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            String.join(" ", command)
                + " did not finish within "
                + timeout.toSeconds()
                + " s; stderr so far:\n"
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new Run(
          command,
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return String.join(" ", command)
          + " exited with "
          + exitCode
          + "\nstdout:\n"
          + stdout
          + "\nstderr:\n"
          + stderr;
    }
  }
}
