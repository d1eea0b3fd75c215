package org.w3id.spkg.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Options of one ingest.
 *
 * @param date the document date to use when the document has none in its front matter (the {@code
 *     --date} option); relative dates ("next year") resolve against it. Empty: unknown, with a
 *     warning
 */
public record IngestOptions(Optional<LocalDate> date) {

  public IngestOptions {
    date = date == null ? Optional.empty() : date;
  }

  /** No options: dates come from the documents. */
  public static IngestOptions defaults() {
    return new IngestOptions(Optional.empty());
  }
}
