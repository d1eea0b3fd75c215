package org.w3id.spkg.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * A document as the store writes it: its graph, to replace the named graph {@code graphIri}, and
 * what the record of its ingest names (see {@link SpkgStore#replaceDocument}).
 *
 * @param key the document key (e.g. {@code 2023-12-20-fact-sheet-...}), which names its ingest
 *     activity
 * @param documentIri the IRI of the spkg:Document node
 * @param graphIri the named graph the document's triples belong in
 * @param source where the document was read from (a file), named in messages
 * @param sha256 the SHA-256 of the input, lower-case hex
 * @param graph the triples to write
 */
public record DocumentGraph(
    String key, String documentIri, String graphIri, String source, String sha256, Graph graph) {

  public DocumentGraph {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(documentIri, "documentIri");
    Objects.requireNonNull(graphIri, "graphIri");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(graph, "graph");
  }
}
