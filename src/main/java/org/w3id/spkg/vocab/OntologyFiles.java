package org.w3id.spkg.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.spkg.ProjectFiles;
import org.w3id.spkg.ProjectFolders;
import org.w3id.spkg.RdfFileReader;

/**
 * The ontology folder: the ontology ({@code spkg.ttl}), the SHACL shapes ({@code shapes.ttl}) and
 * the reference data ({@code reference/*.ttl}), read from disk or from the jar (see {@link
 * ProjectFolders}).
 *
 * <pre>{@code
 * OntologyFiles files = OntologyFiles.locate();
 * Model ontology = files.ontology();
 * Graph shapes = files.shapesGraph();
 * }</pre>
 */
public final class OntologyFiles {

  private final Path dir;

  private OntologyFiles(Path dir) {
    this.dir = dir;
  }

  /** The ontology folder as {@link ProjectFolders#locate} finds it. */
  public static OntologyFiles locate() {
    return new OntologyFiles(ProjectFolders.locate("ontology"));
  }

  /** The ontology folder at {@code dir} (a checkout's {@code ontology/}). */
  public static OntologyFiles at(Path dir) {
    return new OntologyFiles(dir);
  }

  /** The folder the files are read from. */
  public Path folder() {
    return dir;
  }

  public Path ontologyFile() {
    return dir.resolve("spkg.ttl");
  }

  public Path shapesFile() {
    return dir.resolve("shapes.ttl");
  }

  /** The cues of the relevance gate, {@code reference/space-terms.tsv}. */
  public Path spaceTermsFile() {
    return dir.resolve("reference").resolve("space-terms.tsv");
  }

  /** The reference data files, {@code reference/*.ttl}, sorted by name. */
  public List<Path> referenceFiles() {
    Path refDir = dir.resolve("reference");
    try (Stream<Path> files = Files.list(refDir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".ttl"))
          .sorted(ProjectFiles.BY_NAME)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the reference data in " + refDir, e);
    }
  }

  /** The ontology as a new model. */
  public Model ontology() {
    return ModelFactory.createModelForGraph(RdfFileReader.readGraph(ontologyFile()));
  }

  /** The shapes graph. */
  public Graph shapesGraph() {
    return RdfFileReader.readGraph(shapesFile());
  }

  /** All reference data files in one new model. */
  public Model reference() {
    Graph graph = GraphFactory.createDefaultGraph();
    referenceFiles().forEach(file -> RdfFileReader.readInto(file, graph));
    return ModelFactory.createModelForGraph(graph);
  }
}
