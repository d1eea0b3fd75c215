package org.w3id.spkg.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.dboe.DBOpEnvException;
import org.w3id.spkg.InputException;

/**
 * The store folder is held by another process: TDB2 lets one process at a time open a database, and
 * records the holder's process id in the folder's {@code tdb.lock}. Nothing in the folder is
 * changed by the failed attempt.
 */
public final class StoreLockedException extends InputException {

  private static final long serialVersionUID = 1L;

  /** The holder's process id is not known. */
  public static final long UNKNOWN_PROCESS = -1;

  private final transient Path folder;
  private final long processId;

  /**
   * @param folder the store folder
   * @param processId the process that holds it, or {@link #UNKNOWN_PROCESS}
   * @param cause TDB2's exception
   */
  public StoreLockedException(Path folder, long processId, Throwable cause) {
    this(folder, processId, problem(folder, processId), cause);
  }

  private StoreLockedException(Path folder, long processId, String problem, Throwable cause) {
    super(folder.toString(), UNKNOWN, UNKNOWN, problem, cause);
    this.folder = folder;
    this.processId = processId;
  }

  /**
   * This failure, for when the holder is a {@code spkg serve} whose {@code endpoint} does not
   * answer (it is starting, stopping or stuck).
   */
  public StoreLockedException endpointSilent(URI endpoint) {
    return new StoreLockedException(
        folder,
        processId,
        "the store is in use by process "
            + processId
            + ", a `spkg serve` whose endpoint "
            + endpoint
            + " does not answer; wait until it has started, or stop the process "
            + processId
            + " (kill "
            + processId
            + ") and run this command again",
        this);
  }

  /**
   * The lock failure behind {@code e}, however the assembler or Fuseki wrapped TDB2's exception,
   * naming the process that holds {@code folder}; empty if {@code e} is no lock failure.
   */
  public static Optional<StoreLockedException> behind(Path folder, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DBOpEnvException db
          && String.valueOf(db.getMessage()).contains("Failed to get a lock")) {
        return Optional.of(new StoreLockedException(folder, lockHolder(folder), db));
      }
    }
    return Optional.empty();
  }

  /** The process id TDB2 wrote into the folder's lock file, if it can be read. */
  private static long lockHolder(Path folder) {
    try {
      String text = Files.readString(folder.resolve("tdb.lock")).strip();
      return text.matches("\\d+") ? Long.parseLong(text) : UNKNOWN_PROCESS;
    } catch (IOException e) {
      return UNKNOWN_PROCESS;
    }
  }

  public Path folder() {
    return folder;
  }

  /** The process that holds the store, or {@link #UNKNOWN_PROCESS}. */
  public long processId() {
    return processId;
  }

  /**
   * What is wrong and what to do: a running {@code spkg serve} named in the folder's marker ({@link
   * RunningServer}) is to be stopped before writing, and its endpoint answers queries meanwhile;
   * any other holder is to be stopped.
   */
  private static String problem(Path folder, long processId) {
    if (processId == UNKNOWN_PROCESS) {
      return "the store is in use by another process; stop it (a running `spkg serve`?)"
          + " or use --store with another folder";
    }
    Optional<RunningServer> server = RunningServer.marked(folder, processId);
    if (server.isPresent()) {
      return "the store is in use by process "
          + processId
          + ", a running `spkg serve` (its endpoint: "
          + server.get().endpoint()
          + "); stop it (Ctrl-C where it runs, or kill "
          + processId
          + ") and run this command again, or use --store with another folder; meanwhile"
          + " `spkg query`, `spkg packs run` and `spkg export` use its endpoint";
    }
    return "the store is in use by process "
        + processId
        + " and no running `spkg serve` answers for it; stop the process "
        + processId
        + " (kill "
        + processId
        + ", or Ctrl-C where it runs) and run this command again, or use --store with another"
        + " folder";
  }
}
