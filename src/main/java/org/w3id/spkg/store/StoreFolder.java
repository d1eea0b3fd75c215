package org.w3id.spkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFiles;

/**
 * The folder of a TDB2 database: connecting to it, and telling who holds it. TDB2 lets one process
 * at a time use a folder: it locks {@code tdb.lock} (an OS file lock) and writes its process id
 * there; the lock goes when the process closes the database or ends, however it ends.
 */
final class StoreFolder {

  private StoreFolder() {}

  /**
   * Connects to the database in {@code folder} as {@code config} describes it (placed in the
   * folder), creating it when missing.
   *
   * @throws StoreLockedException if another process holds the folder
   */
  static DatasetGraph connect(Path folder, StoreConfig config) {
    try {
      // Through the server's configuration: the TDB2 dataset with its text index, so every
      // write keeps the index in step.
      return config.assembleDataset();
    } catch (RuntimeException wrapped) {
      Optional<StoreLockedException> locked = StoreLockedException.behind(folder, wrapped);
      if (locked.isPresent()) {
        throw locked.get();
      }
      DBOpEnvException e = lockFailure(wrapped);
      if (e == null) {
        throw wrapped;
      }
      throw new InputException(
          folder.toString(),
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "cannot open the store: " + e.getMessage(),
          e);
    }
  }

  /** The TDB2 environment failure behind an exception (the assembler wraps it), if any. */
  private static DBOpEnvException lockFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DBOpEnvException db) {
        return db;
      }
    }
    return null;
  }

  /** True if {@code folder} holds a TDB2 database: its data lives in {@code Data-NNNN} folders. */
  static boolean holdsDatabase(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    return !ProjectFiles.list(
            folder, p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"))
        .isEmpty();
  }

  /** The bytes of the files below {@code folder}. */
  static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(StoreFolder::bytes).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot measure " + folder, e);
    }
  }

  private static long bytes(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
