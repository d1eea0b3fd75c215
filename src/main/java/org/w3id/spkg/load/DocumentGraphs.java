package org.w3id.spkg.load;

import java.util.HashMap;
import java.util.Map;
import org.w3id.spkg.ingest.DocumentKeys;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.store.DocumentGraph;
import org.w3id.spkg.store.PendingDocument;
import org.w3id.spkg.store.StoredSource;

/**
 * Between the ingester and the store, which know nothing of each other: an extracted document as
 * the store writes it, and the store's record of a source as the ingester's key identifies it.
 *
 * <pre>{@code
 * store.replaceDocument(DocumentGraphs.of(ingester.extract(file, IngestOptions.defaults())));
 * }</pre>
 */
public final class DocumentGraphs {

  private DocumentGraphs() {}

  /** {@code doc} as the store writes it. */
  public static DocumentGraph of(ExtractedDocument doc) {
    return new DocumentGraph(
        doc.key(),
        doc.documentIri(),
        doc.graphIri(),
        doc.source().toString(),
        doc.sha256(),
        doc.graph());
  }

  /**
   * What identifies the source of every document of a store ({@link
   * DocumentKeys#sourceIdentifier}), by the document's key, for {@link DocumentKeys}. A graph
   * written before spkg recorded source identifiers and without a source URL maps to {@link
   * DocumentKeys#UNKNOWN_PREFIX} and its graph name.
   */
  static Map<String, String> sourceIdentifiers(Map<String, StoredSource> stored) {
    Map<String, String> identifiers = new HashMap<>();
    stored.forEach(
        (key, s) ->
            identifiers.put(
                key,
                s.identifier() != null
                    ? s.identifier()
                    : s.sourceUrl() != null
                        ? DocumentKeys.sourceIdentifier(s.sourceUrl(), s.date(), null)
                        : DocumentKeys.UNKNOWN_PREFIX + s.graphIri()));
    return identifiers;
  }

  /** {@code queued} as the store writes it. */
  static PendingDocument pending(Queued queued) {
    return new PendingDocument(of(queued.doc()), queued.started());
  }
}
