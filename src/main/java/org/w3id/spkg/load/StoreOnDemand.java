package org.w3id.spkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.store.PendingDocument;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The store of an ingest run: opened at once if it exists (for the entities it knows; a store in
 * use fails here, before any work), else created with the first batch of documents that can be
 * ingested, so that a run in which every document fails leaves no store behind. The ontology and
 * reference data are replaced once, before the first document goes in. Documents are written {@code
 * batch} to a write transaction, by a {@link BatchWriter} on a thread of its own while the caller
 * extracts the next ones.
 *
 * <p>A run of several documents into a new store starts the store early ({@link #startEarly}): the
 * writer thread creates it and writes the ontology and reference data while the caller's first pass
 * over the documents runs, and the store is deleted again if no document gets to it.
 *
 * <p>If a write fails, its transaction is aborted (the store keeps what it had before that batch)
 * and no batch after it is written; {@link #finish} reports them all.
 */
final class StoreOnDemand implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StoreOnDemand.class);

  /** How a batch is written to the store; {@link SpkgStore#replaceDocuments} but in tests. */
  @FunctionalInterface
  interface Writes {
    void write(SpkgStore store, List<PendingDocument> batch);
  }

  private final Path folder;
  private final OntologyFiles ontology;
  private final int batch;
  private final Writes writes;
  private final LoadListener listener;
  private final List<Queued> pending = new ArrayList<>();
  private volatile SpkgStore store;
  private volatile boolean loaded;
  private BatchWriter<Queued> writer;
  private boolean createdEarly;
  private boolean folderExisted;
  private boolean documentsHandedOff;

  StoreOnDemand(
      Path folder, OntologyFiles ontology, int batch, Writes writes, LoadListener listener) {
    this.folder = folder;
    this.listener = listener;
    this.ontology = ontology;
    this.batch = batch;
    this.writes = writes;
    this.store = SpkgStore.isStore(folder) ? SpkgStore.open(folder) : null;
  }

  /** The entities of the store's document graphs; call before the first document is queued. */
  Map<String, Graph> knownEntitiesByGraph() {
    if (writer != null) {
      throw new IllegalStateException("the store is being written; ask before the first batch");
    }
    return store != null ? store.knownEntitiesByGraph() : Map.of();
  }

  /** The source of each document of the store, by key ({@link SpkgStore#documentSources}). */
  Map<String, String> documentSources() {
    if (writer != null) {
      throw new IllegalStateException("the store is being written; ask before the first batch");
    }
    return store != null ? DocumentGraphs.sourceIdentifiers(store.documentSources()) : Map.of();
  }

  /**
   * For a new store (no folder, or an empty one): creates it now and has the writer thread write
   * the ontology and reference data, so that the first batch finds the store ready. Call after
   * {@link #knownEntitiesByGraph} and {@link #documentSources}, before the first document. If no
   * document is handed over after all, {@link #close} deletes the store again.
   */
  void startEarly() {
    if (store != null || writer != null || !emptyOrMissing(folder)) {
      return;
    }
    folderExisted = Files.exists(folder);
    store = SpkgStore.open(folder);
    createdEarly = true;
    writer = new BatchWriter<>(this::write);
    writer.submit(List.of());
  }

  private static boolean emptyOrMissing(Path folder) {
    if (!Files.exists(folder)) {
      return true;
    }
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Queues the document; every {@code batch} documents go to the writer, to be written in one write
   * transaction.
   *
   * @throws org.w3id.spkg.InputException at once if the document cannot be written
   */
  void replaceDocument(ExtractedDocument doc, Instant started) {
    SpkgStore.checkDocument(DocumentGraphs.of(doc));
    pending.add(new Queued(doc, started));
    if (pending.size() >= batch) {
      handOff();
    }
  }

  /** Whether a batch could not be written; the caller should stop extracting. */
  boolean writeFailed() {
    return writer != null && writer.failed();
  }

  /**
   * Hands over what is queued, waits until the writer has written everything, then recomputes the
   * VoID description if anything was ingested.
   *
   * @throws BatchWriteException if a batch could not be written: it and every batch after it are
   *     not in the store, which is as it was before that batch (the VoID description not refreshed)
   */
  void finish() {
    handOff();
    if (writer != null) {
      BatchWriter.Failure<Queued> failure = writer.drain();
      if (failure != null) {
        throw new BatchWriteException(failure.failedBatch(), failure.notWritten(), failure.cause());
      }
    }
    if (store != null && loaded && (documentsHandedOff || !createdEarly)) {
      long start = System.nanoTime();
      store.refreshDerived();
      LOG.info(
          "described the store (VoID, the home page summary) in {} ms",
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Compacts the store, if there is one; the sizes before and after, or null. */
  long[] compact() {
    return store == null ? null : store.compact();
  }

  /**
   * Stops the writer (the write under way ends, committed or aborted; batches waiting are dropped)
   * and closes the store.
   */
  @Override
  public void close() {
    try {
      if (writer != null) {
        writer.close();
      }
    } finally {
      if (store != null) {
        store.close();
        if (createdEarly && !documentsHandedOff) {
          deleteStore();
        }
      }
    }
  }

  /**
   * Deletes the store {@link #startEarly} created and no document reached (the folder too, unless
   * it was there, empty, before).
   */
  private void deleteStore() {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!(folderExisted && p.equals(folder))) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot delete the store at " + folder + " that no document reached; delete it", e);
    }
  }

  private void handOff() {
    if (pending.isEmpty()) {
      return;
    }
    if (store == null) {
      store = SpkgStore.open(folder);
    }
    if (writer == null) {
      writer = new BatchWriter<>(this::write);
    }
    List<Queued> docs = List.copyOf(pending);
    pending.clear();
    documentsHandedOff = true;
    writer.submit(docs);
  }

  /**
   * On the writer thread: the ontology and reference data before the first batch, then it (an empty
   * batch, from {@link #startEarly}, writes only those).
   */
  private void write(List<Queued> docs) {
    if (!loaded) {
      store.replaceOntologyAndReference(ontology);
      loaded = true;
    }
    if (docs.isEmpty()) {
      return;
    }
    writes.write(store, docs.stream().map(DocumentGraphs::pending).toList());
    listener.batchWritten(docs.size());
  }
}
