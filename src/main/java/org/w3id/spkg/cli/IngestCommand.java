package org.w3id.spkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.DocumentKeys;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.ingest.MarkdownFiles;
import org.w3id.spkg.ingest.SourceDocument;
import org.w3id.spkg.store.RdfExport;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spkg ingest PATH...}: documents into the store, {@code --batch} to a write transaction.
 * Documents are extracted in order on the calling thread while a {@link BatchWriter} writes the
 * batches before them, so the two overlap; the quads are the same as if they took turns.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest policy documents (Markdown, with or without YAML front matter) into the store:"
          + " each document's facts and their evidence go to the document's own named graph,"
          + " replacing what an earlier ingest of it wrote.",
      "A folder stands for the *.md files below it, in name order. Documents are written"
          + " --batch to a write transaction while the next ones are read. A document that cannot"
          + " be used is reported and left out (the store keeps what it had); the others still go"
          + " in. If a write fails, its batch is left out, the run stops and names the documents"
          + " not written. Progress goes to stderr, the summary to stdout."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was ingested",
      "2:wrong command line",
      "3:a path or document cannot be used (the others were ingested), or the store is in use",
      "70:a batch could not be written (an internal error; the documents are named)"
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Markdown files or folders.")
  List<Path> paths;

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "The date of documents whose front matter gives none; relative dates resolve against it.")
  LocalDate date;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      defaultValue = "space",
      converter = TopicConverter.class,
      description =
          "space (default): facts only from statements about space activities; a document about"
              + " something else is kept as a document (title, date, source, kind, relevance) and"
              + " nothing more. all: facts from every statement.")
  IngestOptions.Topic topic = IngestOptions.Topic.SPACE;

  /** {@code space} or {@code all}, in any case. */
  static final class TopicConverter implements CommandLine.ITypeConverter<IngestOptions.Topic> {
    @Override
    public IngestOptions.Topic convert(String value) {
      for (IngestOptions.Topic t : IngestOptions.Topic.values()) {
        if (t.name().equalsIgnoreCase(value.strip())) {
          return t;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a topic; use space or all");
    }
  }

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "Documents per write transaction (default: ${DEFAULT-VALUE}). A document that cannot be"
              + " read never joins a batch; if a write fails, its whole batch is left out.")
  int batch = 100;

  @Option(
      names = "--compact",
      description =
          "Compact the store after the run: TDB2 keeps every block a write transaction replaced,"
              + " so a large ingest leaves a store many times the size of its data.")
  boolean compact;

  /** How batches are written: the store's own write, but in tests of a failing write. */
  StoreOnDemand.Writes writes = SpkgStore::replaceDocuments;

  @Option(
      names = "--dry-run",
      description = "Write the documents' quads to stdout as TriG and touch no store.")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    IngestTally tally = new IngestTally();
    List<Input> files = expand(tally);
    Path folder = store.folder();
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be 1 or more, not " + batch);
    }
    OntologyFiles ontology = OntologyFiles.locate();
    BatchWriteException writeFailure = null;
    if (!files.isEmpty() && dryRun) {
      DatasetGraph quads = DatasetGraphFactory.createGeneral();
      run(
          files,
          ontology,
          new EntitiesByDocument(ontology, Map.of()),
          new DocumentKeys(Map.of()),
          (doc, started) -> add(quads, doc),
          () -> false,
          tally);
      try (WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
        RdfExport.write(quads, RdfExport.Format.trig, out);
      }
    } else if (!files.isEmpty()) {
      try (StoreOnDemand target = new StoreOnDemand(folder, ontology, batch, writes)) {
        EntitiesByDocument known = new EntitiesByDocument(ontology, target.knownEntitiesByGraph());
        DocumentKeys keys = new DocumentKeys(target.documentSources());
        List<Path> unread =
            run(files, ontology, known, keys, target::replaceDocument, target::writeFailed, tally);
        try {
          target.finish();
        } catch (BatchWriteException e) {
          writeFailure = e;
          report(e, unread, tally);
        }
        if (compact && writeFailure == null) {
          long[] sizes = target.compact();
          if (sizes != null) {
            spec.commandLine()
                .getErr()
                .printf(
                    Locale.ROOT,
                    "compacted %s: %.1f MB -> %.1f MB%n",
                    folder,
                    sizes[0] / 1e6,
                    sizes[1] / 1e6);
          }
        }
      }
    }
    String where = dryRun ? "extracted (dry run, no store written)" : "ingested into " + folder;
    PrintWriter summary = dryRun ? spec.commandLine().getErr() : spec.commandLine().getOut();
    summary.println(tally.summary(where, (System.nanoTime() - start) / 1e9));
    if (writeFailure != null && !(writeFailure.getCause() instanceof InputException)) {
      // Not the input's fault: an internal error (exit code 70), as any failing write is.
      if (writeFailure.getCause() instanceof RuntimeException e) {
        throw e;
      }
      if (writeFailure.getCause() instanceof Error e) {
        throw e;
      }
      throw writeFailure;
    }
    return tally.failed == 0 ? 0 : SpkgCommand.EXIT_INPUT;
  }

  /** A file to ingest and the folder it was found below (its own folder for a file given). */
  record Input(Path file, Path root) {}

  /**
   * The Markdown files of every path; a path that gives none, and a folder below one that cannot be
   * listed, is reported and counted (the files found elsewhere still go in).
   */
  private List<Input> expand(IngestTally tally) {
    List<Input> files = new ArrayList<>();
    for (Path path : paths) {
      try {
        if (!Files.isDirectory(path)) {
          ProjectFiles.expand(List.of(path), MarkdownFiles::isMarkdown, "Markdown files (*.md)")
              .forEach(file -> files.add(new Input(file, path.toAbsolutePath().getParent())));
          continue;
        }
        MarkdownFiles.Found found = MarkdownFiles.below(path);
        found.unreadable().forEach(e -> fail(Path.of(e.source()), e, tally));
        if (found.files().isEmpty() && found.unreadable().isEmpty()) {
          throw new InputException(path.toString(), "folder has no Markdown files (*.md)");
        }
        found.files().forEach(file -> files.add(new Input(file, path)));
      } catch (InputException e) {
        fail(path, e, tally);
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
   * and goes to the sink. Stops before the next file once {@code stop} says so.
   *
   * @return the files not read because of the stop
   */
  private List<Path> run(
      List<Input> inputs,
      OntologyFiles ontology,
      EntitiesByDocument known,
      DocumentKeys keys,
      BiConsumer<ExtractedDocument, Instant> sink,
      BooleanSupplier stop,
      IngestTally tally) {
    DocumentIngester ingester = DocumentIngester.create(ontology);
    IngestOptions options = new IngestOptions(Optional.ofNullable(date), topic);
    List<Planned> planned = plan(inputs, ingester, options, known, keys, tally);
    Map<String, Path> sourcesInRun = new HashMap<>();
    PrintWriter err = spec.commandLine().getErr();
    for (int i = 0; i < planned.size(); i++) {
      if (stop.getAsBoolean()) {
        return planned.subList(i, planned.size()).stream().map(p -> p.input().file()).toList();
      }
      Planned plan = planned.get(i);
      Path file = plan.input().file();
      Instant started = Instant.now();
      ExtractedDocument doc;
      String graph = NamedGraphs.document(plan.key().key());
      SourceDocument source;
      try {
        try {
          source = SourceDocument.read(file, plan.input().root());
          doc = known.without(ingester, graph).extract(source, plan.key().key(), options);
        } catch (RuntimeException | StackOverflowError e) {
          throw e instanceof InputException input ? input : internalError(file, e);
        }
        known.restore(graph);
        sink.accept(doc, started);
        Path earlier = sourcesInRun.put(source.sourceIdentifier(), file);
        if (earlier != null && !earlier.equals(file)) {
          err.println(
              "  warning: "
                  + file
                  + " has the same source as "
                  + earlier
                  + " ("
                  + source.sourceIdentifier()
                  + ") and replaced it; a source is one document");
        }
      } catch (InputException e) {
        known.restore(graph);
        fail(file, e, tally);
        continue;
      }
      tally.add(doc, plan.key().replaces());
      err.printf(
          "%s %s: %d triples, %d entities, %d facts, %d warnings%n",
          dryRun ? "extracted" : "ingested",
          file,
          doc.stats().triples(),
          doc.stats().entities(),
          doc.stats().facts(),
          doc.warnings().size());
      doc.warnings().forEach(w -> err.println("  warning: " + w));
    }
    return List.of();
  }

  /** Reads one file: a failure that is a bug refuses that file only ({@link #internalError}). */
  private SourceDocument read(Input input) {
    try {
      return SourceDocument.read(input.file(), input.root());
    } catch (RuntimeException | StackOverflowError e) {
      throw e instanceof InputException refused ? refused : internalError(input.file(), e);
    }
  }

  /** A file that can be read, and the key its document goes under. */
  private record Planned(Input input, DocumentKeys.Assigned key) {}

  /** A file read: what identifies its source, and the key its file name gives. */
  private record Identified(Input input, String source, String baseKey) {}

  /**
   * The first pass of {@link #run}: reads every file and gives it its key, then records in {@code
   * known} the names each document defines on its own (extracted knowing the reference data only),
   * in place of what its stored version defined. Keys are given to the run's new sources in the
   * order of their identifiers, not of the files, so that which of two sources named alike gets the
   * plain key does not depend on the order of the run. A file that cannot be used is reported here.
   * A run of one document needs no names of its own and skips that extraction.
   */
  private List<Planned> plan(
      List<Input> inputs,
      DocumentIngester ingester,
      IngestOptions options,
      EntitiesByDocument known,
      DocumentKeys keys,
      IngestTally tally) {
    List<Identified> identified = new ArrayList<>();
    for (Input input : inputs) {
      try {
        SourceDocument source = read(input);
        identified.add(new Identified(input, source.sourceIdentifier(), source.baseKey()));
      } catch (InputException e) {
        fail(input.file(), e, tally);
      }
    }
    Map<String, DocumentKeys.Assigned> keyBySource = new TreeMap<>();
    identified.stream()
        .sorted(Comparator.comparing(Identified::source))
        .forEach(i -> keyBySource.computeIfAbsent(i.source(), s -> keys.assign(s, i.baseKey())));
    Set<String> seen = new HashSet<>();
    List<Planned> planned = new ArrayList<>();
    for (Identified i : identified) {
      DocumentKeys.Assigned first = keyBySource.get(i.source());
      // A second file of one source replaces the first, which this run wrote.
      DocumentKeys.Assigned key =
          seen.add(i.source()) ? first : new DocumentKeys.Assigned(first.key(), true);
      if (identified.size() == 1) {
        // A document alone: its own names are nobody's to know.
        planned.add(new Planned(i.input(), key));
        continue;
      }
      try {
        ExtractedDocument own;
        try {
          own = ingester.extract(read(i.input()), key.key(), options);
        } catch (RuntimeException | StackOverflowError e) {
          throw e instanceof InputException input ? input : internalError(i.input().file(), e);
        }
        known.define(own.graphIri(), EntitiesByDocument.entitiesOf(own));
        planned.add(new Planned(i.input(), key));
      } catch (InputException e) {
        fail(i.input().file(), e, tally);
      }
    }
    return planned;
  }

  /**
   * Reports a write that failed: each document not written, and the files not read after it. The
   * documents were counted as ingested when they were queued; they are counted as failed instead.
   */
  private void report(BatchWriteException e, List<Path> unread, IngestTally tally) {
    PrintWriter err = spec.commandLine().getErr();
    String reason = BatchWriteException.reason(e.getCause());
    int size = e.failedBatch().size();
    for (SpkgStore.Pending p : e.notWritten()) {
      boolean inFailed = e.failedBatch().contains(p);
      err.println(
          "spkg: "
              + p.doc().source()
              + ": not ingested: "
              + (inFailed
                  ? "the write transaction of its batch ("
                      + size
                      + (size == 1 ? " document" : " documents")
                      + ") failed and was rolled back: "
                      + reason
                  : "not written, as the run stopped at a failed write before it"));
      tally.remove(p.doc());
      tally.failed++;
    }
    if (!unread.isEmpty()) {
      err.println(
          "spkg: the run stopped at the failed write; "
              + unread.size()
              + (unread.size() == 1 ? " file was" : " files were")
              + " not read: "
              + unread.get(0)
              + (unread.size() > 1 ? " to " + unread.get(unread.size() - 1) : ""));
      tally.failed += unread.size();
    }
    err.println(
        "spkg: the store is as it was before the failed batch (the VoID description was not"
            + " refreshed); ingest the files named above again");
  }

  /**
   * A bug met while reading one document, as a refusal of that document: the others still go in.
   * Only what leaves the run sound is caught (an exception, a stack overflow that has unwound); an
   * OutOfMemoryError or any other Error stops the run.
   */
  private InputException internalError(Path file, Throwable e) {
    if (spec.root().userObject() instanceof SpkgCommand root && root.verbose) {
      e.printStackTrace(spec.commandLine().getErr());
    }
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

  private void fail(Path file, InputException e, IngestTally tally) {
    String message = e.getMessage();
    if (!message.contains(file.toString())) {
      message = file + ": " + message;
    }
    spec.commandLine().getErr().println("spkg: " + message);
    tally.failed++;
  }

  private static void add(DatasetGraph quads, ExtractedDocument doc) {
    quads.addGraph(NodeFactory.createURI(doc.graphIri()), doc.graph());
  }
}
