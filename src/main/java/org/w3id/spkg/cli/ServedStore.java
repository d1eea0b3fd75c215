package org.w3id.spkg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.w3id.spkg.store.RunningServer;
import org.w3id.spkg.store.StoreLockedException;
import picocli.CommandLine;

/**
 * A store folder held by a running {@code spkg serve}: commands that only read use the server's
 * SPARQL endpoint instead, and say so on stderr in one line.
 */
final class ServedStore {

  private ServedStore() {}

  /**
   * The running server that holds {@code folder}, announced on stderr.
   *
   * @param locked the failure to open the folder
   * @throws StoreLockedException {@code locked}, if the holder is no {@code spkg serve} (no marker
   *     names it), or its endpoint does not answer
   */
  static RunningServer require(Path folder, StoreLockedException locked, CommandLine cli) {
    Optional<RunningServer> marked = RunningServer.marked(folder, locked.processId());
    if (marked.isEmpty()) {
      throw locked;
    }
    RunningServer server = marked.get();
    if (!server.answers()) {
      throw locked.endpointSilent(server.endpoint());
    }
    cli.getErr().println(server.notice(folder));
    cli.getErr().flush();
    return server;
  }
}
