package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code spkg serve --no-ingest} on a store, in a process of its own (another process holds the
 * store, as a user's running server would), on a free port; stopped by {@link #close}.
 */
final class ServeProcess implements AutoCloseable {

  private final Process process;
  private final URI endpoint;

  private ServeProcess(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /**
   * Starts the server on {@code store}, its log in {@code log}, and waits for its first line.
   *
   * @param options more options of {@code spkg serve} (such as {@code --row-cap 3})
   */
  static ServeProcess start(Path store, Path log, String... options) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                classpath,
                SpkgCommand.class.getName(),
                "serve",
                "--store",
                store.toString(),
                "--port",
                "0",
                "--no-ingest"));
    command.addAll(List.of(options));
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    ServeProcess serve = new ServeProcess(p, null);
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(90, TimeUnit.SECONDS);
      assertThat(line).as("the server's first line").startsWith("Serving http://localhost:");
      return new ServeProcess(p, URI.create(line.substring("Serving ".length()).trim()));
    } catch (Exception | AssertionError e) {
      serve.close();
      throw e;
    }
  }

  /** The process id, as messages about the store's holder name it. */
  long pid() {
    return process.pid();
  }

  /** The SPARQL endpoint it serves. */
  URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() throws InterruptedException {
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
