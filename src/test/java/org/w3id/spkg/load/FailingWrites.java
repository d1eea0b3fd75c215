package org.w3id.spkg.load;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.w3id.spkg.store.DocumentGraph;
import org.w3id.spkg.store.PendingDocument;

/** Store writes that crash part-way through one document's graph, for the failed-batch tests. */
public final class FailingWrites {

  private FailingWrites() {}

  /**
   * Loads {@code paths} into {@code store} in batches of {@code batch}, as the loader does, except
   * that the document with key {@code key} fails after three triples, inside its batch's write
   * transaction.
   */
  public static LoadReport load(
      Path store, int batch, String key, LoadListener listener, List<Path> paths) {
    return DocumentLoader.builder()
        .store(store)
        .batch(batch)
        .listener(listener)
        .writes(whenWriting(key))
        .build()
        .load(paths);
  }

  static StoreOnDemand.Writes whenWriting(String key) {
    return (target, batch) ->
        target.replaceDocuments(
            batch.stream()
                .map(p -> p.doc().key().equals(key) ? failingAfterThreeTriples(p) : p)
                .toList());
  }

  /** {@code p} with a graph whose iterator fails after three triples, as a crash mid-write. */
  private static PendingDocument failingAfterThreeTriples(PendingDocument p) {
    Graph content = p.doc().graph();
    Graph failing =
        new GraphBase() {
          @Override
          protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            List<Triple> all = content.find(pattern).toList();
            return WrappedIterator.create(all.iterator())
                .mapWith(
                    new java.util.function.Function<Triple, Triple>() {
                      int delivered;

                      @Override
                      public Triple apply(Triple t) {
                        if (++delivered > 3) {
                          throw new IllegalStateException("failed on purpose");
                        }
                        return t;
                      }
                    });
          }
        };
    DocumentGraph d = p.doc();
    return new PendingDocument(
        new DocumentGraph(d.key(), d.documentIri(), d.graphIri(), d.source(), d.sha256(), failing),
        p.started());
  }
}
