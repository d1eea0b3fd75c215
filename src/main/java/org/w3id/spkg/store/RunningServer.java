package org.w3id.spkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@code spkg serve} that holds a store folder, as the marker file it writes into the folder once
 * it listens tells of it: its SPARQL endpoint, its process id and when it started. The server
 * removes the marker when it stops; a marker left behind by a server that was killed is stale, and
 * {@link #marked} ignores it (its process is gone, or another process holds the folder).
 *
 * <p>Commands that read the store use the endpoint when the folder is held by the server named in
 * the marker (TDB2 lets one process at a time open a folder):
 *
 * <pre>{@code
 * RunningServer.marked(folder, locked.processId()).filter(RunningServer::answers)
 *     .ifPresent(s -> query(s.endpoint()));
 * }</pre>
 *
 * @param endpoint the URL of the server's SPARQL query endpoint
 * @param pid the server's process id
 * @param startedAt when the server started listening
 */
public record RunningServer(URI endpoint, long pid, Instant startedAt) {

  /** The marker's name in the store folder. */
  public static final String FILE = "spkg-serve.properties";

  /** How long {@link #answers} waits for the endpoint: 2 s. */
  static final Duration ANSWER_WAIT = Duration.ofSeconds(2);

  private static final String ENDPOINT = "endpoint";
  private static final String PID = "pid";
  private static final String STARTED = "started";

  public RunningServer {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(startedAt, "startedAt");
    if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
      throw new IllegalArgumentException("the endpoint must be an http(s) URL, got " + endpoint);
    }
    if (pid < 1) {
      throw new IllegalArgumentException("a process id is at least 1, got " + pid);
    }
  }

  /**
   * Writes the marker of this process, serving {@code endpoint}, into {@code folder} (replacing any
   * marker there: only one process can hold the folder).
   */
  public static RunningServer announce(Path folder, URI endpoint) {
    RunningServer server =
        new RunningServer(endpoint, ProcessHandle.current().pid(), Instant.now());
    Properties p = new Properties();
    p.setProperty(ENDPOINT, endpoint.toString());
    p.setProperty(PID, Long.toString(server.pid));
    p.setProperty(STARTED, server.startedAt.toString());
    Path marker = folder.resolve(FILE);
    Path partial = folder.resolve(FILE + ".partial");
    try {
      try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        p.store(w, "spkg serve holds this store; removed when it stops");
      }
      Files.move(partial, marker, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + marker, e);
    }
    return server;
  }

  /** Removes the marker from {@code folder} if it is this server's (a later server may own it). */
  public void withdraw(Path folder) {
    if (read(folder).filter(m -> m.pid == pid).isPresent()) {
      try {
        Files.deleteIfExists(folder.resolve(FILE));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot delete " + folder.resolve(FILE), e);
      }
    }
  }

  /** The marker in {@code folder}, if there is one that can be read; fresh or stale. */
  public static Optional<RunningServer> read(Path folder) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
      p.load(r);
      return Optional.of(
          new RunningServer(
              URI.create(p.getProperty(ENDPOINT, "")),
              Long.parseLong(p.getProperty(PID, "0").strip()),
              Instant.parse(p.getProperty(STARTED, "").strip())));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException
        | IllegalArgumentException
        | DateTimeParseException
        | UnsupportedOperationException e) {
      return Optional.empty(); // unreadable or not ours: as good as no marker
    }
  }

  /**
   * The server that holds {@code folder}, as its marker names it, if the marker names the process
   * TDB2 names as the holder and that process runs (whether its endpoint answers is {@link
   * #answers}); else empty.
   *
   * @param lockHolder the process id in the folder's {@code tdb.lock}
   */
  public static Optional<RunningServer> marked(Path folder, long lockHolder) {
    return read(folder).filter(s -> s.pid == lockHolder && s.alive());
  }

  /** Whether the process is running. */
  public boolean alive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Whether the endpoint answers a GET (its Service Description) within {@link #ANSWER_WAIT}. */
  public boolean answers() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_WAIT).build();
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(ANSWER_WAIT).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The one line that tells where a command reading {@code folder} sends its queries. */
  public String notice(Path folder) {
    return "spkg: the store "
        + folder
        + " is held by `spkg serve` (pid "
        + pid
        + "); using its SPARQL endpoint "
        + endpoint;
  }
}
