package org.w3id.spkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFiles;

/**
 * The folder of a TDB2 database: connecting to it, compacting and releasing it, and telling who
 * holds it. TDB2 lets one process at a time use a folder: it locks {@code tdb.lock} (an OS file
 * lock) and writes its process id there; the lock goes when the process closes the database or
 * ends, however it ends.
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

  /**
   * Compacts the database of {@code dataset}, open on {@code folder} ({@link SpkgStore#compact}).
   *
   * @return the bytes of the folder before and after
   */
  static long[] compact(Path folder, DatasetGraph dataset) {
    long before = size(folder);
    DatabaseMgr.compact(tdb(dataset), true);
    return new long[] {before, size(folder)};
  }

  /**
   * Closes the Lucene index, then expels the TDB2 database from the JVM's cache so that its folder
   * lock goes and another process can open it.
   */
  static void release(DatasetGraph dataset) {
    if (dataset instanceof DatasetGraphText text) {
      text.getTextIndex().close();
    }
    TDBInternal.expel(tdb(dataset));
  }

  /** The TDB2 database under the text index wrapper (and any other wrapper). */
  static DatasetGraph tdb(DatasetGraph dataset) {
    DatasetGraph base = dataset;
    while (!(base instanceof DatasetGraphSwitchable)
        && base instanceof DatasetGraphWrapper wrapper) {
      base = wrapper.getWrapped();
    }
    return base;
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
