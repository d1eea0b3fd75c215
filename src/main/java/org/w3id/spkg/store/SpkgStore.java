package org.w3id.spkg.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFolders;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The spkg store: a TDB2 database in a folder, one named graph per document plus the ontology,
 * reference, inferred and meta graphs (see {@link NamedGraphs}). Queries see the union of the named
 * graphs as their default graph. Each change is one write transaction: it happens whole or not at
 * all.
 *
 * <p>One process at a time can open a folder (TDB2 locks it); another gets a {@link
 * StoreLockedException} naming the holder. Within a process, open a folder once and share the
 * store; {@link #close()} releases the folder.
 *
 * <p>The store knows nothing of the ingester: documents come in as {@link DocumentGraph}s, which
 * {@code load.DocumentLoader} (the one place ingest is run) makes of what the ingester extracts.
 *
 * <pre>{@code
 * try (SpkgStore store = SpkgStore.open(SpkgStore.defaultFolder())) {
 *   store.replaceOntologyAndReference(OntologyFiles.locate());
 *   store.replaceDocument(new DocumentGraph(key, documentIri, graphIri, "fact-sheet.md", sha256, graph));
 *   store.query("SELECT * { ?s a spkg:Nation } LIMIT 5", "query", ResultFormat.table, System.out);
 *   store.export(RdfExport.Format.trig, System.out);
 * }
 * }</pre>
 */
public final class SpkgStore implements AutoCloseable {

  /** The name of the default store folder. */
  public static final String DEFAULT_FOLDER_NAME = "data";

  private static final Query KNOWN_ENTITIES = StoreQuery.bundled("known-entities.rq");
  private static final Query DOCUMENT_SOURCES = StoreQuery.bundled("document-sources.rq");

  /** Folders open in this process: TDB2 shares one database per folder within a process. */
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private final Path key;
  private final DatasetGraph dataset;
  private final String softwareVersion;
  private boolean closed;

  private SpkgStore(Path folder, Path key, DatasetGraph dataset) {
    this.folder = folder;
    this.key = key;
    this.dataset = dataset;
    this.softwareVersion = SoftwareVersion.current();
  }

  /**
   * The default store folder: {@code data} under the directory the system property {@value
   * ProjectFolders#HOME_PROPERTY} names when it is set (the {@code ./spkg} launcher sets it to the
   * checkout), else {@code ./data}.
   */
  public static Path defaultFolder() {
    String home = System.getProperty(ProjectFolders.HOME_PROPERTY);
    if (home != null && !home.isBlank()) {
      return Path.of(home).resolve(DEFAULT_FOLDER_NAME);
    }
    return Path.of(DEFAULT_FOLDER_NAME);
  }

  /**
   * Opens the store in {@code folder}, creating the folder and an empty database when missing.
   *
   * @throws StoreLockedException if another process has the folder open
   * @throws InputException if the path is a file, or the database cannot be opened
   * @throws IllegalStateException if this process has the folder open already
   */
  public static SpkgStore open(Path folder) {
    return open(folder, StoreConfig.bundled());
  }

  /**
   * Opens the store in {@code folder} as {@code config} describes it (its locations placed in the
   * folder): the one way in, for the writers and for the server, which serves {@link
   * #datasetGraph()} with the services {@code config} describes.
   *
   * @throws StoreLockedException if another process has the folder open
   * @throws InputException if the path is a file, or the database cannot be opened
   * @throws IllegalStateException if this process has the folder open already
   */
  public static SpkgStore open(Path folder, StoreConfig config) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new InputException(
          folder.toString(), "is a file, not a store folder; name a folder with --store");
    }
    Path key = folder.toAbsolutePath().normalize();
    if (!OPEN.add(key)) {
      throw new IllegalStateException(
          "The store at " + folder + " is open in this process already; share that SpkgStore");
    }
    try {
      DatasetGraph dataset = StoreFolder.connect(folder, config.in(folder));
      dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      QuerySandbox.applyTo(dataset.getContext());
      return new SpkgStore(folder, key, dataset);
    } catch (RuntimeException e) {
      OPEN.remove(key);
      throw e;
    }
  }

  /**
   * Opens the store in {@code folder}, which must hold one already; never creates anything.
   *
   * @throws InputException if there is no store there
   * @throws StoreLockedException if another process has it open
   */
  public static SpkgStore openExisting(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InputException(
          folder.toString(), "no store at " + folder + "; run 'spkg ingest' first");
    }
    if (!isStore(folder)) {
      throw new InputException(
          folder.toString(),
          "no store at " + folder + " (the folder has no TDB2 database); run 'spkg ingest' first");
    }
    return open(folder);
  }

  /** The folder of the store. */
  public Path folder() {
    return folder;
  }

  /**
   * The TDB2 dataset itself, for code that serves it (Fuseki); use it inside transactions. Its
   * context makes the union of the named graphs the default graph of queries.
   */
  public DatasetGraph datasetGraph() {
    return dataset;
  }

  /**
   * A Fuseki server builder with the settings and services {@code configuration} describes (a
   * {@link StoreConfig#model()}, edited as the server needs), serving this store's dataset.
   */
  public FusekiServer.Builder fusekiBuilder(Model configuration) {
    return StoreServices.builder(configuration, dataset);
  }

  /** The names of the graphs in the store, sorted. */
  public List<String> graphNames() {
    return Txn.calculateRead(
        dataset,
        () ->
            Iter.toList(Iter.map(dataset.listGraphNodes(), Node::getURI)).stream()
                .sorted()
                .toList());
  }

  /**
   * Replaces the ontology and reference graphs ({@link NamedGraphs#ONTOLOGY}, {@link
   * NamedGraphs#REFERENCE}) with the content of {@code files}, both in one write transaction.
   */
  public void replaceOntologyAndReference(OntologyFiles files) {
    Graph ontology = files.ontology().getGraph();
    Graph reference = files.reference().getGraph();
    Txn.executeWrite(
        dataset,
        () -> {
          if (same(NamedGraphs.ONTOLOGY, ontology) && same(NamedGraphs.REFERENCE, reference)) {
            return;
          }
          GraphWrites.replace(dataset, NamedGraphs.ONTOLOGY, ontology);
          GraphWrites.replace(dataset, NamedGraphs.REFERENCE, reference);
          // New axioms or reference data: the entailments are recomputed over the whole store.
          Entailments.refresh(dataset);
        });
  }

  /** Whether the store's graph {@code graphIri} holds the same triples as {@code content}. */
  private boolean same(String graphIri, Graph content) {
    Graph stored = dataset.getGraph(NodeFactory.createURI(graphIri));
    return stored.size() == content.size() && stored.isIsomorphicWith(content);
  }

  /** {@link #replaceDocument(DocumentGraph, Instant)}, the ingest starting now. */
  public void replaceDocument(DocumentGraph doc) {
    replaceDocument(doc, Instant.now());
  }

  /**
   * In one write transaction, replaces the document's named graph with {@code doc.graph()}, and in
   * the meta graph its ingest activity: {@code https://w3id.org/spkg/id/ingest/{key}}, a {@code
   * prov:Activity} with {@code prov:used} the document, {@code spkg:sha256} of the input, {@code
   * spkg:softwareVersion} and {@code prov:startedAtTime}/{@code prov:endedAtTime}. If anything
   * fails, the transaction is aborted and the store keeps its previous state. Ingesting the same
   * document twice gives the same store as once, apart from the activity's times.
   *
   * @param started when the ingest of this document started (before extraction)
   * @throws InputException if the document's graph is one of the reserved graphs
   */
  public void replaceDocument(DocumentGraph doc, Instant started) {
    replaceDocuments(List.of(new PendingDocument(doc, started)));
  }

  /**
   * {@link #replaceDocument(DocumentGraph, Instant)} for several documents in one write
   * transaction: all of them are written, or (if anything fails) none. One commit for many
   * documents is what makes a large corpus fast to ingest: each commit syncs the disk.
   *
   * @throws InputException if a document's graph is one of the reserved graphs (nothing written)
   */
  public void replaceDocuments(List<PendingDocument> docs) {
    docs.forEach(p -> checkDocument(p.doc()));
    Txn.executeWrite(dataset, () -> DocumentWrites.replace(dataset, docs, softwareVersion));
  }

  /**
   * Fails unless the document can be written: its graph must not be one of the store's own
   * (ontology, reference, inferred, meta).
   *
   * @throws InputException naming the document and what to rename
   */
  public static void checkDocument(DocumentGraph doc) {
    GraphWrites.checkDocumentGraph(doc);
  }

  /**
   * The rdf:type, rdfs:label, skos:altLabel and spkg:acronym triples of the named entities (IRIs
   * with a label, alternative label or acronym) in all document graphs, for {@code
   * DocumentIngester.withKnownEntities}. Not the ontology, reference, inferred or meta graphs.
   */
  public Graph knownEntities() {
    Graph union = GraphFactory.createDefaultGraph();
    knownEntitiesByGraph().values().forEach(graph -> GraphUtil.addInto(union, graph));
    return union;
  }

  /**
   * What the store records of the source of every document, by the document's key: the source
   * identifier recorded at ingest, and the source URL and date for a graph written before spkg
   * recorded identifiers.
   */
  public Map<String, StoredSource> documentSources() {
    return Txn.calculateRead(dataset, () -> StoredDocuments.sources(dataset, DOCUMENT_SOURCES));
  }

  /**
   * {@link #knownEntities()} graph by graph, sorted by graph name: a document being ingested again
   * should not know the entities of its own previous version.
   */
  public SortedMap<String, Graph> knownEntitiesByGraph() {
    return Txn.calculateRead(
        dataset,
        () -> StoreQuery.triplesByGraph(dataset, KNOWN_ENTITIES, StoreQuery.documentGraphs()));
  }

  /**
   * What {@link #knownEntities()} would hold for this one document once it is stored: the same
   * selection as {@code known-entities.rq}, made from the document's graph directly (the ingester
   * asks for it after every document, and a query per document costs a sixth of extraction).
   */
  public static Graph knownEntities(DocumentGraph doc) {
    return StoredDocuments.knownEntities(doc);
  }

  /**
   * Runs a SPARQL query over the store (the default graph is the union of all graphs) and writes
   * the answer to {@code out} in UTF-8: SELECT and ASK in {@code format}, CONSTRUCT and DESCRIBE as
   * Turtle. The prefixes spkg, rdf, rdfs, owl, xsd, skos, dct, prov, org, oa and schema are
   * predeclared.
   *
   * @param source where the query came from (a file name, or "query"), named in parse errors
   * @throws InputException with line and column if the query does not parse
   */
  public void query(String query, String source, AnswerFormat format, OutputStream out) {
    Query parsed = StoreQuery.parse(query, source);
    Txn.executeRead(dataset, () -> StoreQuery.run(dataset, parsed, format, out));
  }

  /** Writes the whole store in {@code format} (see {@link RdfExport}). */
  public void export(RdfExport.Format format, OutputStream out) {
    List<Quad> quads = Txn.calculateRead(dataset, () -> Iter.toList(dataset.find()));
    RdfExport.write(quads, format, out);
  }

  /**
   * Writes one graph in {@code format}.
   *
   * @throws InputException if the store has no graph {@code graphIri}; the message lists those it
   *     has
   */
  public void exportGraph(String graphIri, RdfExport.Format format, OutputStream out) {
    Node graph = NodeFactory.createURI(graphIri);
    List<Quad> quads =
        Txn.calculateRead(
            dataset, () -> Iter.toList(dataset.find(graph, Node.ANY, Node.ANY, Node.ANY)));
    RdfExport.writeGraph(
        quads,
        graphIri,
        "in the store at " + folder,
        quads.isEmpty() ? graphNames() : List.of(),
        format,
        out);
  }

  /**
   * Recomputes the VoID description and the home page's summary ({@link HomeSummary}) in the {@code
   * meta} graph from the whole store. Ingest calls it once per run, after the documents. (The
   * {@code inferred} graph is kept up to date as documents are written, and recomputed whole when
   * the ontology or reference data change.)
   */
  public void refreshDerived() {
    dataset.executeWrite(
        () -> {
          VoidDescription.refresh(dataset);
          HomeSummaryCounter.refresh(dataset);
        });
  }

  /**
   * Compacts the store: TDB2 appends the blocks every write transaction changes, so a store grows
   * with its history; compaction copies the live data into a new generation ({@code Data-NNNN}) and
   * deletes the old one. Needs the store to itself, as every open does.
   *
   * @return the bytes of the database folder before and after
   */
  public long[] compact() {
    return StoreFolder.compact(folder, dataset);
  }

  /** Releases the folder, so another process (or a later open) can use it. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      StoreFolder.release(dataset);
    } finally {
      OPEN.remove(key);
    }
  }

  /**
   * True if {@code folder} holds a store (a TDB2 database). Opens nothing, creates nothing.
   *
   * @throws InputException if the folder cannot be listed
   */
  public static boolean isStore(Path folder) {
    return StoreFolder.holdsDatabase(folder);
  }
}
