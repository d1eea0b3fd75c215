package org.w3id.spkg.store;

import java.nio.file.Path;
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
    super(folder.toString(), UNKNOWN, UNKNOWN, problem(processId), cause);
    this.folder = folder;
    this.processId = processId;
  }

  public Path folder() {
    return folder;
  }

  /** The process that holds the store, or {@link #UNKNOWN_PROCESS}. */
  public long processId() {
    return processId;
  }

  private static String problem(long processId) {
    if (processId == UNKNOWN_PROCESS) {
      return "the store is in use by another process; stop it (a running `spkg serve`?)"
          + " or use --store with another folder";
    }
    return "the store is in use by process "
        + processId
        + "; stop the process "
        + processId
        + " (a running `spkg serve`?) or use --store with another folder";
  }
}
