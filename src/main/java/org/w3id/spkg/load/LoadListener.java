package org.w3id.spkg.load;

import java.nio.file.Path;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ingest.ExtractedDocument;

/**
 * What a {@link DocumentLoader} run tells as it goes: each document that went in or was refused,
 * the warnings of the run, each batch written. The loader prints nothing; a command prints these.
 * Every method does nothing by default. Called on the loading thread, but for {@link
 * #batchWritten}, which the writer thread calls.
 */
public interface LoadListener {

  /** A listener that ignores everything. */
  LoadListener SILENT = new LoadListener() {};

  /** {@code doc}, read from {@code file}, was extracted and queued to be written (or extracted). */
  default void ingested(Path file, ExtractedDocument doc) {}

  /**
   * {@code path} (a file, or a folder given or found) was refused; the run goes on without it.
   * {@code e} says why; its message may or may not name the path.
   */
  default void refused(Path path, InputException e) {}

  /** A warning of the run about {@code file}, not of any one document's content. */
  default void warning(Path file, String message) {}

  /**
   * A bug met while reading {@code file}: the file is refused ({@link #refused} follows), the run
   * goes on. For a listener that shows stack traces.
   */
  default void internalError(Path file, Throwable e) {}

  /** A batch of {@code documents} was written in one write transaction. */
  default void batchWritten(int documents) {}
}
