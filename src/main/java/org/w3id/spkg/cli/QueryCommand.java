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
import org.w3id.spkg.store.SpkgStore;
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
          + " Turtle."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the query ran (whether or not it found anything)",
      "2:wrong command line",
      "3:the query does not parse (spkg: SOURCE:LINE:COL: ...), there is no store, or it is in use"
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
    try (SpkgStore opened = SpkgStore.openExisting(folder);
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
