package org.w3id.spkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.spkg.ProjectFiles;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.validate.ShapesValidator;
import org.w3id.spkg.validate.ValidationOutcome;
import org.w3id.spkg.validate.Violation;
import org.w3id.spkg.vocab.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spkg validate PATH...}: checks RDF files against the spkg shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate RDF files (any syntax Jena reads, by extension) against the SHACL shapes"
          + " in ontology/shapes.ttl.",
      "The files are validated together, with the ontology and the reference data as"
          + " background (so sh:class sees subclasses and links to nations resolve);"
          + " --standalone validates the files alone. A folder stands for the RDF files below it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the data conforms",
      "1:the data does not conform (the results are printed)",
      "2:wrong command line",
      "3:a file cannot be read or parsed, or names a remote JSON-LD @context"
    })
final class ValidateCommand implements Callable<Integer> {

  /** Output formats of the report. */
  enum Format {
    text,
    turtle
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "RDF files or folders.")
  List<Path> paths;

  @Option(
      names = "--shapes",
      paramLabel = "FILE",
      description = "Shapes to validate against (default: the bundled ontology/shapes.ttl).")
  Path shapesFile;

  @Option(
      names = "--standalone",
      description = "Validate the files alone, without the ontology and reference data.")
  boolean standalone;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--allow-remote-context",
      description =
          "Fetch the JSON-LD @context a file names by URL (http:, https: or file:). Without it,"
              + " such a file is refused (exit code 3) and nothing is fetched.")
  boolean allowRemoteContext;

  @Override
  public Integer call() {
    List<Path> files = ProjectFiles.expand(paths, RdfFileReader::isRdfFile, "RDF files");
    Graph data = GraphFactory.createDefaultGraph();
    files.forEach(file -> RdfFileReader.readInto(file, data, allowRemoteContext));

    OntologyFiles ontology = OntologyFiles.locate();
    Path shapes = shapesFile != null ? shapesFile : ontology.shapesFile();
    ShapesValidator validator =
        standalone
            ? ShapesValidator.standalone(shapes)
            : ShapesValidator.withBackground(ontology, shapes);
    ValidationOutcome outcome = validator.validate(data);

    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.turtle) {
      out.print(RDFWriter.source(outcome.report()).lang(Lang.TURTLE).asString());
    } else {
      printText(out, outcome, files.size());
    }
    out.flush();
    return outcome.conforms() ? 0 : 1;
  }

  private static void printText(PrintWriter out, ValidationOutcome outcome, int fileCount) {
    for (Violation v : outcome.results()) {
      String label = v.focusLabel().isEmpty() ? "" : " (\"" + v.focusLabel() + "\")";
      out.println(v.severity() + ": " + v.focus() + label);
      if (!v.path().isEmpty()) {
        out.println("  path:    " + v.path());
      }
      out.println("  message: " + v.message());
      if (!v.value().isEmpty()) {
        out.println("  value:   " + v.value());
      }
      out.println("  shape:   " + v.shape());
    }
    String files = fileCount == 1 ? "1 file" : fileCount + " files";
    if (outcome.conforms()) {
      out.println(files + ": conforms");
    } else {
      out.println(
          files
              + ": does not conform: "
              + outcome.violationCount()
              + " violation(s), "
              + outcome.otherCount()
              + " warning(s) or info(s)");
    }
  }
}
