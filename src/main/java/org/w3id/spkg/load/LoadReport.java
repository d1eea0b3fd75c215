package org.w3id.spkg.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DocumentLoader} run did.
 *
 * @param found the Markdown files the paths gave
 * @param tally the counts of the summary line; documents not written after a failed write are
 *     counted as failed
 * @param writeFailure the failed write that stopped the run, if one did: the store is as it was
 *     before that batch, and the VoID description was not refreshed
 * @param unread the files not read because the run stopped at a failed write, in order
 * @param compacted the store's bytes before and after compaction, when it was compacted
 * @param seconds how long the run took
 */
public record LoadReport(
    int found,
    IngestTally tally,
    Optional<BatchWriteException> writeFailure,
    List<Path> unread,
    Optional<long[]> compacted,
    double seconds) {

  public LoadReport {
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(writeFailure, "writeFailure");
    unread = List.copyOf(unread);
    Objects.requireNonNull(compacted, "compacted");
  }

  /** Whether every path given and every document found went in. */
  public boolean complete() {
    return tally.failed() == 0;
  }
}
