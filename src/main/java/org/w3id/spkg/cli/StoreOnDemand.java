package org.w3id.spkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The store of an ingest run: opened at once if it exists (for the entities it knows; a store in
 * use fails here, before any work), else created with the first documents that can be ingested, so
 * that a run in which every document fails leaves no store behind. The ontology and reference data
 * are replaced once, before the first document goes in. Documents are written {@code batch} to a
 * write transaction.
 */
final class StoreOnDemand implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StoreOnDemand.class);

  private final Path folder;
  private final OntologyFiles ontology;
  private SpkgStore store;
  private boolean loaded;
  private final int batch;
  private final List<SpkgStore.Pending> pending = new ArrayList<>();

  StoreOnDemand(Path folder, OntologyFiles ontology, int batch) {
    this.folder = folder;
    this.ontology = ontology;
    this.batch = batch;
    this.store = SpkgStore.isStore(folder) ? SpkgStore.open(folder) : null;
  }

  Map<String, Graph> knownEntitiesByGraph() {
    return store != null ? store.knownEntitiesByGraph() : Map.of();
  }

  /**
   * Queues the document; every {@code batch} documents go to the store in one write transaction.
   *
   * @throws org.w3id.spkg.InputException at once if the document cannot be written
   */
  void replaceDocument(ExtractedDocument doc, Instant started) {
    SpkgStore.checkDocument(doc);
    pending.add(new SpkgStore.Pending(doc, started));
    if (pending.size() >= batch) {
      flush();
    }
  }

  /** Writes the queued documents in one write transaction. */
  void flush() {
    if (pending.isEmpty()) {
      return;
    }
    if (store == null) {
      store = SpkgStore.open(folder);
    }
    if (!loaded) {
      store.replaceOntologyAndReference(ontology);
      loaded = true;
    }
    try {
      store.replaceDocuments(pending);
    } finally {
      pending.clear();
    }
  }

  /**
   * Writes what is queued, then recomputes the inferred graph and the VoID description, if anything
   * was ingested.
   */
  void refreshDerived() {
    flush();
    if (store != null && loaded) {
      long start = System.nanoTime();
      store.refreshDerived();
      LOG.info("described the store (VoID) in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Compacts the store, if there is one; the sizes before and after, or null. */
  long[] compact() {
    return store == null ? null : store.compact();
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
