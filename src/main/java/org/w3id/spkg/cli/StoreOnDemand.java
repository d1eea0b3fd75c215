package org.w3id.spkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The store of an ingest run: opened at once if it exists (for the entities it knows; a store in
 * use fails here, before any work), else created with the first document that can be ingested, so
 * that a run in which every document fails leaves no store behind. The ontology and reference data
 * are replaced once, before the first document goes in.
 */
final class StoreOnDemand implements AutoCloseable {

  private final Path folder;
  private final OntologyFiles ontology;
  private SpkgStore store;
  private boolean loaded;

  StoreOnDemand(Path folder, OntologyFiles ontology) {
    this.folder = folder;
    this.ontology = ontology;
    this.store = SpkgStore.isStore(folder) ? SpkgStore.open(folder) : null;
  }

  Map<String, Graph> knownEntitiesByGraph() {
    return store != null ? store.knownEntitiesByGraph() : Map.of();
  }

  void replaceDocument(ExtractedDocument doc, Instant started) {
    if (store == null) {
      store = SpkgStore.open(folder);
    }
    if (!loaded) {
      store.replaceOntologyAndReference(ontology);
      loaded = true;
    }
    store.replaceDocument(doc, started);
  }

  /** Recomputes the inferred graph and the VoID description, if anything was ingested. */
  void refreshDerived() {
    if (store != null && loaded) {
      store.refreshDerived();
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
