package org.w3id.spkg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.spkg.InputException;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * Reads a policy document (Markdown, with or without YAML front matter) and extracts its facts as
 * RDF under the spkg ontology, each tied to the passage it came from. Touches no store: the result
 * is a graph for the document's named graph.
 *
 * <pre>{@code
 * DocumentIngester ingester = DocumentIngester.create(OntologyFiles.locate());
 * ExtractedDocument doc = ingester.extract(Path.of("corpus/fact-sheet.md"), IngestOptions.defaults());
 * }</pre>
 */
public final class DocumentIngester {

  private final Graph ontology;
  private final Graph reference;
  private final EntityIndex index;

  private DocumentIngester(Graph ontology, Graph reference, EntityIndex index) {
    this.ontology = ontology;
    this.reference = reference;
    this.index = index;
  }

  /** An ingester that links mentions to the reference data of {@code files}. */
  public static DocumentIngester create(OntologyFiles files) {
    Graph ontology = files.ontology().getGraph();
    Graph reference = files.reference().getGraph();
    return new DocumentIngester(ontology, reference, EntityIndex.of(ontology, reference));
  }

  /**
   * The same ingester, also knowing the entities that other documents defined (their types, labels
   * and acronyms in {@code known}), so the same name gets the same IRI across documents.
   */
  public DocumentIngester withKnownEntities(Graph known) {
    EntityIndex withKnown = EntityIndex.of(ontology, reference);
    withKnown.put("known", Objects.requireNonNull(known, "known"));
    return new DocumentIngester(ontology, reference, withKnown);
  }

  /**
   * The same ingester, knowing what {@code index} knows as it is when each document is extracted:
   * the way to ingest many documents, each adding its entities to the index after it.
   */
  public DocumentIngester withEntities(EntityIndex index) {
    return new DocumentIngester(ontology, reference, Objects.requireNonNull(index, "index"));
  }

  /**
   * The key of the document in {@code file}: the file name without its extension, as a slug. The
   * document's IRI and named graph derive from it.
   */
  public static String keyOf(Path file) {
    String name = file.getFileName().toString();
    return EntityIris.slug(name.replaceFirst("(?i)\\.(md|markdown)$", ""));
  }

  /**
   * Extracts one document.
   *
   * @throws InputException if the file cannot be used: missing, empty, binary, not UTF-8, over 16
   *     MiB, front matter that is not YAML, a date that is not a date
   */
  public ExtractedDocument extract(Path file, IngestOptions options) {
    SourceText source = SourceText.read(file);
    String key = keyOf(file);
    ParsedDocument doc = FactSheetReader.read(source, key, options.date());
    KnownEntities entities = new KnownEntities(index);
    Graph graph = GraphFactory.createDefaultGraph();
    Extraction x = new Extraction(doc, new FactWriter(doc, graph), entities);
    new DocumentExtractor(x).run();

    List<String> warnings = new ArrayList<>(doc.warnings());
    if (x.mentioned.isEmpty()) {
      warnings.add(file + ": no recognisable entity; only the document's structure was ingested");
    }
    ExtractionStats stats =
        new ExtractionStats(
            graph.size(),
            x.mentioned.size(),
            x.out.factCount(),
            x.initiatives.size(),
            x.directives);
    return new ExtractedDocument(
        key,
        EntityIris.document(key),
        NamedGraphs.document(key),
        file,
        source.sha256(),
        graph,
        warnings,
        stats);
  }
}
