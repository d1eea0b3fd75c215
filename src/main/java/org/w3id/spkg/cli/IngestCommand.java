package org.w3id.spkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.load.DocumentLoader;
import org.w3id.spkg.load.LoadReport;
import org.w3id.spkg.store.RdfExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spkg ingest PATH...}: documents into the store, {@code --batch} to a write transaction,
 * through a {@link DocumentLoader}; an {@link IngestPrinter} prints its progress and summary.
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
          + " not written. Progress goes to stderr, the summary to stdout.",
      "With --to URL the documents go to another store instead, one HTTP PUT per graph (SPARQL"
          + " 1.1 Graph Store Protocol), tried again while the store is busy; a store that cannot"
          + " be reached or refuses writes stops the run before any document is read, and a"
          + " document it refuses later is named at the end (docs/ingest.md, 'Writing to another"
          + " store')."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was ingested",
      "2:wrong command line",
      "3:a path or document cannot be used (the others were ingested), or the store is in use;"
          + " with --to: the store cannot be reached or refused a write (the documents not"
          + " written are named)",
      "70:a batch could not be written (an internal error; the documents are named)"
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Markdown files or folders.")
  List<Path> paths;

  @Mixin StoreOption store = new StoreOption();

  @Mixin RemoteStoreOption remote = new RemoteStoreOption();

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

  @Option(
      names = "--dry-run",
      description =
          "Write the documents' quads to stdout as TriG and touch no store. With --to, the store"
              + " is read (keys, known names) and the graphs a run would PUT are written instead.")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be 1 or more, not " + batch);
    }
    if (remote.given()) {
      refuseWithRemote();
    }
    Path folder = store.folder();
    boolean verbose = Conventions.verbose(spec);
    IngestPrinter printer = new IngestPrinter(spec.commandLine().getErr(), dryRun, verbose);
    DocumentLoader.Builder loader =
        DocumentLoader.builder()
            .date(date)
            .topic(topic)
            .batch(batch)
            .compact(compact)
            .listener(printer);
    if (remote.given()) {
      loader.to(remote.remote(spec));
    }
    String where = remote.given() ? "written to " + remote.to : "ingested into " + folder;
    if (!dryRun && remote.given()) {
      LoadReport report = loader.build().load(paths);
      return printer.conclude(report, folder, where, spec.commandLine().getOut());
    }
    if (!dryRun) {
      LoadReport report = loader.store(folder).build().load(paths);
      return printer.conclude(report, folder, where, spec.commandLine().getOut());
    }
    DatasetGraph quads = DatasetGraphFactory.createGeneral();
    LoadReport report = loader.extractInto(quads).build().load(paths);
    if (report.found() > 0) {
      try (WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
        RdfExport.write(quads, RdfExport.Format.trig, out);
      }
    }
    return printer.conclude(
        report, folder, "extracted (dry run, no store written)", spec.commandLine().getErr());
  }

  /** The options for a store folder mean nothing with --to: refused rather than ignored. */
  private void refuseWithRemote() {
    var parsed = spec.commandLine().getParseResult();
    for (String option : new String[] {"--store", "--batch", "--compact"}) {
      if (parsed.hasMatchedOption(option)) {
        throw new ParameterException(
            spec.commandLine(),
            option
                + " is for a store folder and --to writes to another store: give one of them"
                + (option.equals("--batch") ? " (with --to, each document is written alone)" : ""));
      }
    }
  }
}
