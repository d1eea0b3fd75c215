package org.w3id.spkg.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Options of one ingest.
 *
 * @param date the document date to use when the document has none in its front matter (the {@code
 *     --date} option); relative dates ("next year") resolve against it. Empty: unknown, with a
 *     warning
 * @param topic which statements facts are extracted from ({@code --topic})
 */
public record IngestOptions(Optional<LocalDate> date, Topic topic) {

  /** Which statements facts are extracted from. */
  public enum Topic {
    /** Only statements about space activities, as the relevance gate decides (the default). */
    SPACE,
    /** Every statement of every document; the relevance decisions are still recorded. */
    ALL
  }

  public IngestOptions {
    date = date == null ? Optional.empty() : date;
    topic = topic == null ? Topic.SPACE : topic;
  }

  /** The document date option alone; facts only from statements about space. */
  public IngestOptions(Optional<LocalDate> date) {
    this(date, Topic.SPACE);
  }

  /** No options: dates come from the documents, facts only from statements about space. */
  public static IngestOptions defaults() {
    return new IngestOptions(Optional.empty(), Topic.SPACE);
  }
}
