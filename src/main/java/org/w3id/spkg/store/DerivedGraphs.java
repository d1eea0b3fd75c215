package org.w3id.spkg.store;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * What the shared {@code inferred} and {@code meta} graphs of a local store hold, as graphs that
 * each belong to one writer, for a store written one graph at a time ({@code spkg ingest --to}):
 * there, workers write documents in parallel and none may replace a graph that another's documents
 * add to. A document's derived graph ({@link NamedGraphs#derived}) holds its ingest activity (what
 * {@link SpkgStore#replaceDocuments} writes to {@code meta}) and the RDFS entailments of its
 * triples (what {@link Entailments} writes to {@code inferred}); {@link #reference()} holds those
 * of the ontology and reference data. The union of the graphs is the union a local store has: the
 * entailments a graph of the local store does not state, plus some it does (a set, so the same).
 *
 * <pre>{@code
 * DerivedGraphs derived = DerivedGraphs.of(OntologyFiles.locate());
 * Graph companion = derived.document(doc, started, Instant.now());
 * }</pre>
 */
public final class DerivedGraphs {

  private final Graph ontology;
  private final Graph reference;
  private final Map<Node, Set<Node>> superClasses;
  private final Map<Node, Set<Node>> superProperties;
  private final String softwareVersion;

  private DerivedGraphs(Graph ontology, Graph reference) {
    this.ontology = ontology;
    this.reference = reference;
    this.superClasses = Entailments.closure(ontology, RDFS.subClassOf.asNode());
    this.superProperties = Entailments.closure(ontology, RDFS.subPropertyOf.asNode());
    this.softwareVersion = SoftwareVersion.current();
  }

  /** The derived graphs under the axioms of {@code files}. */
  public static DerivedGraphs of(OntologyFiles files) {
    return new DerivedGraphs(files.ontology().getGraph(), files.reference().getGraph());
  }

  /**
   * The derived graph of {@code doc}: its ingest activity, as {@link SpkgStore#replaceDocument}
   * records it in {@code meta}, and what the document's triples and that activity entail and
   * neither they, the ontology nor the reference data state.
   *
   * @param started when the ingest of the document started (before extraction)
   * @param ended when it ended (its graph written)
   */
  public Graph document(DocumentGraph doc, Instant started, Instant ended) {
    Graph stated = GraphFactory.createDefaultGraph();
    GraphUtil.addInto(stated, doc.graph());
    IngestActivity.of(doc, softwareVersion, started, ended).triples().forEach(stated::add);
    Graph derived = entailments(stated);
    IngestActivity.of(doc, softwareVersion, started, ended).triples().forEach(derived::add);
    return derived;
  }

  /**
   * What the ontology and reference data entail and do not state (for {@link
   * NamedGraphs#DERIVED_REFERENCE}).
   */
  public Graph reference() {
    Graph stated = GraphFactory.createDefaultGraph();
    GraphUtil.addInto(stated, ontology);
    GraphUtil.addInto(stated, reference);
    return entailments(stated);
  }

  private Graph entailments(Graph stated) {
    Graph out = GraphFactory.createDefaultGraph();
    stated
        .find()
        .forEachRemaining(
            t -> {
              for (Triple e : Entailments.entailed(t, superClasses, superProperties)) {
                if (!stated.contains(e) && !ontology.contains(e) && !reference.contains(e)) {
                  out.add(e);
                }
              }
            });
    return out;
  }
}
