package org.w3id.spkg.eval;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

/**
 * The values the closed fields of a gold file may take: the ontology's classes, the notations of
 * the role, commitment-kind, date-precision and date-qualifier vocabularies, the quantity classes,
 * dates as ISO 8601 and values as numbers.
 */
public final class GoldVocabulary {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final Map<String, Set<String>> closed;

  private GoldVocabulary(Map<String, Set<String>> closed) {
    this.closed = closed;
  }

  /** The vocabulary of the ontology and reference data in {@code files}. */
  public static GoldVocabulary of(OntologyFiles files) {
    Graph ontology = files.ontology().getGraph();
    Graph reference = files.reference().getGraph();
    Set<String> classes = new TreeSet<>();
    ontology
        .find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode())
        .forEachRemaining(
            t -> {
              if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SPKG.NS)) {
                classes.add(t.getSubject().getURI().substring(SPKG.NS.length()));
              }
            });
    return new GoldVocabulary(
        Map.of(
            "entities.kind", classes,
            "participations.role", notations(reference, "role"),
            "commitments.kind", notations(reference, "commitment-kind"),
            "dates.precision", notations(reference, "date-precision"),
            "dates.qualifier", notations(reference, "date-qualifier"),
            "quantities.kind", Set.of("Count", "MonetaryAmount", "Percentage"),
            "relevance", Set.of("space", "mixed", "none")));
  }

  private static Set<String> notations(Graph reference, String scheme) {
    String prefix = EntityIris.NS + scheme + "/";
    Set<String> values = new TreeSet<>();
    reference
        .find(Node.ANY, SKOS.notation.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) {
                values.add(t.getObject().getLiteralLexicalForm());
              }
            });
    return values;
  }

  /**
   * Checks {@code value} of {@code field} ({@code kind.field}); an error names the file and line.
   */
  void check(Path file, org.snakeyaml.engine.v2.nodes.Node node, String field, String value) {
    Set<String> allowed = closed.get(field);
    if (allowed != null && !allowed.contains(value)) {
      throw YamlPlaces.error(
          file, node, field + " is '" + value + "', which is not one of " + allowed);
    }
    if (field.equals("dates.date") && !ISO_DATE.matcher(value).matches()) {
      throw YamlPlaces.error(
          file, node, "a date is written 2029, 2024-06 or 2024-06-17, not '" + value + "'");
    }
    if (field.equals("quantities.value") && !NUMBER.matcher(value.replace(",", "")).matches()) {
      throw YamlPlaces.error(file, node, "a value is a number, not '" + value + "'");
    }
  }
}
