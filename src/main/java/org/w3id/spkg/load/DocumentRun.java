package org.w3id.spkg.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Graph;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.DocumentKeys;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.ingest.MarkdownFiles;
import org.w3id.spkg.ingest.SourceDocument;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * One run of a {@link DocumentLoader} over its files: expanding the paths, giving each document its
 * key, extracting each in turn and handing it to a sink. Tells its listener of every document and
 * counts them in its tally.
 */
final class DocumentRun {

  /** A file to ingest and the folder it was found below (its own folder for a file given). */
  record Input(Path file, Path root) {}

  /**
   * A file that can be read, and the key its document goes under; {@code alone} is its first pass
   * when that read no sentence (so knowing the other documents would change nothing), else null.
   */
  private record Planned(Input input, DocumentKeys.Assigned key, Alone alone) {
    Planned(Input input, DocumentKeys.Assigned key) {
      this(input, key, null);
    }
  }

  /** A first pass that read no sentence: the second pass of its document. */
  private record Alone(Instant started, String sourceIdentifier, ExtractedDocument doc) {}

  /** A file read: what identifies its source, and the key its file name gives. */
  private record Identified(Input input, String source, String baseKey) {}

  private final DocumentIngester ingester;
  private final IngestOptions options;
  private final LoadListener listener;
  private final IngestTally tally;

  /**
   * The most triples of first passes kept for the second, in all: about 300 MB. Past it, a document
   * whose first pass read no sentence is extracted again, to the same graph.
   */
  static final long KEPT_TRIPLES = 1_000_000;

  private final AtomicLong kept = new AtomicLong();

  DocumentRun(
      DocumentIngester ingester, IngestOptions options, LoadListener listener, IngestTally tally) {
    this.ingester = ingester;
    this.options = options;
    this.listener = listener;
    this.tally = tally;
  }

  /**
   * The Markdown files of every path; a path that gives none, and a folder below one that cannot be
   * listed, is reported and counted (the files found elsewhere still go in).
   */
  List<Input> expand(List<Path> paths) {
    List<Input> files = new ArrayList<>();
    for (Path path : paths) {
      try {
        if (!Files.isDirectory(path)) {
          ProjectFiles.expand(List.of(path), MarkdownFiles::isMarkdown, "Markdown files (*.md)")
              .forEach(file -> files.add(new Input(file, path.toAbsolutePath().getParent())));
          continue;
        }
        MarkdownFiles.Found found = MarkdownFiles.below(path);
        found.unreadable().forEach(e -> fail(Path.of(e.source()), e));
        if (found.files().isEmpty() && found.unreadable().isEmpty()) {
          throw new InputException(path.toString(), "folder has no Markdown files (*.md)");
        }
        found.files().forEach(file -> files.add(new Input(file, path)));
      } catch (InputException e) {
        fail(path, e);
      }
    }
    return files;
  }

  /**
   * Extracts each file, in order, and hands it to {@code sink}, in two passes so that no document
   * depends on the order of the run. First every file is read, gets its key from {@code keys} (its
   * own from an earlier ingest, else one no other source holds), and is extracted knowing the
   * reference data only: the names it defines on its own, the same whatever else is ingested. Then
   * each is extracted again knowing the names that every other document defines — those of this run
   * (all of them, before and after it) and those of the store not ingested again — but not its own,
   * and goes to the sink; a document whose first pass read no sentence (an off-topic one) depends
   * on no other, and its first pass goes to the sink instead (up to {@link #KEPT_TRIPLES} kept).
   * Stops before the next file once {@code stop} says so.
   *
   * @return the files not read because of the stop
   */
  List<Path> run(
      List<Input> inputs,
      EntitiesByDocument known,
      DocumentKeys keys,
      BiConsumer<ExtractedDocument, Instant> sink,
      BooleanSupplier stop) {
    List<Planned> planned = plan(inputs, known, keys);
    Map<String, Path> sourcesInRun = new HashMap<>();
    // The index is not changed from here on: each document reads a view of it without its own
    // names, so they are extracted on every processor and handed on in the order of the files.
    int taken =
        InOrder.map(
            planned,
            InOrder.threadsFor(planned.size()),
            "spkg-extract",
            plan -> extracted(plan, known),
            done -> {
              if (stop.getAsBoolean()) {
                return false;
              }
              hand(done, sink, sourcesInRun);
              return true;
            });
    return planned.subList(taken, planned.size()).stream().map(p -> p.input().file()).toList();
  }

  /** A document of the second pass, extracted on any thread, or why it could not be. */
  private record Extracted(
      Planned plan,
      Instant started,
      String sourceIdentifier,
      ExtractedDocument doc,
      InputException refused,
      Throwable bug) {}

