package org.w3id.spkg.server.ontology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The ontology as its documentation reads it ({@link OntologyDocumentation}): its header, its
 * namespace, its terms by kind, the concept schemes of the reference vocabularies in file order,
 * and the labels and definitions of each.
 *
 * @param ontology the ontology
 * @param vocabularyOrder the subjects of the reference vocabularies, in file order
 * @param header the {@code owl:Ontology} resource, or null
 * @param namespace the ontology's namespace ({@code vann:preferredNamespaceUri}, else its IRI and
 *     "#"), or "" without a header
 */
record OntologyModel(
    Model ontology, List<Resource> vocabularyOrder, Resource header, String namespace) {

  static final Property VANN_NAMESPACE =
      ModelFactory.createDefaultModel()
          .createProperty("http://purl.org/vocab/vann/preferredNamespaceUri");
  static final Property VANN_PREFIX =
      ModelFactory.createDefaultModel()
          .createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");

  OntologyModel {
    vocabularyOrder = List.copyOf(vocabularyOrder);
  }

  /** The ontology of {@code files}, with the concept schemes of its file {@code vocabularies}. */
  static OntologyModel read(OntologyFiles files, String vocabulariesFile) {
    Model vocabularies = ModelFactory.createDefaultModel();
    List<Resource> order = new ArrayList<>();
    for (Path file : files.referenceFiles()) {
      if (file.getFileName().toString().equals(vocabulariesFile)) {
        vocabularies.add(ModelFactory.createModelForGraph(RdfFileReader.readGraph(file)));
        order.addAll(subjectsInFileOrder(file, vocabularies));
      }
    }
    Model ontology = files.ontology();
    Resource header =
        ontology.listResourcesWithProperty(RDF.type, OWL.Ontology).nextOptional().orElse(null);
    String ns = header == null ? "" : text(header, VANN_NAMESPACE);
    String namespace =
        !ns.isEmpty() ? ns : header != null && header.isURIResource() ? header.getURI() + "#" : "";
    return new OntologyModel(ontology, order, header, namespace);
  }

  /** The terms of our namespace declared with {@code type}, by local name. */
  List<Resource> terms(Resource type) {
    return ontology
        .listResourcesWithProperty(RDF.type, type)
        .filterKeep(this::isOurs)
        .toList()
        .stream()
        .sorted(
            Comparator.comparing(this::anchor, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(this::anchor))
        .toList();
  }

  List<Resource> schemes() {
    return vocabularyOrder.stream()
        .filter(r -> r.hasProperty(RDF.type, SKOS.ConceptScheme) && r.isURIResource())
        .toList();
  }

  boolean isOurs(RDFNode n) {
    return n.isURIResource()
        && !namespace.isEmpty()
        && n.asResource().getURI().startsWith(namespace)
        && n.asResource().getURI().length() > namespace.length();
  }

  boolean isDeclaredHere(Resource r) {
    return isOurs(r) && r.hasProperty(RDF.type, OWL.Class);
  }

  List<Resource> objects(Resource s, Property p) {
    return s
        .listProperties(p)
        .mapWith(Statement::getObject)
        .filterKeep(RDFNode::isResource)
        .mapWith(RDFNode::asResource)
        .toList()
        .stream()
        .sorted(Comparator.comparing(Resource::toString))
        .toList();
  }

  List<Resource> subjects(Property p, Resource o) {
    return ontology.listResourcesWithProperty(p, o).filterKeep(this::isOurs).toList().stream()
        .sorted(Comparator.comparing(this::anchor))
        .toList();
  }

  String anchor(Resource term) {
    return term.getURI().substring(namespace.length());
  }

  static String schemeAnchor(Resource scheme) {
    String iri = scheme.getURI();
    String key = iri.substring(iri.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_-]", "-");
    return "vocabulary-" + key;
  }

  String title() {
    if (header == null) {
      return "Ontology";
    }
    String title = text(header, DCTerms.title);
    return title.isEmpty() ? label(header) : title;
  }

  static String label(Resource r) {
    String label = text(r, SKOS.prefLabel);
    if (label.isEmpty()) {
      label = text(r, RDFS.label);
    }
    if (label.isEmpty() && r.isURIResource()) {
      label = r.getLocalName().isEmpty() ? r.getURI() : r.getLocalName();
    }
    return label;
  }

  static String definition(Resource r) {
    String comment = text(r, RDFS.comment);
    return comment.isEmpty() ? text(r, SKOS.definition) : comment;
  }

  /** The English (or language-less) value of {@code p}, else any; empty when there is none. */
  static String text(Resource r, Property p) {
    List<Literal> values =
        r.listProperties(p)
            .mapWith(Statement::getObject)
            .filterKeep(RDFNode::isLiteral)
            .mapWith(RDFNode::asLiteral)
            .toList();
    return values.stream()
        .filter(
            l ->
                l.getLanguage().isEmpty()
                    || l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en"))
        .findFirst()
        .or(() -> values.stream().findFirst())
        .map(Literal::getLexicalForm)
        .orElse("");
  }

  /** The subjects of {@code file}, as resources of {@code model}, in their first-seen order. */
  private static List<Resource> subjectsInFileOrder(Path file, Model model) {
    Set<Node> seen = new LinkedHashSet<>();
    RDFParser.source(file)
        .parse(
            new StreamRDFBase() {
              @Override
              public void triple(Triple triple) {
                seen.add(triple.getSubject());
              }
            });
    return seen.stream().map(model::wrapAsResource).toList();
  }
}
