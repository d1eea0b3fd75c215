package org.w3id.spkg.load;

import java.util.Locale;
import org.w3id.spkg.ingest.ExtractedDocument;

/** What an ingest run did, for its summary line. */
public final class IngestTally {
  int documents;

  /** How many documents of the run replaced a graph, by graph (a source may come twice). */
  private final java.util.Map<String, Integer> replaced = new java.util.HashMap<>();

  long triples;
  long entities;
  long facts;
  long warnings;

  /** Documents by relevance: space, mixed, none. */
  private final java.util.Map<String, Integer> relevance = new java.util.TreeMap<>();

  int failed;

  /** Counts {@code doc}, which replaces the earlier version of its source if {@code replaces}. */
  void add(ExtractedDocument doc, boolean replaces) {
    documents++;
    relevance.merge(doc.stats().relevance(), 1, Integer::sum);
    if (replaces) {
      replaced.merge(doc.graphIri(), 1, Integer::sum);
    }
    triples += doc.stats().triples();
    entities += doc.stats().entities();
    facts += doc.stats().facts();
    warnings += doc.warnings().size();
  }

  /** Takes back a document counted as ingested that was not written after all. */
  void remove(ExtractedDocument doc) {
    documents--;
    relevance.merge(doc.stats().relevance(), -1, Integer::sum);
    replaced.computeIfPresent(doc.graphIri(), (g, n) -> n > 1 ? n - 1 : null);
    triples -= doc.stats().triples();
    entities -= doc.stats().entities();
    facts -= doc.stats().facts();
    warnings -= doc.warnings().size();
  }

  /** Documents that went in. */
  public int documents() {
    return documents;
  }

  /** Paths and documents refused, and documents not written. */
  public int failed() {
    return failed;
  }

  /** Facts of the documents that went in. */
  public long facts() {
    return facts;
  }

  private int replacements() {
    return replaced.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * One line: how many documents went in (new, replacing an earlier version of their source,
   * refused), what they hold and how long it took.
   */
  public String summary(String where, double seconds) {
    String text =
        String.format(
            Locale.ROOT,
            "%d %s %s (%d new, %d replaced, %d refused; %d about space, %d in part, %d"
                + " off-topic): %d triples, %d entities, %d facts, %d warnings, %.2f s",
            documents,
            documents == 1 ? "document" : "documents",
            where,
            documents - replacements(),
            replacements(),
            failed,
            relevance.getOrDefault("space", 0),
            relevance.getOrDefault("mixed", 0),
            relevance.getOrDefault("none", 0),
            triples,
            entities,
            facts,
            warnings,
            seconds);
    return failed == 0 ? text : text + "; the messages above say what was refused and why";
  }
}
