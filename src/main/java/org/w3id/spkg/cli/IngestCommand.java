package org.w3id.spkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.store.RdfExport;
import org.w3id.spkg.vocab.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spkg ingest PATH...}: documents into the store, one write transaction each. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest policy documents (Markdown, with or without YAML front matter) into the store:"
          + " each document's facts and their evidence go to the document's own named graph,"
          + " replacing what an earlier ingest of it wrote.",
      "A folder stands for the *.md files below it, in name order. Each document is one write"
          + " transaction. A document that cannot be used is reported and left out (the store"
          + " keeps what it had); the others still go in. Progress goes to stderr, the summary"
          + " to stdout."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was ingested",
      "2:wrong command line",
      "3:a path or document cannot be used (the others were ingested), or the store is in use"
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

  @Option(
      names = "--dry-run",
      description = "Write the documents' quads to stdout as TriG and touch no store.")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    Tally tally = new Tally();
    List<Path> files = expand(tally);
    Path folder = store.folder();
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be 1 or more, not " + batch);
    }
    OntologyFiles ontology = OntologyFiles.locate();
    if (!files.isEmpty() && dryRun) {
      DatasetGraph quads = DatasetGraphFactory.createGeneral();
      run(
          files,
          ontology,
          new EntitiesByDocument(ontology, Map.of()),
          (doc, started) -> add(quads, doc),
          tally);
      try (WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
        RdfExport.write(quads, RdfExport.Format.trig, out);
      }
    } else if (!files.isEmpty()) {
      try (StoreOnDemand target = new StoreOnDemand(folder, ontology, batch)) {
        EntitiesByDocument known = new EntitiesByDocument(ontology, target.knownEntitiesByGraph());
        run(files, ontology, known, target::replaceDocument, tally);
        target.refreshDerived();
        if (compact) {
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
    return tally.failed == 0 ? 0 : SpkgCommand.EXIT_INPUT;
  }

  /** The Markdown files of every path; a path that gives none is reported and counted. */
  private List<Path> expand(Tally tally) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      try {
        files.addAll(
            ProjectFiles.expand(List.of(path), IngestCommand::isMarkdown, "Markdown files (*.md)"));
      } catch (InputException e) {
        fail(path, e, tally);
      }
    }
    return files;
  }

  /**
   * Extracts each file and hands it to {@code sink}. Each document knows the entities of the other
   * documents (in the store, and those before it in this run), not those of its previous version.
   */
  private void run(
      List<Path> files,
      OntologyFiles ontology,
      EntitiesByDocument known,
      BiConsumer<ExtractedDocument, Instant> sink,
      Tally tally) {
    DocumentIngester ingester = DocumentIngester.create(ontology);
    IngestOptions options = new IngestOptions(Optional.ofNullable(date));
    Map<String, Path> keys = new HashMap<>();
    PrintWriter err = spec.commandLine().getErr();
    for (Path file : files) {
      Instant started = Instant.now();
      ExtractedDocument doc;
      String graph = EntitiesByDocument.graphOf(file);
      try {
        doc = known.without(ingester, graph).extract(file, options);
        sink.accept(doc, started);
      } catch (InputException e) {
        known.restore(graph);
        fail(file, e, tally);
        continue;
      }
      known.update(doc);
      tally.add(doc);
      err.printf(
          "%s %s: %d triples, %d entities, %d facts, %d warnings%n",
          dryRun ? "extracted" : "ingested",
          file,
          doc.stats().triples(),
          doc.stats().entities(),
          doc.stats().facts(),
          doc.warnings().size());
      doc.warnings().forEach(w -> err.println("  warning: " + w));
      Path earlier = keys.put(doc.key(), file);
      if (earlier != null && !earlier.equals(file)) {
        err.println(
            "  warning: "
                + file
                + " has the same document key as "
                + earlier
                + " ('"
                + doc.key()
                + "') and replaced it; rename one of them");
      }
    }
  }

  private void fail(Path file, InputException e, Tally tally) {
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

  private static boolean isMarkdown(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** What the run did, for the summary line. */
  private static final class Tally {
    int documents;
    long triples;
    long entities;
    long facts;
    long warnings;
    int failed;

    void add(ExtractedDocument doc) {
      documents++;
      triples += doc.stats().triples();
      entities += doc.stats().entities();
      facts += doc.stats().facts();
      warnings += doc.warnings().size();
    }

    String summary(String where, double seconds) {
      String text =
          String.format(
              Locale.ROOT,
              "%d %s %s: %d triples, %d entities, %d facts, %d warnings, %.2f s",
              documents,
              documents == 1 ? "document" : "documents",
              where,
              triples,
              entities,
              facts,
              warnings,
              seconds);
      return failed == 0 ? text : text + "; " + failed + " failed (see the messages above)";
    }
  }
}
