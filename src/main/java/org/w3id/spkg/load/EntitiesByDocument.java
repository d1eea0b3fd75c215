package org.w3id.spkg.load;

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
 * EntityIndex} updated in place: each document is extracted knowing the entities of the others, but
 * not its own. A document of the run is known by the names it defines on its own ({@link #define},
 * before any document of the run is extracted), never by what its extraction found knowing the
 * others: then no document depends on the order of the run, and ingesting the same documents again
 * gives the same graphs. A document of the store not ingested again is known by its stored graph.
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
   * {@code ingester} knowing the entities of every document graph but {@code graphIri}, through a
   * view of the index: views may be read on several threads at once, as long as nothing is {@link
   * #define defined} meanwhile.
   */
  DocumentIngester without(DocumentIngester ingester, String graphIri) {
    return ingester.withEntities(index.without(graphIri));
  }

  /** The entities {@code doc} defines, for {@link #define}. */
  static Graph entitiesOf(ExtractedDocument doc) {
    return SpkgStore.knownEntities(DocumentGraphs.of(doc));
  }

  /**
   * Records {@code entities} (see {@link #entitiesOf}) as what the document in {@code graphIri}
   * defines, in place of what its stored version defined: its entities when extracted knowing the
   * reference data only.
   */
  void define(String graphIri, Graph entities) {
    byGraph.put(graphIri, entities);
    index.put(graphIri, entities);
  }
}
