package org.w3id.spkg.cli;

import java.util.Locale;
import org.w3id.spkg.ingest.ExtractedDocument;

/** What an ingest run did, for its summary line. */
final class IngestTally {
  int documents;
  long triples;
  long entities;
  long facts;
  long warnings;
  int failed;

  void add(ExtractedDocument doc) {
    documents++;
    triples += doc.stats().triples();
    entities += doc.stats().entities();
    facts += doc.stats().facts();
    warnings += doc.warnings().size();
  }

  /** Takes back a document counted as ingested that was not written after all. */
  void remove(ExtractedDocument doc) {
    documents--;
    triples -= doc.stats().triples();
    entities -= doc.stats().entities();
    facts -= doc.stats().facts();
    warnings -= doc.warnings().size();
  }

  String summary(String where, double seconds) {
    String text =
        String.format(
            Locale.ROOT,
            "%d %s %s: %d triples, %d entities, %d facts, %d warnings, %.2f s",
            documents,
            documents == 1 ? "document" : "documents",
            where,
            triples,
            entities,
            facts,
            warnings,
            seconds);
    return failed == 0 ? text : text + "; " + failed + " failed (see the messages above)";
  }
}
