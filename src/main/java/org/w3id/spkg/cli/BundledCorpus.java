package org.w3id.spkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.ProjectFolders;
import org.w3id.spkg.load.DocumentLoader;
import org.w3id.spkg.load.LoadReport;
import picocli.CommandLine.Model.CommandSpec;

/** The documents shipped with spkg ({@code corpus/} of the checkout), and ingesting them. */
final class BundledCorpus {

  private static final Logger LOG = LoggerFactory.getLogger(BundledCorpus.class);

  private BundledCorpus() {}

  /** {@code corpus/} beside the project's other folders, if there is one. */
  static Optional<Path> folder() {
    Path corpus = Path.of(System.getProperty(ProjectFolders.HOME_PROPERTY, ".")).resolve("corpus");
    return Files.isDirectory(corpus) ? Optional.of(corpus) : Optional.empty();
  }

  /**
   * Ingests {@code corpus} into the store in {@code folder} as {@code spkg ingest corpus --store
   * folder} does, reporting on {@code spec}'s streams.
   *
   * @return the ingest's exit code (0 when every document went in)
   */
  static int ingest(CommandSpec spec, Path corpus, Path folder) {
    LOG.info("ingesting {} into {}", corpus, folder);
    boolean verbose = Conventions.verbose(spec);
    IngestPrinter printer = new IngestPrinter(spec.commandLine().getErr(), false, verbose);
    LoadReport report =
        DocumentLoader.builder().store(folder).listener(printer).build().load(List.of(corpus));
    return printer.conclude(report, folder, "ingested into " + folder, spec.commandLine().getOut());
  }
}
