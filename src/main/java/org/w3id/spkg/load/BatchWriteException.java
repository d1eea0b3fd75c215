package org.w3id.spkg.load;

import java.util.List;
import org.w3id.spkg.InputException;
import org.w3id.spkg.SpkgException;

/**
 * A batch of documents could not be written: its write transaction was aborted, so the store is as
 * it was before it, and the batches after it were not written either.
 */
public final class BatchWriteException extends SpkgException {

  private static final long serialVersionUID = 1L;

  private final transient List<Queued> failedBatch;
  private final transient List<Queued> notWritten;

  /**
   * @param failedBatch the documents of the batch whose write failed
   * @param notWritten those and the documents of the batches after it, in order
   * @param cause why the write failed
   */
  BatchWriteException(List<Queued> failedBatch, List<Queued> notWritten, Throwable cause) {
    super(
        "the write transaction of a batch of "
            + failedBatch.size()
            + (failedBatch.size() == 1 ? " document" : " documents")
            + " failed and was rolled back: "
            + reason(cause),
        cause);
    this.failedBatch = List.copyOf(failedBatch);
    this.notWritten = List.copyOf(notWritten);
  }

  /** The documents of the batch whose write failed. */
  public List<Queued> failedBatch() {
    return failedBatch;
  }

  /** The documents not written: the failed batch and every batch after it, in order. */
  public List<Queued> notWritten() {
    return notWritten;
  }

  /** The cause in one line: the message of an input error, else the exception itself. */
  public static String reason(Throwable cause) {
    return cause instanceof InputException ? cause.getMessage() : String.valueOf(cause);
  }
}
