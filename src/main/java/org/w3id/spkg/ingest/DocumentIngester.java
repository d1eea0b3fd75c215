package org.w3id.spkg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  private final EntityIndex referenceIndex;
  private final Relevance relevance;

  private DocumentIngester(
      Graph ontology,
      Graph reference,
      EntityIndex index,
      EntityIndex referenceIndex,
      Relevance relevance) {
    this.ontology = ontology;
    this.reference = reference;
    this.index = index;
    this.referenceIndex = referenceIndex;
    this.relevance = relevance;
  }

  /** An ingester that links mentions to the reference data of {@code files}. */
  public static DocumentIngester create(OntologyFiles files) {
    Graph ontology = files.ontology().getGraph();
    Graph reference = files.reference().getGraph();
    EntityIndex referenceIndex = EntityIndex.of(ontology, reference);
    return new DocumentIngester(
        ontology,
        reference,
        referenceIndex,
        referenceIndex,
        new Relevance(SpaceCues.load(files.spaceTermsFile(), reference)));
  }

  /**
   * The same ingester, also knowing the entities that other documents defined (their types, labels
   * and acronyms in {@code known}), so the same name gets the same IRI across documents.
   */
  public DocumentIngester withKnownEntities(Graph known) {
    EntityIndex withKnown = EntityIndex.of(ontology, reference);
    withKnown.put("known", Objects.requireNonNull(known, "known"));
    return new DocumentIngester(ontology, reference, withKnown, referenceIndex, relevance);
  }

  /**
   * The same ingester, knowing what {@code index} knows as it is when each document is extracted:
   * the way to ingest many documents, the index holding what each of the others defines on its own
   * (see {@link EntityIndex}).
   */
  public DocumentIngester withEntities(EntityIndex index) {
    return new DocumentIngester(
        ontology, reference, Objects.requireNonNull(index, "index"), referenceIndex, relevance);
  }

  /**
   * The key of the document in {@code file} when no other source holds it: the file name without
   * its extension, as a slug. The document's IRI and named graph derive from its key.
   */
  public static String keyOf(Path file) {
    return SourceDocument.keyOf(file);
  }

  /**
   * Extracts one document under the key its file name gives (see {@link DocumentKeys} for keys that
   * stay unique across sources).
   *
   * @throws InputException if the file cannot be used: missing, empty, binary, not UTF-8, over 16
   *     MiB, front matter that is not YAML, a date that is not a date
   */
  public ExtractedDocument extract(Path file, IngestOptions options) {
    SourceDocument doc = SourceDocument.read(file, file.toAbsolutePath().getParent());
    return extract(doc, doc.baseKey(), options);
  }

  /**
   * What the relevance gate decides for a document, without extracting it: the document as a whole
   * ({@code space}, {@code mixed} or {@code none}) and each section.
   */
  public DocumentRelevance relevance(SourceDocument file) {
    ParsedDocument doc =
        FactSheetReader.read(file.text(), file.frontMatter(), file.baseKey(), Optional.empty());
    Relevance.Result r = relevance.decide(doc);
    List<DocumentRelevance.SectionRelevance> sections = new ArrayList<>();
    for (ParsedDocument.Section s : doc.sections()) {
      Relevance.Decision d = r.sections().get(s.index());
      sections.add(
          new DocumentRelevance.SectionRelevance(
              s.heading().text(), d.space(), d.score(), d.cues()));
    }
    return new DocumentRelevance(
        r.label().key(), r.document().score(), r.document().cues(), sections);
  }

  /**
   * Extracts one document read with {@link SourceDocument#read}, under {@code key}.
   *
   * @throws InputException if the document cannot be used (a date that is not a date)
   */
  public ExtractedDocument extract(SourceDocument file, String key, IngestOptions options) {
    SourceText source = file.text();
    ParsedDocument doc =
        FactSheetReader.read(source, file.frontMatter(), key, options.date())
            .withSourceIdentifier(file.sourceIdentifier());
    KnownEntities entities = new KnownEntities(index, referenceIndex);
    Graph graph = GraphFactory.createDefaultGraph();
    Extraction x =
        new Extraction(
            doc, new FactWriter(doc, graph), entities, relevance.decide(doc), options.topic());
    new DocumentExtractor(x).run();

    List<String> warnings = new ArrayList<>(doc.warnings());
    warnings.addAll(x.warnings);
    // An off-topic document names nothing by design: no warning for it.
    if (x.relevance.readsAny(options.topic()) && x.mentioned.isEmpty()) {
      warnings.add(
          file.file() + ": no recognisable entity; only the document's structure was ingested");
    }
    ExtractionStats stats =
        new ExtractionStats(
            graph.size(),
            x.mentioned.size(),
            x.out.factCount(),
            x.initiatives.size(),
            x.directives,
            x.relevance.label().key());
    return new ExtractedDocument(
        key,
        EntityIris.document(key),
        NamedGraphs.document(key),
        file.file(),
        source.sha256(),
        graph,
        warnings,
        stats,
        x.readSentences);
  }
}
