package org.w3id.spkg.remote;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway OpenLink Virtuoso 7 (Debian's {@code virtuoso-opensource-7-bin}) for tests that need
 * a second SPARQL store: a fresh database in a temporary directory, on two free loopback ports,
 * with a random {@code dba} password, stopped and removed on {@link #close}.
 *
 * <p>The work is done by {@code virtuoso-start.sh} beside this class's resources (one place for the
 * configuration, usable by hand too); this class runs it with {@code --foreground}, reads the ports
 * it prints, and owns the process. Usage:
 *
 * <pre>
 * try (VirtuosoProcess virtuoso = VirtuosoProcess.start(VirtuosoProcess.requireExecutable())) {
 *   GSP.service(virtuoso.graphStoreEndpoint()).graphName(iri).PUT(graph);
 *   QueryExecHTTP.service(virtuoso.queryEndpoint()).query("ASK {}").ask();
 * }
 * </pre>
 *
 * <p>{@link #requireExecutable()} skips the calling test when Virtuoso is not installed and says
 * how to install it, except under CI ({@code CI} set), where a missing Virtuoso fails: {@code
 * .ci/run} installs it. The same policy as the browser test's Chromium.
 */
public final class VirtuosoProcess implements AutoCloseable {

  /** Where {@code virtuoso-t} is looked for, in order; {@code SPKG_VIRTUOSO} names another. */
  public static final List<String> CANDIDATES =
      List.of("/usr/bin/virtuoso-t", "/usr/local/bin/virtuoso-t");

  /** How to install it on Debian and Ubuntu. */
  public static final String INSTALL = "apt-get install virtuoso-opensource-7-bin";

  /**
   * The query parameter that names the graph on both Graph Store endpoints. Virtuoso also takes
   * {@code graph-uri}; {@code graph} is the one the W3C protocol and Jena's {@code GSP} use.
   */
  public static final String GRAPH_PARAMETER = "graph";

  /** The Virtuoso user that may write through {@link #graphStoreAuthEndpoint()}. */
  public static final String USER = "dba";

  private static final String LOOPBACK = "127.0.0.1";

  private final Process script;
  private final Path dir;
  private final Map<String, String> printed;

  private VirtuosoProcess(Process script, Path dir, Map<String, String> printed) {
    this.script = script;
    this.dir = dir;
    this.printed = Map.copyOf(printed);
  }

  /** The {@code virtuoso-t} of this machine, if there is one. */
  public static Optional<Path> executable() {
    String named = System.getenv("SPKG_VIRTUOSO");
    Stream<String> candidates =
        named == null || named.isBlank() ? CANDIDATES.stream() : Stream.of(named);
    return candidates
        .map(Path::of)
        .filter(Files::isExecutable)
        .filter(p -> Files.isExecutable(p.resolveSibling("isql-vt")))
        .findFirst();
  }

  /**
   * The {@code virtuoso-t} to start; without one, skips the calling test (JUnit assumption) or,
   * when {@code CI} is set, fails it.
   */
  public static Path requireExecutable() {
    Optional<Path> executable = executable();
    if (executable.isEmpty()) {
      String why =
          "no Virtuoso (virtuoso-t and isql-vt) at "
              + CANDIDATES
              + " or $SPKG_VIRTUOSO: install Debian's ("
              + INSTALL
              + ") to run the tests against a second SPARQL engine";
      if (System.getenv("CI") != null) {
        fail(why + " (CI is set, so the test may not be skipped)");
      }
      assumeTrue(false, why);
    }
    return executable.get();
  }

  /** Starts a fresh instance and returns once it answers, with the update grant in place. */
  public static VirtuosoProcess start(Path executable) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("spkg-virtuoso");
    int[] ports = freePorts(2);
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                resource("virtuoso-start.sh").toString(),
                "--foreground",
                "--dir",
                dir.toString(),
                "--sql-port",
                Integer.toString(ports[0]),
                "--http-port",
                Integer.toString(ports[1]))
            .redirectErrorStream(true);
    builder.environment().put("VIRTUOSO_T", executable.toString());
    Process script = builder.start();
    Map<String, String> printed = new HashMap<>();
    List<String> output = new ArrayList<>();
    // The script ends by itself (ready, or a failure after at most 60 s), so reading cannot hang.
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null && !line.equals("ready")) {
      output.add(line);
      int eq = line.indexOf('=');
      if (eq > 0) {
        printed.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    if (line == null) {
      script.waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException(
          "Virtuoso did not start on 127.0.0.1 ports "
              + ports[0]
              + " and "
              + ports[1]
              + ": "
              + String.join("\n", output));
    }
    return new VirtuosoProcess(script, dir, printed);
  }

  /** The SPARQL 1.1 query endpoint: {@code http://127.0.0.1:PORT/sparql}. */
  public String queryEndpoint() {
    return base() + "/sparql";
  }

  /**
   * The Graph Store endpoint that needs no login ({@code /sparql-graph-crud}); writing through it
   * needs the grant {@code virtuoso-grant-update.sql} gives, which the start script applies.
   */
  public String graphStoreEndpoint() {
    return base() + "/sparql-graph-crud";
  }

  /** The Graph Store endpoint behind HTTP digest authentication, as {@link #USER}. */
  public String graphStoreAuthEndpoint() {
    return base() + "/sparql-graph-crud-auth";
  }

  /** The random password of {@link #USER}, drawn at start. */
  public String password() {
    return printed.get("dba-password");
  }

  /**
   * Runs one of the SQL files beside this class's resources as {@code dba}, such as {@code
   * virtuoso-revoke-update.sql}; fails when a statement fails.
   */
  public void runSql(String resourceName) throws IOException, InterruptedException {
    Process sql =
        new ProcessBuilder(
                "bash",
                resource("virtuoso-sql.sh").toString(),
                dir.toString(),
                resource(resourceName).toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(sql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (sql.waitFor() != 0) {
      throw new IllegalStateException(resourceName + " failed on Virtuoso: " + out);
    }
  }

  private String base() {
    return "http://" + LOOPBACK + ":" + printed.get("http-port");
  }

  /** Stops Virtuoso and removes its directory: the script does both on TERM. */
  @Override
  public void close() {
    try {
      script.destroy();
      if (!script.waitFor(30, TimeUnit.SECONDS)) {
        script.destroyForcibly();
      }
    } catch (InterruptedException e) {
      script.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      // Should the script have died before its trap ran, the server is stopped here.
      ProcessHandle.of(Long.parseLong(printed.get("pid")))
          .ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  /** Ports free on loopback now: each found by binding port 0, then released. */
  private static int[] freePorts(int count) throws IOException {
    int[] ports = new int[count];
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK));
        held.add(socket);
        ports[i] = socket.getLocalPort();
      }
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
    return ports;
  }

  private static Path resource(String name) {
    URL url = VirtuosoProcess.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException(
          "no test resource " + name + " in src/test/resources/org/w3id/spkg/remote/");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resource " + name + " is not a file: " + url, e);
    }
  }
}
