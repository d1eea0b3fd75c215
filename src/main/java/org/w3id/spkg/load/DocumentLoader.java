package org.w3id.spkg.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.DocumentKeys;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.load.remote.RemoteStore;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * Loads Markdown documents into a store: the one place ingest is run. A folder stands for the
 * {@code *.md} files below it, in name order. Each document's facts go to its own named graph,
 * replacing what an earlier ingest of it wrote; documents are written {@code batch} to a write
 * transaction by a thread of their own while the next ones are extracted, and the quads are the
 * same as if the two took turns. A path or document that cannot be used is told to the listener and
 * left out (the store keeps what it had); the others still go in. If a write fails, its batch is
 * left out and the run stops; the report names what was not written.
 *
 * <pre>{@code
 * LoadReport report =
 *     DocumentLoader.builder().store(Path.of("data")).listener(printer).build()
 *         .load(List.of(Path.of("corpus")));
 * System.out.println(report.tally().summary("ingested into data", report.seconds()));
 * }</pre>
 *
 * The loader prints nothing: progress goes to its {@link LoadListener}.
 */
public final class DocumentLoader {

  /** Documents per write transaction unless told: 100. */
  public static final int DEFAULT_BATCH = 100;

  private final Builder settings;

  private DocumentLoader(Builder settings) {
    this.settings = settings;
  }

  /** A builder with the defaults: no store yet, facts about space only, batches of 100. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Ingests the Markdown files of {@code paths}, in order.
   *
   * @throws org.w3id.spkg.InputException if the store cannot be opened (in use, not a folder)
   */
  public LoadReport load(List<Path> paths) {
    long start = System.nanoTime();
    Builder s = settings;
    IngestTally tally = new IngestTally();
    OntologyFiles ontology = s.ontology != null ? s.ontology : OntologyFiles.locate();
    DocumentRun run =
        new DocumentRun(
            DocumentIngester.create(ontology),
            new IngestOptions(Optional.ofNullable(s.date), s.topic),
            s.listener,
            tally);
    List<DocumentRun.Input> files = run.expand(List.copyOf(paths));
    Optional<BatchWriteException> failure = Optional.empty();
    List<Path> unread = List.of();
    Optional<long[]> compacted = Optional.empty();
    if (!files.isEmpty() && s.to != null) {
      unread = RemoteLoad.load(s.to, ontology, s.extractInto, run, files, s.listener, tally);
    } else if (!files.isEmpty() && s.extractInto != null) {
      run.run(
          files,
          new EntitiesByDocument(ontology, Map.of()),
          new DocumentKeys(Map.of()),
          (doc, started) ->
              s.extractInto.addGraph(NodeFactory.createURI(doc.graphIri()), doc.graph()),
          () -> false);
    } else if (!files.isEmpty()) {
      try (StoreOnDemand target =
          new StoreOnDemand(s.store, ontology, s.batch, s.writes, s.listener)) {
        EntitiesByDocument known = new EntitiesByDocument(ontology, target.knownEntitiesByGraph());
        DocumentKeys keys = new DocumentKeys(target.documentSources());
        unread = run.run(files, known, keys, target::replaceDocument, target::writeFailed);
        try {
          target.finish();
        } catch (BatchWriteException e) {
          failure = Optional.of(e);
          uncount(e, unread, tally);
        }
        if (s.compact && failure.isEmpty()) {
          compacted = Optional.ofNullable(target.compact());
        }
      }
    }
    return new LoadReport(
        files.size(), tally, failure, unread, compacted, (System.nanoTime() - start) / 1e9);
  }

  /**
   * The documents of a failed write were counted as ingested when they were queued: they, and the
   * files not read after it, are counted as failed instead.
   */
  private static void uncount(BatchWriteException e, List<Path> unread, IngestTally tally) {
    for (Queued q : e.notWritten()) {
      tally.remove(q.doc());
      tally.failed++;
    }
    tally.failed += unread.size();
  }

  /** Settings of a loader; each but the store has a default. */
  public static final class Builder {
    private Path store;
    private RemoteStore to;
    private DatasetGraph extractInto;
    private OntologyFiles ontology;
    private LocalDate date;
    private IngestOptions.Topic topic = IngestOptions.Topic.SPACE;
    private int batch = DEFAULT_BATCH;
    private boolean compact;
    private LoadListener listener = LoadListener.SILENT;
    private StoreOnDemand.Writes writes = SpkgStore::replaceDocuments;

    private Builder() {}

    /**
     * The store folder: opened at once if it holds a store, else created with the first batch that
     * can be written (a run in which every document fails leaves no store behind).
     */
    public Builder store(Path folder) {
      this.store = Objects.requireNonNull(folder, "folder");
      this.extractInto = null;
      this.to = null;
      return this;
    }

    /**
     * A remote store written graph by graph through the Graph Store Protocol, and read through its
     * query endpoint, instead of a store folder (see {@link RemoteLoad}). With {@link #extractInto}
     * as well, a dry run: the store is read, and what would be written goes to the quads.
     */
    public Builder to(RemoteStore remote) {
      this.to = Objects.requireNonNull(remote, "remote");
      this.store = null;
      return this;
    }

    /** Extract only: each document's graph goes to {@code quads}, and no store is touched. */
    public Builder extractInto(DatasetGraph quads) {
      this.extractInto = Objects.requireNonNull(quads, "quads");
      this.store = null;
      return this;
    }

    /** The ontology and reference data. Defaults to {@link OntologyFiles#locate()}. */
    public Builder ontology(OntologyFiles files) {
      this.ontology = Objects.requireNonNull(files, "files");
      return this;
    }

    /** The date of documents whose front matter gives none. Defaults to none (null). */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /** Which statements give facts. Defaults to {@link IngestOptions.Topic#SPACE}. */
    public Builder topic(IngestOptions.Topic topic) {
      this.topic = Objects.requireNonNull(topic, "topic");
      return this;
    }

    /** Documents per write transaction, 1 or more. Defaults to {@value #DEFAULT_BATCH}. */
    public Builder batch(int batch) {
      if (batch < 1) {
        throw new IllegalArgumentException("batch must be 1 or more, not " + batch);
      }
      this.batch = batch;
      return this;
    }

    /** Compact the store after a run whose writes all went in. Defaults to false. */
    public Builder compact(boolean compact) {
      this.compact = compact;
      return this;
    }

    /** Where progress goes. Defaults to {@link LoadListener#SILENT}. */
    public Builder listener(LoadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** How batches are written; {@link SpkgStore#replaceDocuments} but in tests. */
    Builder writes(StoreOnDemand.Writes writes) {
      this.writes = Objects.requireNonNull(writes, "writes");
      return this;
    }

    /** A loader with these settings (a copy: later changes to the builder do not reach it). */
    public DocumentLoader build() {
      if (store == null && extractInto == null && to == null) {
        throw new IllegalStateException(
            "no store folder: call store(folder) or extractInto(quads)");
      }
      Builder copy = new Builder();
      copy.store = store;
      copy.to = to;
      copy.extractInto = extractInto;
      copy.ontology = ontology;
      copy.date = date;
      copy.topic = topic;
      copy.batch = batch;
      copy.compact = compact;
      copy.listener = listener;
      copy.writes = writes;
      return new DocumentLoader(copy);
    }
  }
}
