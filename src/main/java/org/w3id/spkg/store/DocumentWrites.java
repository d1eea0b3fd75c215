package org.w3id.spkg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * The write of a batch of documents ({@link SpkgStore#replaceDocuments}), inside its one write
 * transaction: the graphs the store holds of these documents are deleted (through the text dataset,
 * so their entries leave the text index), then every new quad — the documents' graphs and their
 * ingest activities — goes in at once through {@link BulkQuads}, and the entailments are updated
 * for the change.
 */
final class DocumentWrites {

  private static final Node META = NodeFactory.createURI(NamedGraphs.META);

  private DocumentWrites() {}

  /** Replaces the documents' graphs and activities. Call inside a write transaction. */
  static void replace(DatasetGraph dataset, List<PendingDocument> docs, String version) {
    // A later file of one source replaces an earlier one of the same batch: only the last counts.
    Map<String, PendingDocument> last = new LinkedHashMap<>();
    for (PendingDocument p : docs) {
      last.remove(p.doc().graphIri());
      last.put(p.doc().graphIri(), p);
    }
    List<Triple> removed = new ArrayList<>();
    List<Triple> added = new ArrayList<>();
    List<Quad> quads = new ArrayList<>();
    for (PendingDocument p : last.values()) {
      Node graph = NodeFactory.createURI(p.doc().graphIri());
      int before = removed.size();
      dataset.getGraph(graph).find().forEachRemaining(removed::add);
      if (removed.size() > before) {
        dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      }
      for (Triple t : GraphWrites.withFreshBlankNodes(p.doc().graph())) {
        added.add(t);
        quads.add(Quad.create(graph, t));
      }
      IngestActivity activity = IngestActivity.of(p.doc(), version, p.started(), Instant.now());
      dataset.deleteAny(META, activity.iri(), Node.ANY, Node.ANY);
      activity.triples().forEach(t -> quads.add(Quad.create(META, t)));
    }
    Set<Node> fresh = BulkQuads.addNew(dataset, quads);
    Entailments.update(dataset, removed, added, Entailments.NewSubjects.of(fresh, quads));
  }
}
