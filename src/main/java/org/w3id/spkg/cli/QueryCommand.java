package org.w3id.spkg.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.spkg.InputException;
import org.w3id.spkg.packs.ResultFormat;
import org.w3id.spkg.store.EndpointQuery;
import org.w3id.spkg.store.RunningServer;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spkg query (QUERY | --file F.rq)}: SPARQL over the store. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a SPARQL query over the store. The default graph is the union of all graphs"
          + " (documents, ontology, reference data, meta); GRAPH reaches each one.",
      "The prefixes spkg, rdf, rdfs, owl, xsd, skos, dct, prov, org, oa and schema need no"
          + " PREFIX line. SELECT and ASK answer in --format; CONSTRUCT and DESCRIBE always in"
          + " Turtle.",
      "While `spkg serve` holds the store, the query runs on its SPARQL endpoint (stderr says so),"
          + " under the server's limits: its query timeout and its --row-cap."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the query ran (whether or not it found anything)",
      "2:wrong command line",
      "3:the query does not parse (spkg: SOURCE:LINE:COL: ...), there is no store, it is in use"
          + " by a process other than a running `spkg serve`, or that server refused the query"
    })
final class QueryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      description = "The SPARQL query text (or use --file).")
  String queryText;

  @Option(names = "--file", paramLabel = "F.rq", description = "Read the query from this file.")
  Path file;

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Answers as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Override
  public Integer call() throws IOException {
    if ((queryText == null) == (file == null)) {
      throw new ParameterException(
          spec.commandLine(), "Give the query as an argument or with --file F.rq (one of them).");
    }
    String text = file != null ? read(file) : queryText;
    String source = file != null ? file.toString() : "query";
    Path folder = store.folder();
    SpkgStore opened;
    try {
      opened = SpkgStore.openExisting(folder);
    } catch (StoreLockedException locked) {
      RunningServer server = ServedStore.require(folder, locked, spec.commandLine());
      try (WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
        EndpointQuery.run(server.endpoint(), text, source, format, out);
      }
      return 0;
    }
    try (opened;
        WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
      opened.query(text, source, format, out);
    }
    return 0;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file; check the path");
    } catch (CharacterCodingException e) {
      throw new InputException(file.toString(), "not UTF-8 text; save the query as UTF-8");
    } catch (IOException e) {
      throw new InputException(
          file.toString(), InputException.UNKNOWN, InputException.UNKNOWN, "cannot read: " + e, e);
    }
  }
}
