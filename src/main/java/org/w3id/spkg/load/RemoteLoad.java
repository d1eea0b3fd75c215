package org.w3id.spkg.load;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ingest.DocumentKeys;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.load.remote.GraphStoreRefusal;
import org.w3id.spkg.load.remote.RemoteStore;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * A {@link DocumentLoader} run into a remote store ({@code spkg ingest --to}): the same extraction
 * as into a store folder, with the keys and known entities read from the remote store's query
 * endpoint, and each document's graphs written by a {@link GraphStoreSink}. The documents the store
 * did not take are told to the listener as refused and counted as failed.
 */
final class RemoteLoad {

  private RemoteLoad() {}

  /**
   * Runs {@code files} into {@code to} (or, with {@code dryRun}, reads {@code to} and puts the
   * graphs into {@code dryRun}).
   *
   * @return the files not read because the run stopped at a refused write
   * @throws InputException if the store cannot be reached or refuses the graphs every run writes
   *     (before any document is read)
   */
  static List<Path> load(
      RemoteStore to,
      OntologyFiles ontology,
      DatasetGraph dryRun,
      DocumentRun run,
      List<DocumentRun.Input> files,
      LoadListener listener,
      IngestTally tally) {
    try (GraphStoreSink target = new GraphStoreSink(to, ontology, dryRun)) {
      EntitiesByDocument known = new EntitiesByDocument(ontology, target.knownEntitiesByGraph());
      DocumentKeys keys = new DocumentKeys(target.documentSources());
      List<Path> unread = run.run(files, known, keys, target::replaceDocument, target::writeFailed);
      for (GraphStoreSink.NotWritten n : target.finish()) {
        ExtractedDocument doc = n.doc().doc();
        tally.remove(doc);
        tally.failed++;
        listener.refused(
            doc.source(),
            new InputException(
                doc.source().toString(),
                n.reason() == null
                    ? "not written, as the run stopped at a refused write before it; ingest it"
                        + " again"
                    : !(n.reason() instanceof GraphStoreRefusal)
                        ? n.reason().problem()
                        : "not written: "
                            + n.reason().getMessage()
                            + " (its graph <"
                            + doc.graphIri()
                            + "> may be as it was, new with its derived graph old, or, on a store"
                            + " whose PUT is not atomic (Virtuoso), part written: ingest it again)"));
      }
      if (!unread.isEmpty()) {
        tally.failed += unread.size();
        Path first = unread.get(0);
        listener.refused(
            first,
            new InputException(
                first.toString(),
                "not read"
                    + (unread.size() > 1
                        ? ", nor the " + (unread.size() - 1) + " files after it"
                        : "")
                    + ": the run stopped at the refused write above; ingest "
                    + (unread.size() > 1 ? "them" : "it")
                    + " again"));
      }
      return unread;
    }
  }
}
