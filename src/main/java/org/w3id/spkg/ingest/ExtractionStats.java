package org.w3id.spkg.ingest;

/**
 * Counts of what the ingester extracted from one document.
 *
 * @param triples triples in the document's graph
 * @param entities distinct entities mentioned (nations, agencies, programs, people, …)
 * @param facts fact-bearing nodes written (initiatives, participations, commitments, events,
 *     quantities), each with its evidence
 * @param initiatives initiatives found
 * @param directives directives found
 * @param relevance what the relevance gate decided for the document: {@code space}, {@code mixed}
 *     or {@code none}
 */
public record ExtractionStats(
    long triples, int entities, int facts, int initiatives, int directives, String relevance) {

  /** Counts of a document the relevance gate has not seen. */
  public ExtractionStats(long triples, int entities, int facts, int initiatives, int directives) {
    this(triples, entities, facts, initiatives, directives, "none");
  }

  public ExtractionStats {
    if (triples < 0 || entities < 0 || facts < 0 || initiatives < 0 || directives < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }
}
