package org.w3id.spkg.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * HTML documentation of the ontology, generated from the ontology file in the manner of Widoco or
 * pyLODE: the ontology's metadata, a table of contents, the class hierarchy as nested lists, one
 * section per class, object property and datatype property (its id is the term's local name, so
 * {@code #Nation} finds it), the SKOS concept schemes of {@code reference/vocabularies.ttl}, the
 * axioms restated about reused terms, and the namespaces. Every text from the files is escaped.
 *
 * <p>The page is polyglot XHTML: well-formed XML that browsers read as HTML, with no scripts; the
 * style sheet is inlined. Its templates are the files of the classpath folder {@code
 * org/w3id/spkg/server/ontology-doc/}.
 *
 * <pre>{@code
 * String html = OntologyDocumentation.read(OntologyFiles.locate()).toHtml("ontology/context.jsonld");
 * }</pre>
 */
public final class OntologyDocumentation {

  /** The reference file whose concept schemes the page documents. */
  public static final String VOCABULARIES_FILE = "vocabularies.ttl";

  private static final String FOLDER = "ontology-doc/";
  private static final Property VANN_NAMESPACE =
      ModelFactory.createDefaultModel()
          .createProperty("http://purl.org/vocab/vann/preferredNamespaceUri");
  private static final Property VANN_PREFIX =
      ModelFactory.createDefaultModel()
          .createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");
  private static final Map<Resource, String> CHARACTERISTICS =
      Map.of(
          OWL.FunctionalProperty, "functional",
          OWL.InverseFunctionalProperty, "inverse functional",
          OWL.TransitiveProperty, "transitive",
          OWL.SymmetricProperty, "symmetric");

  private final Model ontology;
  private final List<Resource> vocabularyOrder;
  private final Resource header;
  private final String namespace;
  private final Map<String, String> fragments;
  private final String page;
  private final String css;

  private OntologyDocumentation(Model ontology, List<Resource> order) {
    this.ontology = ontology;
    this.vocabularyOrder = List.copyOf(order);
    this.header =
        ontology.listResourcesWithProperty(RDF.type, OWL.Ontology).nextOptional().orElse(null);
    String ns = header == null ? "" : text(header, VANN_NAMESPACE);
    this.namespace =
        !ns.isEmpty() ? ns : header != null && header.isURIResource() ? header.getURI() + "#" : "";
    this.fragments = fragments(resource("fragments.html"));
    this.page = resource("page.html");
    this.css = resource("ontology-doc.css");
  }

  /**
   * The documentation of the ontology file of {@code files} and of the concept schemes in its
   * {@value #VOCABULARIES_FILE} (none when the folder has no such file).
   */
  public static OntologyDocumentation read(OntologyFiles files) {
    Model vocabularies = ModelFactory.createDefaultModel();
    List<Resource> order = new ArrayList<>();
    for (Path file : files.referenceFiles()) {
      if (file.getFileName().toString().equals(VOCABULARIES_FILE)) {
        vocabularies.add(ModelFactory.createModelForGraph(RdfFileReader.readGraph(file)));
        order.addAll(subjectsInFileOrder(file, vocabularies));
      }
    }
    return new OntologyDocumentation(files.ontology(), order);
  }

  /**
   * The page. {@code contextHref} is the link to the JSON-LD context, relative to the page's URL
   * (the other links are fragments or {@code ?format=} queries, which work from any URL).
   */
  public String toHtml(String contextHref) {
    List<Resource> classes = terms(OWL.Class);
    List<Resource> objectProperties = terms(OWL.ObjectProperty);
    List<Resource> datatypeProperties = terms(OWL.DatatypeProperty);
    List<Resource> schemes = schemes();
    Map<String, String> v = new LinkedHashMap<>();
    v.put("title", html(title()));
    v.put("version", html(header == null ? "" : text(header, OWL.versionInfo)));
    v.put("ontologyIri", html(header != null && header.isURIResource() ? header.getURI() : ""));
    v.put("contextHref", html(contextHref));
    v.put("css", css);
    v.put("metadata", metadata());
    v.put("abstract", paragraph("abstract", header == null ? "" : text(header, RDFS.comment)));
    v.put(
        "description",
        paragraph("description", header == null ? "" : text(header, DCTerms.description)));
    v.put("classCount", Integer.toString(classes.size()));
    v.put("objectPropertyCount", Integer.toString(objectProperties.size()));
    v.put("datatypePropertyCount", Integer.toString(datatypeProperties.size()));
    v.put("schemeCount", Integer.toString(schemes.size()));
    v.put("classToc", toc(classes, this::anchor));
    v.put("objectPropertyToc", toc(objectProperties, this::anchor));
    v.put("datatypePropertyToc", toc(datatypeProperties, this::anchor));
    v.put("schemeToc", toc(schemes, OntologyDocumentation::schemeAnchor));
    v.put("tree", tree(classes));
    v.put("classes", join(classes, this::classSection));
    v.put("objectProperties", join(objectProperties, p -> propertySection(p, "Object property")));
    v.put(
        "datatypeProperties",
        join(datatypeProperties, p -> propertySection(p, "Datatype property")));
    v.put("schemes", join(schemes, this::schemeSection));
    v.put("axioms", axioms());
    v.put("namespaces", namespaces());
    return EditorPage.fill(page, v);
  }

  // --- sections

  private String metadata() {
    if (header == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    meta(out, "IRI", code(header.isURIResource() ? header.getURI() : ""));
    header
        .listProperties(OWL.versionIRI)
        .forEach(s -> meta(out, "Version IRI", node(s.getObject())));
    meta(out, "Version", html(text(header, OWL.versionInfo)));
    meta(out, "Licence", values(header, DCTerms.license));
    meta(out, "Creator", values(header, DCTerms.creator));
    meta(out, "Created", values(header, DCTerms.created));
    meta(out, "Modified", values(header, DCTerms.modified));
    meta(out, "Preferred prefix", code(text(header, VANN_PREFIX)));
    meta(out, "Namespace", code(namespace));
    return out.toString();
  }

  private void meta(StringBuilder out, String name, String value) {
    if (!value.isEmpty() && !value.equals(code(""))) {
      out.append(fill("meta", Map.of("name", html(name), "value", value)));
    }
  }

  private String classSection(Resource c) {
    StringBuilder facts = new StringBuilder();
    List<Resource> supers = objects(c, RDFS.subClassOf);
    fact(facts, "Super-classes", links(supers.stream().filter(this::isOurs).toList()));
    fact(facts, "Sub-classes", links(subjects(RDFS.subClassOf, c)));
    fact(facts, "In the domain of", links(subjects(RDFS.domain, c)));
    fact(facts, "In the range of", links(subjects(RDFS.range, c)));
    fact(
        facts,
        "Alignments",
        alignments(
            c, List.of(RDFS.subClassOf, OWL.equivalentClass, SKOS.exactMatch, SKOS.closeMatch)));
    return term(c, "Class", "class", facts);
  }

  private String propertySection(Resource p, String kind) {
    StringBuilder facts = new StringBuilder();
    String characteristics =
        CHARACTERISTICS.entrySet().stream()
            .filter(e -> p.hasProperty(RDF.type, e.getKey()))
            .map(Map.Entry::getValue)
            .sorted()
            .collect(Collectors.joining(", "));
    fact(facts, "Characteristics", html(characteristics));
    fact(facts, "Domain", links(objects(p, RDFS.domain)));
    fact(facts, "Range", links(objects(p, RDFS.range)));
    fact(
        facts,
        "Super-properties",
        links(objects(p, RDFS.subPropertyOf).stream().filter(this::isOurs).toList()));
    fact(facts, "Sub-properties", links(subjects(RDFS.subPropertyOf, p)));
    fact(facts, "Inverse of", links(objects(p, OWL.inverseOf)));
    fact(
        facts,
        "Alignments",
        alignments(p, List.of(RDFS.subPropertyOf, OWL.equivalentProperty, SKOS.exactMatch)));
    String kindClass = kind.toLowerCase(Locale.ROOT).replace(' ', '-');
    return term(p, kind, kindClass, facts);
  }

  private String term(Resource t, String kind, String kindClass, StringBuilder facts) {
    return fill(
        "term",
        Map.of(
            "anchor", html(anchor(t)),
            "label", html(label(t)),
            "kind", html(kind),
            "kindClass", html(kindClass),
            "iri", html(t.getURI()),
            "definition", html(definition(t)),
            "facts", facts.toString()));
  }

  private void fact(StringBuilder out, String name, String value) {
    if (!value.isEmpty()) {
      out.append(fill("fact", Map.of("name", html(name), "value", value)));
    }
  }

  /** The links to other vocabularies' terms, each with the relation that states it. */
  private String alignments(Resource t, List<Property> relations) {
    StringBuilder items = new StringBuilder();
    for (Property relation : relations) {
      for (Resource o : objects(t, relation)) {
        if (!isOurs(o) && o.isURIResource()) {
          items.append(
              fill(
                  "alignment",
                  Map.of("relation", html(curie(relation.getURI())), "value", node(o))));
        }
      }
    }
    return items.isEmpty() ? "" : fill("list", Map.of("items", items.toString()));
  }

  private String tree(List<Resource> classes) {
    List<Resource> roots =
        classes.stream()
            .filter(c -> objects(c, RDFS.subClassOf).stream().noneMatch(this::isDeclaredHere))
            .toList();
    return treeLevel(roots, new HashSet<>());
  }

  private String treeLevel(List<Resource> level, Set<Resource> path) {
    StringBuilder nodes = new StringBuilder();
    for (Resource c : level) {
      if (!path.add(c)) {
        continue; // a cycle in rdfs:subClassOf: each class once on a path
      }
      StringBuilder tags = new StringBuilder();
      objects(c, RDFS.subClassOf).stream()
          .filter(s -> !isOurs(s) && s.isURIResource())
          .forEach(s -> tags.append(fill("tag", Map.of("text", html(curie(s.getURI()))))));
      List<Resource> children = subjects(RDFS.subClassOf, c);
      nodes.append(
          fill(
              "tree-node",
              Map.of(
                  "anchor", html(anchor(c)),
                  "label", html(label(c)),
                  "tags", tags.toString(),
                  "children", children.isEmpty() ? "" : treeLevel(children, path))));
      path.remove(c);
    }
    return fill("tree", Map.of("nodes", nodes.toString()));
  }

  private String schemeSection(Resource scheme) {
    StringBuilder concepts = new StringBuilder();
    for (Resource concept : vocabularyOrder) {
      if (concept.hasProperty(SKOS.inScheme, scheme) && concept.isURIResource()) {
        concepts.append(
            fill(
                "concept",
                Map.of(
                    "iri", html(concept.getURI()),
                    "label", html(label(concept)),
                    "notation", html(text(concept, SKOS.notation)),
                    "definition", html(definition(concept)))));
      }
    }
    return fill(
        "scheme",
        Map.of(
            "anchor", html(schemeAnchor(scheme)),
            "label", html(label(scheme)),
            "iri", html(scheme.getURI()),
            "definition", html(definition(scheme)),
            "concepts", concepts.toString()));
  }

  private String axioms() {
    StringBuilder out = new StringBuilder();
    ontology
        .listStatements()
        .filterDrop(s -> isOurs(s.getSubject()) || s.getSubject().equals(header))
        .toList()
        .stream()
        .sorted(
            Comparator.comparing((Statement s) -> curie(s.getSubject().toString()))
                .thenComparing(s -> s.getObject().toString()))
        .forEach(
            s ->
                out.append(
                    fill(
                        "axiom",
                        Map.of(
                            "subject", node(s.getSubject()),
                            "predicate", node(s.getPredicate()),
                            "object", node(s.getObject())))));
    return out.toString();
  }

  private String namespaces() {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(ontology.getNsPrefixMap())
        .forEach(
            (prefix, ns) ->
                out.append(
                    fill("namespace", Map.of("prefix", html(prefix), "namespace", html(ns)))));
    return out.toString();
  }

  private String toc(List<Resource> items, Function<Resource, String> anchorOf) {
    return join(
        items,
        r -> fill("toc-entry", Map.of("anchor", html(anchorOf.apply(r)), "text", html(label(r)))));
  }

  // --- the model

  /** The terms of our namespace declared with {@code type}, by local name. */
  private List<Resource> terms(Resource type) {
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

  private List<Resource> schemes() {
    return vocabularyOrder.stream()
        .filter(r -> r.hasProperty(RDF.type, SKOS.ConceptScheme) && r.isURIResource())
        .toList();
  }

  private boolean isOurs(RDFNode n) {
    return n.isURIResource()
        && !namespace.isEmpty()
        && n.asResource().getURI().startsWith(namespace)
        && n.asResource().getURI().length() > namespace.length();
  }

  private boolean isDeclaredHere(Resource r) {
    return isOurs(r) && r.hasProperty(RDF.type, OWL.Class);
  }

  private List<Resource> objects(Resource s, Property p) {
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

  private List<Resource> subjects(Property p, Resource o) {
    return ontology.listResourcesWithProperty(p, o).filterKeep(this::isOurs).toList().stream()
        .sorted(Comparator.comparing(this::anchor))
        .toList();
  }

  private String anchor(Resource term) {
    return term.getURI().substring(namespace.length());
  }

  private static String schemeAnchor(Resource scheme) {
    String iri = scheme.getURI();
    String key = iri.substring(iri.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_-]", "-");
    return "vocabulary-" + key;
  }

  private String title() {
    if (header == null) {
      return "Ontology";
    }
    String title = text(header, DCTerms.title);
    return title.isEmpty() ? label(header) : title;
  }

  private static String label(Resource r) {
    String label = text(r, SKOS.prefLabel);
    if (label.isEmpty()) {
      label = text(r, RDFS.label);
    }
    if (label.isEmpty() && r.isURIResource()) {
      label = r.getLocalName().isEmpty() ? r.getURI() : r.getLocalName();
    }
    return label;
  }

  private static String definition(Resource r) {
    String comment = text(r, RDFS.comment);
    return comment.isEmpty() ? text(r, SKOS.definition) : comment;
  }

  /** The English (or language-less) value of {@code p}, else any; empty when there is none. */
  private static String text(Resource r, Property p) {
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

  // --- HTML

  private String values(Resource s, Property p) {
    return s.listProperties(p).mapWith(st -> node(st.getObject())).toList().stream()
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private String links(List<Resource> resources) {
    if (resources.isEmpty()) {
      return "";
    }
    String items =
        resources.stream()
            .map(r -> fill("item", Map.of("value", node(r))))
            .collect(Collectors.joining());
    return fill("list", Map.of("items", items));
  }

  /** A term of ours as an internal link, another IRI as an external link, a literal as text. */
  private String node(RDFNode n) {
    if (n.isLiteral()) {
      return fill("text", Map.of("text", html(n.asLiteral().getLexicalForm())));
    }
    if (n.isAnon()) {
      return fill("text", Map.of("text", html("(an anonymous class expression)")));
    }
    Resource r = n.asResource();
    if (isDeclaredHere(r) || isOurs(r) && !r.listProperties(RDF.type).toList().isEmpty()) {
      return fill(
          "internal-link",
          Map.of(
              "anchor", html(anchor(r)), "title", html(label(r)), "text", html(curie(r.getURI()))));
    }
    return fill("external-link", Map.of("href", html(r.getURI()), "text", html(curie(r.getURI()))));
  }

  private String curie(String iri) {
    String qname = ontology.qnameFor(iri);
    return qname == null ? iri : qname;
  }

  private String code(String text) {
    return fill("code", Map.of("text", html(text)));
  }

  private String paragraph(String cssClass, String text) {
    return text.isEmpty() ? "" : fill("paragraph", Map.of("class", cssClass, "text", html(text)));
  }

  private static String join(List<Resource> items, Function<Resource, String> render) {
    return items.stream().map(render).collect(Collectors.joining());
  }

  private String fill(String fragment, Map<String, String> values) {
    String template = fragments.get(fragment);
    if (template == null) {
      throw new IllegalStateException(
          "No fragment '" + fragment + "' in " + FOLDER + "fragments.html");
    }
    return HtmlTemplates.fill(template, values);
  }

  private static String html(String text) {
    return HtmlTemplates.html(text);
  }

  private static Map<String, String> fragments(String file) {
    return HtmlTemplates.fragments(file);
  }

  private static String resource(String name) {
    return HtmlTemplates.resource(OntologyDocumentation.class, FOLDER + name);
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
