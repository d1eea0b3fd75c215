package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.spkg.ChildJvm;

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
    List<String> args =
        new ArrayList<>(
            List.of("serve", "--store", store.toString(), "--port", "0", "--no-ingest"));
    args.addAll(List.of(options));
    Process p = ChildJvm.start(log, SpkgCommand.class.getName(), args);
    ServeProcess serve = new ServeProcess(p, null);
    try {
      String line = ChildJvm.firstLine(p, Duration.ofSeconds(90));
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
    ChildJvm.stop(process);
  }
}
