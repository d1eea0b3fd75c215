package org.w3id.spkg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * What the ingester read from one document: its graph (to be stored as the named graph {@code
 * graphIri}, replacing what was there), the warnings it raised and what it counted.
 *
 * @param key the document key, from its file name (e.g. {@code 2023-12-20-fact-sheet-...})
 * @param documentIri the IRI of the spkg:Document node
 * @param graphIri the named graph the document's facts belong in
 * @param source the file read
 * @param sha256 the SHA-256 of the file's bytes, lower-case hex
 * @param graph the extracted triples, deterministic for the same input
 * @param warnings what the reader could not use, one line each with file and line
 * @param stats counts of what was extracted
 * @param readSentences whether any sentence was read for entities and facts; when not (an off-topic
 *     document, or one without a sentence), the graph depends on the document and the reference
 *     data alone, not on what other documents define
 */
public record ExtractedDocument(
    String key,
    String documentIri,
    String graphIri,
    Path source,
    String sha256,
    Graph graph,
    List<String> warnings,
    ExtractionStats stats,
    boolean readSentences) {

  public ExtractedDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(documentIri, "documentIri");
    Objects.requireNonNull(graphIri, "graphIri");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(graph, "graph");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(stats, "stats");
  }
}
