package org.w3id.spkg.cli;

import java.nio.file.Path;
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
   * @throws StoreLockedException {@code locked}, if no running {@code spkg serve} answers for the
   *     folder (its marker is missing or stale)
   */
  static RunningServer require(Path folder, StoreLockedException locked, CommandLine cli) {
    RunningServer server =
        RunningServer.holding(folder, locked.processId()).orElseThrow(() -> locked);
    cli.getErr().println(server.notice(folder));
    cli.getErr().flush();
    return server;
  }
}
