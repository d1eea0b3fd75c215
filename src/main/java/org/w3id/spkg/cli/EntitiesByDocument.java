package org.w3id.spkg.cli;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.EntityIndex;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The entities that documents define, graph by graph, during an ingest run, in one {@link
 * EntityIndex} updated in place: each document is extracted knowing the entities of the others (in
 * the store, and earlier in the run), but not those of its own previous version, which it replaces.
 * Otherwise a second ingest would find the document's own entities "known", not define them again,
 * and lose them with the old graph.
 */
final class EntitiesByDocument {

  private final EntityIndex index;
  private final Map<String, Graph> byGraph;

  EntitiesByDocument(OntologyFiles ontology, Map<String, Graph> byGraph) {
    this.index = EntityIndex.of(ontology);
    this.byGraph = new HashMap<>(byGraph);
    this.byGraph.forEach(index::put);
  }

  /**
   * {@code ingester} knowing the entities of every document graph but {@code graphIri}; call {@link
   * #update} or {@link #restore} after extracting that document.
   */
  DocumentIngester without(DocumentIngester ingester, String graphIri) {
    index.remove(graphIri);
    return ingester.withEntities(index);
  }

  /** The entities {@code doc} defines, for {@link #update}. */
  static Graph entitiesOf(ExtractedDocument doc) {
    return SpkgStore.knownEntities(doc);
  }

  /**
   * Records {@code entities} (see {@link #entitiesOf}) as what the document in {@code graphIri}
   * defines, in place of what its previous version defined.
   */
  void update(String graphIri, Graph entities) {
    byGraph.put(graphIri, entities);
    index.put(graphIri, entities);
  }

  /** The document in {@code graphIri} was not replaced: its entities are known again. */
  void restore(String graphIri) {
    Graph previous = byGraph.get(graphIri);
    if (previous != null) {
      index.put(graphIri, previous);
    }
  }
}
