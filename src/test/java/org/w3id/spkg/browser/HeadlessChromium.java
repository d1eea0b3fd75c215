package org.w3id.spkg.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, started headless by the test with a new empty profile and DevTools on a port
 * of its own choosing (read back from the profile's {@code DevToolsActivePort}), and stopped with
 * the profile removed on {@link #close}.
 *
 * <p>The flags are those that keep Chromium off the network on a closed machine: no background
 * networking, component updates, sync or QUIC.
 */
final class HeadlessChromium implements AutoCloseable {

  /** Where Chromium is looked for, in order; {@code SPKG_CHROMIUM} names another. */
  static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private static final Duration START = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final DevTools devTools;

  private HeadlessChromium(Process process, Path profile, DevTools devTools) {
    this.process = process;
    this.profile = profile;
    this.devTools = devTools;
  }

  /** The Chromium executable of this machine, if there is one. */
  static Optional<Path> executable() {
    String named = System.getenv("SPKG_CHROMIUM");
    Stream<String> candidates =
        named == null || named.isBlank() ? CANDIDATES.stream() : Stream.of(named);
    return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  static HeadlessChromium start(Path executable) throws Exception {
    Path profile = Files.createTempDirectory("spkg-chromium");
    Path log = profile.resolve("chromium.log");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      URI endpoint = endpoint(profile, process, log);
      return new HeadlessChromium(process, profile, DevTools.connect(endpoint, START));
    } catch (Exception e) {
      process.destroyForcibly();
      throw e;
    }
  }

  DevTools devTools() {
    return devTools;
  }

  /** The browser's WebSocket endpoint, once Chromium has written its DevTools port. */
  private static URI endpoint(Path profile, Process process, Path log) throws Exception {
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Chromium exited with " + process.exitValue() + ": " + tail(log));
      }
      if (Files.isRegularFile(active)) {
        List<String> lines = Files.readAllLines(active, StandardCharsets.UTF_8);
        if (lines.size() >= 2) {
          return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(
        "Chromium gave no DevTools port in " + START + ": " + tail(log));
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops Chromium and removes its profile. */
  @Override
  public void close() throws IOException {
    try {
      devTools.close();
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
