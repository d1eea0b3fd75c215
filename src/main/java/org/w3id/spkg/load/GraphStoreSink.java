package org.w3id.spkg.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.InputException;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.load.remote.GraphStoreClient;
import org.w3id.spkg.load.remote.GraphStoreRefusal;
import org.w3id.spkg.load.remote.RemoteStore;
import org.w3id.spkg.load.remote.StoreProbe;
import org.w3id.spkg.store.DerivedGraphs;
import org.w3id.spkg.store.DocumentGraph;
import org.w3id.spkg.store.EndpointDocuments;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

/**
 * The remote store of an ingest run ({@code spkg ingest --to}), written one graph at a time through
 * the Graph Store Protocol. Checked when made, before any document is read: its query endpoint must
 * answer, and (unless a dry run) it must take the ontology, reference and {@link
 * NamedGraphs#DERIVED_REFERENCE} graphs, which every run writes alike. Each document is then two
 * PUTs, its graph and its derived graph ({@link DerivedGraphs}), a few documents at once on threads
 * of their own while the caller extracts the next ones.
 *
 * <p>A write the store refuses after its retries stops the run: no document is started after it
 * (those under way end), and {@link #finish} names every document not written. A dry run puts the
 * graphs it would write into a dataset instead.
 */
final class GraphStoreSink implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GraphStoreSink.class);

  /**
   * A document not written: why (the store's refusal, or another source holding its key), or null
   * if it was not tried after an earlier refusal.
   */
  record NotWritten(Queued doc, InputException reason) {}

  private final RemoteStore to;
  private final GraphStoreClient client;
  private final DerivedGraphs derived;
  private final DatasetGraph dryRun;
  private final ExecutorService writers;
  private final Semaphore slots;
  private final List<Future<NotWritten>> written = new ArrayList<>();
  private final AtomicBoolean refused = new AtomicBoolean();
  private final AtomicInteger documents = new AtomicInteger();
  private long putNanos;

  /**
   * Checks the store and, unless {@code dryRun} is given, writes the graphs every run writes.
   *
   * @param dryRun where a dry run puts the graphs, or null to write them to the store
   * @throws org.w3id.spkg.InputException if the query endpoint does not answer or the store refuses
   *     the shared graphs
   */
  GraphStoreSink(RemoteStore to, OntologyFiles ontology, DatasetGraph dryRun) {
    this.to = to;
    this.client = GraphStoreClient.of(to.graphStore(), to.retries());
    this.derived = DerivedGraphs.of(ontology);
    this.dryRun = dryRun;
    StoreProbe.checkQueryEndpoint(to.query());
    write(NamedGraphs.ONTOLOGY, ontology.ontology().getGraph());
    write(NamedGraphs.REFERENCE, ontology.reference().getGraph());
    write(NamedGraphs.DERIVED_REFERENCE, derived.reference());
    AtomicInteger threads = new AtomicInteger();
    this.writers =
        Executors.newFixedThreadPool(
            to.parallel(),
            r -> {
              Thread t = new Thread(r, "spkg-put-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // Bounds the documents extracted and not yet written, and so the memory they take.
    this.slots = new Semaphore(to.parallel() * 2);
  }

  /** The entities of the store's document graphs, read through its query endpoint. */
  Map<String, Graph> knownEntitiesByGraph() {
    return EndpointDocuments.knownEntitiesByGraph(to.query());
  }

  /** The source of each document of the store, by key, read through its query endpoint. */
  Map<String, String> documentSources() {
    return DocumentGraphs.sourceIdentifiers(EndpointDocuments.documentSources(to.query()));
  }

  /**
   * Starts writing the document's graphs; waits while {@code 2 × parallel} documents are being
   * written.
   *
   * @throws org.w3id.spkg.InputException at once if the document cannot be written
   */
  void replaceDocument(ExtractedDocument doc, Instant started) {
    DocumentGraph graph = DocumentGraphs.of(doc);
    SpkgStore.checkDocument(graph);
    Queued queued = new Queued(doc, started);
    if (dryRun != null) {
      writeDocument(graph, queued);
      return;
    }
    slots.acquireUninterruptibly();
    written.add(
        writers.submit(
            () -> {
              try {
                if (refused.get()) {
                  return new NotWritten(queued, null);
                }
                writeDocument(graph, queued);
                return null;
              } catch (GraphStoreRefusal e) {
                refused.set(true);
                return new NotWritten(queued, e);
              } catch (InputException e) {
                return new NotWritten(queued, e);
              } finally {
                slots.release();
              }
            }));
  }

  /** Whether the store refused a write; the caller should stop extracting. */
  boolean writeFailed() {
    return refused.get();
  }

  /** Waits for every write; the documents not written, in the order they came. */
  List<NotWritten> finish() {
    List<NotWritten> failed = new ArrayList<>();
    for (Future<NotWritten> f : written) {
      try {
        NotWritten n = f.get();
        if (n != null) {
          failed.add(n);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SpkgException("interrupted while writing to " + to.graphStore(), e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new SpkgException(
            "internal error while writing to " + to.graphStore() + ": " + e.getCause(),
            e.getCause());
      }
    }
    if (documents.get() > 0) {
      LOG.info(
          "wrote {} documents to {}: {} ms of PUTs per document",
          documents.get(),
          to.graphStore(),
          String.format(java.util.Locale.ROOT, "%.1f", putNanos / 1e6 / documents.get()));
    }
    return failed;
  }

  /** Stops the writers: writes under way end, none is started. */
  @Override
  public void close() {
    writers.shutdownNow();
    try {
      writers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The document's graph, then its derived graph (its activity ends when its graph is in); first,
   * unless a dry run, a check that no other source took its key since the run read the store.
   *
   * @throws InputException if another source holds the key
   */
  private void writeDocument(DocumentGraph graph, Queued queued) {
    long start = System.nanoTime();
    String identifier = sourceIdentifier(graph);
    if (dryRun == null
        && identifier != null
        && EndpointDocuments.heldByOtherSource(to.query(), graph.graphIri(), identifier)) {
      throw new InputException(
          graph.source(),
          "not written: since this run read the store, a document of another source was written"
              + " to its graph <"
              + graph.graphIri()
              + "> (by another worker, from a file of the same name); ingest it again, and give"
              + " files of the same name to the same worker");
    }
    write(graph.graphIri(), graph.graph());
    write(
        NamedGraphs.derived(graph.key()), derived.document(graph, queued.started(), Instant.now()));
    synchronized (this) {
      putNanos += System.nanoTime() - start;
    }
    documents.incrementAndGet();
  }

  /** The source identifier the document records ({@code spkg:sourceIdentifier}), or null. */
  private static String sourceIdentifier(DocumentGraph doc) {
    List<Triple> recorded =
        doc.graph()
            .find(
                NodeFactory.createURI(doc.documentIri()), SPKG.sourceIdentifier.asNode(), Node.ANY)
            .toList();
    return recorded.isEmpty() ? null : recorded.get(0).getObject().getLiteralLexicalForm();
  }

  private void write(String graphIri, Graph graph) {
    if (dryRun != null) {
      dryRun.addGraph(NodeFactory.createURI(graphIri), graph);
    } else {
      client.put(graphIri, graph);
    }
  }
}
