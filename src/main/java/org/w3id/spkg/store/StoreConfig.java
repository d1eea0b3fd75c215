package org.w3id.spkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFolders;
import org.w3id.spkg.RdfFileReader;

/**
 * The store as {@code fuseki-config/spkg.ttl} describes it — the TDB2 dataset wrapped by its Lucene
 * text index — placed in a folder: the file's relative locations ("data", "data/text-index") are
 * resolved against that folder. The server and every writer open the store through this one
 * description, so the text index stays in step with the data.
 *
 * <pre>{@code
 * StoreConfig config = StoreConfig.bundled().in(Path.of("data"));
 * DatasetGraph dsg = config.assembleDataset();
 * }</pre>
 */
public final class StoreConfig {

  static final String TDB2 = VocabTDB2.getURI();
  static final String TEXT = TextVocab.NS;
  static final String FUSEKI = FusekiVocab.NS;

  private final Path file;
  private final Model model;

  private StoreConfig(Path file, Model model) {
    this.file = file;
    this.model = model;
  }

  /** The configuration in {@code fuseki-config/spkg.ttl} (from disk or the jar). */
  public static StoreConfig bundled() {
    return of(ProjectFolders.locate("fuseki-config").resolve("spkg.ttl"));
  }

  /** The configuration in {@code file}. */
  public static StoreConfig of(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), "no such configuration file; check --config");
    }
    Model model = ModelFactory.createModelForGraph(RdfFileReader.readGraph(file));
    if (!model
        .listSubjectsWithProperty(RDF.type, model.createResource(TDB2 + "DatasetTDB2"))
        .hasNext()) {
      throw new InputException(
          file.toString(), "describes no tdb2:DatasetTDB2; spkg serves a TDB2 store");
    }
    return new StoreConfig(file, model);
  }

  /** The file this configuration comes from. */
  public Path file() {
    return file;
  }

  /** A copy of the configuration with its locations resolved against {@code folder}. */
  public StoreConfig in(Path folder) {
    Model copy = ModelFactory.createDefaultModel().add(model).setNsPrefixes(model.getNsPrefixMap());
    Path base = folder.toAbsolutePath().normalize();
    relocate(copy, copy.createProperty(TDB2 + "location"), base, "data");
    relocate(copy, copy.createProperty(TEXT + "directory"), base, "data");
    // Jena's dataset assemblers share datasets by resource IRI for the life of the JVM: a store
    // closed and opened again would get the closed one back. Blank nodes are never shared.
    for (String type : List.of(TDB2 + "DatasetTDB2", TEXT + "TextDataset")) {
      for (Resource r :
          copy.listSubjectsWithProperty(RDF.type, copy.createResource(type)).toList()) {
        if (r.isURIResource()) {
          ResourceUtils.renameResource(r, null);
        }
      }
    }
    return new StoreConfig(file, copy);
  }

  /** Replaces each relative location: "data" by {@code folder}, "data/x" by {@code folder/x}. */
  private static void relocate(Model m, Property p, Path folder, String root) {
    List<Statement> statements = m.listStatements(null, p, (Resource) null).toList();
    for (Statement s : statements) {
      String value = s.getObject().isLiteral() ? s.getString() : s.getResource().getURI();
      if (value.startsWith("file:")) {
        continue;
      }
      Path rel = Path.of(value);
      if (rel.isAbsolute()) {
        continue;
      }
      boolean underRoot = rel.getName(0).toString().equals(root);
      Path inside = underRoot && rel.getNameCount() > 1 ? rel.subpath(1, rel.getNameCount()) : null;
      Path resolved =
          underRoot ? (inside == null ? folder : folder.resolve(inside)) : folder.resolve(rel);
      m.remove(s);
      m.add(s.getSubject(), p, resolved.normalize().toString());
    }
  }

  /** The configuration as a model (a copy), for Fuseki to build its services from. */
  public Model model() {
    return ModelFactory.createDefaultModel().add(model).setNsPrefixes(model.getNsPrefixMap());
  }

  /** Assembles the dataset the service serves: the text dataset over TDB2. */
  public DatasetGraph assembleDataset() {
    Resource service =
        model
            .listSubjectsWithProperty(RDF.type, model.createResource(FUSEKI + "Service"))
            .nextOptional()
            .orElseThrow(() -> new InputException(file.toString(), "describes no fuseki:Service"));
    Resource dataset = service.getPropertyResourceValue(model.createProperty(FUSEKI + "dataset"));
    if (dataset == null) {
      throw new InputException(file.toString(), "the service has no fuseki:dataset");
    }
    Object built = Assembler.general().open(dataset);
    if (built instanceof org.apache.jena.query.Dataset ds) {
      return ds.asDatasetGraph();
    }
    return (DatasetGraph) built;
  }
}
