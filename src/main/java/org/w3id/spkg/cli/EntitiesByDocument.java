package org.w3id.spkg.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * The entities that documents define, graph by graph, during an ingest run: each document is
 * extracted knowing the entities of the others (in the store and earlier in the run), but not those
 * of its own previous version, which it replaces. Otherwise a second ingest would find the
 * document's own entities "known", not define them again, and lose them with the old graph.
 */
final class EntitiesByDocument {

  private final Map<String, Graph> byGraph;

  EntitiesByDocument(Map<String, Graph> byGraph) {
    this.byGraph = new HashMap<>(byGraph);
  }

  /** The entities of every document graph but {@code graphIri}. */
  Graph except(String graphIri) {
    Graph union = GraphFactory.createDefaultGraph();
    byGraph.forEach(
        (graph, entities) -> {
          if (!graph.equals(graphIri)) {
            GraphUtil.addInto(union, entities);
          }
        });
    return union;
  }

  /** Records what {@code doc} defines, in place of what its previous version defined. */
  void update(ExtractedDocument doc) {
    byGraph.put(doc.graphIri(), SpkgStore.knownEntities(doc));
  }

  /** The graph the document in {@code file} goes into. */
  static String graphOf(Path file) {
    return NamedGraphs.document(DocumentIngester.keyOf(file));
  }
}
