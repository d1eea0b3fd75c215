package org.w3id.spkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.w3id.spkg.InputException;
import org.w3id.spkg.store.EndpointExport;
import org.w3id.spkg.store.RdfExport;
import org.w3id.spkg.store.RunningServer;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spkg export --format F}: the store, or one graph, as an RDF file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the store, or one graph of it, in an RDF syntax: pretty, with the usual prefixes,"
          + " and the same bytes for the same content (statements sorted, blank nodes b0, b1, ...).",
      "trig and nquads keep the named graphs; turtle, jsonld, rdfxml and ntriples write the"
          + " union of the graphs.",
      "While `spkg serve` holds the store, the data is read from the server (stderr says so)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:wrong command line",
      "3:there is no store, no such graph, the store is in use by a process other than a running"
          + " `spkg serve`, or --out cannot be written"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--graph",
      paramLabel = "IRI",
      description = "Write only this named graph (e.g. https://w3id.org/spkg/graph/reference).")
  String graph;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "One of ${COMPLETION-CANDIDATES}.")
  RdfExport.Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (replaced only when the export is complete); default stdout.")
  Path outFile;

  @Override
  public Integer call() throws IOException {
    Path folder = store.folder();
    SpkgStore opened;
    try {
      opened = SpkgStore.openExisting(folder);
    } catch (StoreLockedException locked) {
      RunningServer server = ServedStore.require(folder, locked, spec.commandLine());
      write(out -> EndpointExport.write(server.endpoint(), graph, format, out));
      return 0;
    }
    try (opened) {
      write(out -> export(opened, out));
    }
    return 0;
  }

  private void export(SpkgStore opened, OutputStream out) {
    if (graph == null) {
      opened.export(format, out);
    } else {
      opened.exportGraph(graph, format, out);
    }
  }

  /** Writes the export to stdout or to --out. */
  private void write(Consumer<OutputStream> export) throws IOException {
    if (outFile == null) {
      try (OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
        export.accept(out);
      }
    } else {
      writeFile(export);
    }
  }

  /** Writes next to the target, then moves: a failed export leaves no half-written file. */
  private void writeFile(Consumer<OutputStream> export) {
    Path target = outFile.toAbsolutePath();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        export.accept(out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new InputException(
          outFile.toString(),
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "cannot write: " + e + "; check that the folder exists and is writable",
          e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        spec.commandLine().getErr().println("spkg: warning: cannot delete " + partial + ": " + e);
      }
    }
  }
}
