package org.w3id.spkg.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * Validates RDF against the spkg shapes ({@code ontology/shapes.ttl}) with Jena SHACL.
 *
 * <p>The data graph is the data given plus, by default, the ontology and the reference data as
 * background: {@code sh:class} then sees {@code rdfs:subClassOf}, and links to nations and agencies
 * find their types.
 *
 * <pre>{@code
 * ShapesValidator validator = ShapesValidator.withBackground(OntologyFiles.locate());
 * ValidationOutcome outcome = validator.validate(dataGraph);
 * }</pre>
 */
public final class ShapesValidator {

  private static final Node SH_PROPERTY =
      NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

  private final Graph shapesGraph;
  private final Shapes shapes;
  private final Graph background;
  private final PrefixMapping prefixes;

  private ShapesValidator(Graph shapesGraph, Graph background, PrefixMapping prefixes) {
    this.shapesGraph = shapesGraph;
    this.shapes = Shapes.parse(shapesGraph);
    this.background = background;
    this.prefixes = prefixes;
  }

  /** Shapes from {@code files}, with the ontology and reference data as background. */
  public static ShapesValidator withBackground(OntologyFiles files) {
    return withBackground(files, files.shapesFile());
  }

  /** Shapes from {@code shapesFile}, with the ontology and reference data of {@code files}. */
  public static ShapesValidator withBackground(OntologyFiles files, java.nio.file.Path shapesFile) {
    Graph background = GraphFactory.createDefaultGraph();
    RdfFileReader.readInto(files.ontologyFile(), background);
    files.referenceFiles().forEach(f -> RdfFileReader.readInto(f, background));
    Graph shapesGraph = RdfFileReader.readGraph(shapesFile);
    return new ShapesValidator(shapesGraph, background, prefixes(background, shapesGraph));
  }

  /** Shapes from {@code shapesFile}, validating the data alone. */
  public static ShapesValidator standalone(java.nio.file.Path shapesFile) {
    Graph shapesGraph = RdfFileReader.readGraph(shapesFile);
    Graph empty = GraphFactory.createDefaultGraph();
    return new ShapesValidator(shapesGraph, empty, prefixes(empty, shapesGraph));
  }

  /** Validates {@code data} (plus the background). The data graph is not changed. */
  public ValidationOutcome validate(Graph data) {
    Graph union = GraphFactory.createDefaultGraph();
    background.find().forEachRemaining(union::add);
    data.find().forEachRemaining(union::add);
    ValidationReport report = ShaclValidator.get().validate(shapes, union);
    PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(prefixes);
    pm.setNsPrefixes(data.getPrefixMapping());
    List<Violation> results =
        report.getEntries().stream()
            .map(entry -> toViolation(entry, union, pm))
            .sorted(
                Comparator.comparing((Violation v) -> !v.isViolation())
                    .thenComparing(Violation::focus)
                    .thenComparing(Violation::path)
                    .thenComparing(Violation::message))
            .toList();
    report.getModel().setNsPrefixes(pm);
    return new ValidationOutcome(report.conforms(), results, report.getModel());
  }

  private Violation toViolation(ReportEntry entry, Graph data, PrefixMapping pm) {
    Path path = entry.resultPath();
    Node value = entry.value();
    return new Violation(
        entry.severity().level().getLocalName(),
        FmtUtils.stringForNode(entry.focusNode(), pm),
        labelOf(entry.focusNode(), data).orElse(""),
        path == null ? "" : path.toString(new Prologue(pm)),
        entry.message() == null ? "" : entry.message(),
        value == null ? "" : FmtUtils.stringForNode(value, pm),
        FmtUtils.stringForNode(nodeShapeOf(entry.source()), pm));
  }

  /** A property shape is usually a blank node: name the node shape that holds it instead. */
  private Node nodeShapeOf(Node source) {
    if (source == null || !source.isBlank()) {
      return source == null ? NodeFactory.createLiteralString("") : source;
    }
    return shapesGraph
        .find(Node.ANY, SH_PROPERTY, source)
        .nextOptional()
        .map(Triple::getSubject)
        .orElse(source);
  }

  private static Optional<String> labelOf(Node node, Graph data) {
    for (Node property :
        List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode())) {
      Optional<String> label =
          data.find(node, property, Node.ANY).toList().stream()
              .map(Triple::getObject)
              .filter(Node::isLiteral)
              .sorted(Comparator.comparing((Node n) -> !"en".equals(n.getLiteralLanguage())))
              .map(Node::getLiteralLexicalForm)
              .findFirst();
      if (label.isPresent()) {
        return label;
      }
    }
    return Optional.empty();
  }

  private static PrefixMapping prefixes(Graph background, Graph shapesGraph) {
    PrefixMapping pm = PrefixMapping.Factory.create();
    pm.setNsPrefixes(shapesGraph.getPrefixMapping());
    pm.setNsPrefixes(background.getPrefixMapping());
    return pm;
  }
}