  /**
   * The second pass of a document: its first pass again when that read no sentence (an off-topic
   * document: nothing it holds depends on what the others define), else a new extraction.
   */
  private Extracted extracted(Planned plan, EntitiesByDocument known) {
    if (plan.alone() != null) {
      Alone alone = plan.alone();
      return new Extracted(
          plan, alone.started(), alone.sourceIdentifier(), alone.doc(), null, null);
    }
    Instant started = Instant.now();
    try {
      SourceDocument source = SourceDocument.read(plan.input().file(), plan.input().root());
      String graph = NamedGraphs.document(plan.key().key());
      ExtractedDocument doc =
          known.without(ingester, graph).extract(source, plan.key().key(), options);
      return new Extracted(plan, started, source.sourceIdentifier(), doc, null, null);
    } catch (InputException e) {
      return new Extracted(plan, started, null, null, e, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Extracted(plan, started, null, null, null, e);
    }
  }

  /** Hands an extracted document to the sink, on the run's thread, and reports it. */
  private void hand(
      Extracted done, BiConsumer<ExtractedDocument, Instant> sink, Map<String, Path> sourcesInRun) {
    Path file = done.plan().input().file();
    try {
      if (done.bug() != null) {
        throw internalError(file, done.bug());
      }
      if (done.refused() != null) {
        throw done.refused();
      }
      sink.accept(done.doc(), done.started());
    } catch (InputException e) {
      fail(file, e);
      return;
    }
    Path earlier = sourcesInRun.put(done.sourceIdentifier(), file);
    if (earlier != null && !earlier.equals(file)) {
      listener.warning(
          file,
          file
              + " has the same source as "
              + earlier
              + " ("
              + done.sourceIdentifier()
              + ") and replaced it; a source is one document");
    }
    tally.add(done.doc(), done.plan().key().replaces());
    listener.ingested(file, done.doc());
  }

  /** Reads one file: a failure that is a bug refuses that file only ({@link #internalError}). */
  private SourceDocument read(Input input) {
    try {
      return SourceDocument.read(input.file(), input.root());
    } catch (RuntimeException | StackOverflowError e) {
      throw e instanceof InputException refused ? refused : internalError(input.file(), e);
    }
  }

  /**
   * The first pass of {@link #run}: reads every file and gives it its key, then records in {@code
   * known} the names each document defines on its own (extracted knowing the reference data only),
   * in place of what its stored version defined. Keys are given to the run's new sources in the
   * order of their identifiers, not of the files, so that which of two sources named alike gets the
   * plain key does not depend on the order of the run. A file that cannot be used is reported here.
   * A run of one document needs no names of its own and skips that extraction.
   */
  private List<Planned> plan(List<Input> inputs, EntitiesByDocument known, DocumentKeys keys) {
    List<Identified> identified = new ArrayList<>();
    for (Input input : inputs) {
      try {
        SourceDocument source = read(input);
        identified.add(new Identified(input, source.sourceIdentifier(), source.baseKey()));
      } catch (InputException e) {
        fail(input.file(), e);
      }
    }
    Map<String, DocumentKeys.Assigned> keyBySource = new TreeMap<>();
    identified.stream()
        .sorted(Comparator.comparing(Identified::source))
        .forEach(i -> keyBySource.computeIfAbsent(i.source(), s -> keys.assign(s, i.baseKey())));
    Set<String> seen = new HashSet<>();
    List<Planned> keyed = new ArrayList<>();
    for (Identified i : identified) {
      DocumentKeys.Assigned first = keyBySource.get(i.source());
      // A second file of one source replaces the first, which this run wrote.
      keyed.add(
          new Planned(
              i.input(),
              seen.add(i.source()) ? first : new DocumentKeys.Assigned(first.key(), true)));
    }
    if (keyed.size() == 1) {
      return keyed; // A document alone: its own names are nobody's to know.
    }
    // Each document is extracted alone, knowing the reference data only, so they are extracted on
    // every processor; what each defines is recorded, and failures reported, in the order of the
    // files.
    List<Planned> planned = new ArrayList<>();
    InOrder.map(
        keyed,
        InOrder.threadsFor(keyed.size()),
        "spkg-first-pass",
        this::ownNames,
        own -> {
          try {
            if (own.bug() != null) {
              throw internalError(own.plan().input().file(), own.bug());
            }
            if (own.refused() != null) {
              throw own.refused();
            }
            known.define(own.graphIri(), own.entities());
            Planned p = own.plan();
            planned.add(own.alone() == null ? p : new Planned(p.input(), p.key(), own.alone()));
          } catch (InputException e) {
            fail(own.plan().input().file(), e);
          }
          return true;
        });
    return planned;
  }

  /**
   * What a document of the first pass defines on its own, or why it could not be read: worked out
   * on any thread, reported on the run's.
   */
  private record OwnNames(
      Planned plan,
      String graphIri,
      Graph entities,
      Alone alone,
      InputException refused,
      Throwable bug) {}

  private OwnNames ownNames(Planned plan) {
    Instant started = Instant.now();
    try {
      SourceDocument source = SourceDocument.read(plan.input().file(), plan.input().root());
      ExtractedDocument own = ingester.extract(source, plan.key().key(), options);
      // Read without a sentence, it is what the second pass would make: kept for it.
      Alone alone =
          own.readSentences() || kept.addAndGet(own.graph().size()) > KEPT_TRIPLES
              ? null
              : new Alone(started, source.sourceIdentifier(), own);
      return new OwnNames(
          plan, own.graphIri(), EntitiesByDocument.entitiesOf(own), alone, null, null);
    } catch (InputException e) {
      return new OwnNames(plan, null, null, null, e, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new OwnNames(plan, null, null, null, null, e);
    }
  }

  /**
   * A bug met while reading one document, as a refusal of that document: the others still go in.
   * Only what leaves the run sound is caught (an exception, a stack overflow that has unwound); an
   * OutOfMemoryError or any other Error stops the run.
   */
  private InputException internalError(Path file, Throwable e) {
    listener.internalError(file, e);
    return new InputException(
        file.toString(),
        InputException.UNKNOWN,
        InputException.UNKNOWN,
        "not ingested: an internal error while reading it ("
            + e
            + "); the other documents go on. This is a bug: run again with --verbose and report"
            + " it with the file",
        e);
  }

  private void fail(Path path, InputException e) {
    listener.refused(path, e);
    tally.failed++;
  }
}
