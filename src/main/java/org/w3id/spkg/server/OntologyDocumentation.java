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
  private final HtmlTemplates templates;

  private OntologyDocumentation(Model ontology, List<Resource> order) {
    this.ontology = ontology;
    this.vocabularyOrder = List.copyOf(order);
    this.header =
        ontology.listResourcesWithProperty(RDF.type, OWL.Ontology).nextOptional().orElse(null);
    String ns = header == null ? "" : text(header, VANN_NAMESPACE);
    this.namespace =
        !ns.isEmpty() ? ns : header != null && header.isURIResource() ? header.getURI() + "#" : "";
    this.templates =
        HtmlTemplates.of(
            OntologyDocumentation.class, FOLDER, "page.html", "fragments.html", "ontology-doc.css");
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
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", title());
    v.put("version", header == null ? "" : text(header, OWL.versionInfo));
    v.put("ontologyIri", header != null && header.isURIResource() ? header.getURI() : "");
    v.put("contextHref", contextHref);
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
    return HtmlTemplates.page(
            HtmlTemplates.values(
                "title",
                title(),
                "head",
                fill("head", Map.of("css", templates.render("ontology-doc.css"))),
                "body",
                fill("body", v)))
        .text();
  }

  // --- sections

  private Html metadata() {
    if (header == null) {
      return Html.EMPTY;
    }
    List<Html> out = new ArrayList<>();
    meta(out, "IRI", code(header.isURIResource() ? header.getURI() : ""));
    header
        .listProperties(OWL.versionIRI)
        .forEach(s -> meta(out, "Version IRI", node(s.getObject())));
    meta(out, "Version", fill("plain", Map.of("text", text(header, OWL.versionInfo))));
    meta(out, "Licence", values(header, DCTerms.license));
    meta(out, "Creator", values(header, DCTerms.creator));
    meta(out, "Created", values(header, DCTerms.created));
    meta(out, "Modified", values(header, DCTerms.modified));
    meta(out, "Preferred prefix", code(text(header, VANN_PREFIX)));
    meta(out, "Namespace", code(namespace));
    return Html.join(out.stream(), "\n");
  }

  private void meta(List<Html> out, String name, Html value) {
    if (!value.isEmpty() && !value.equals(code(""))) {
      out.add(fill("meta", Map.of("name", name, "value", value)));
    }
  }

  private Html classSection(Resource c) {
    List<Html> facts = new ArrayList<>();
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

  private Html propertySection(Resource p, String kind) {
    List<Html> facts = new ArrayList<>();
    String characteristics =
        CHARACTERISTICS.entrySet().stream()
            .filter(e -> p.hasProperty(RDF.type, e.getKey()))
            .map(Map.Entry::getValue)
            .sorted()
            .collect(Collectors.joining(", "));
    fact(facts, "Characteristics", fill("plain", Map.of("text", characteristics)));
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

  private Html term(Resource t, String kind, String kindClass, List<Html> facts) {
    return fill(
        "term",
        Map.of(
            "anchor", anchor(t),
            "label", label(t),
            "kind", kind,
            "kindClass", kindClass,
            "iri", t.getURI(),
            "definition", definition(t),
            "facts", Html.join(facts.stream(), "\n")));
  }

  private void fact(List<Html> out, String name, Html value) {
    if (!value.isEmpty()) {
      out.add(fill("fact", Map.of("name", name, "value", value)));
    }
  }

  /** The links to other vocabularies' terms, each with the relation that states it. */
  private Html alignments(Resource t, List<Property> relations) {
    List<Html> items = new ArrayList<>();
    for (Property relation : relations) {
      for (Resource o : objects(t, relation)) {
        if (!isOurs(o) && o.isURIResource()) {
          items.add(
              fill("alignment", Map.of("relation", curie(relation.getURI()), "value", node(o))));
        }
      }
    }
    return items.isEmpty()
        ? Html.EMPTY
        : fill("list", Map.of("items", Html.join(items.stream(), "")));
  }

  private Html tree(List<Resource> classes) {
    List<Resource> roots =
        classes.stream()
            .filter(c -> objects(c, RDFS.subClassOf).stream().noneMatch(this::isDeclaredHere))
            .toList();
    return treeLevel(roots, new HashSet<>());
  }

  private Html treeLevel(List<Resource> level, Set<Resource> path) {
    List<Html> nodes = new ArrayList<>();
    for (Resource c : level) {
      if (!path.add(c)) {
        continue; // a cycle in rdfs:subClassOf: each class once on a path
      }
      Html tags =
          Html.join(
              objects(c, RDFS.subClassOf).stream()
                  .filter(s -> !isOurs(s) && s.isURIResource())
                  .map(s -> fill("tag", Map.of("text", curie(s.getURI())))),
              "");
      List<Resource> children = subjects(RDFS.subClassOf, c);
      nodes.add(
          fill(
              "tree-node",
              Map.of(
                  "anchor",
                  anchor(c),
                  "label",
                  label(c),
                  "tags",
                  tags,
                  "children",
                  children.isEmpty() ? Html.EMPTY : treeLevel(children, path))));
      path.remove(c);
    }
    return fill("tree", Map.of("nodes", Html.join(nodes.stream(), "\n")));
  }

  private Html schemeSection(Resource scheme) {
    List<Html> concepts = new ArrayList<>();
    for (Resource concept : vocabularyOrder) {
      if (concept.hasProperty(SKOS.inScheme, scheme) && concept.isURIResource()) {
        concepts.add(
            fill(
                "concept",
                Map.of(
                    "iri", concept.getURI(),
                    "label", label(concept),
                    "notation", text(concept, SKOS.notation),
                    "definition", definition(concept))));
      }
    }
    return fill(
        "scheme",
        Map.of(
            "anchor", schemeAnchor(scheme),
            "label", label(scheme),
            "iri", scheme.getURI(),
            "definition", definition(scheme),
            "concepts", Html.join(concepts.stream(), "\n")));
  }

  private Html axioms() {
    List<Html> out = new ArrayList<>();
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
                out.add(
                    fill(
                        "axiom",
                        Map.of(
                            "subject", node(s.getSubject()),
                            "predicate", node(s.getPredicate()),
                            "object", node(s.getObject())))));
    return Html.join(out.stream(), "\n");
  }

  private Html namespaces() {
    List<Html> out = new ArrayList<>();
    new TreeMap<>(ontology.getNsPrefixMap())
        .forEach(
            (prefix, ns) -> out.add(fill("namespace", Map.of("prefix", prefix, "namespace", ns))));
    return Html.join(out.stream(), "\n");
  }

  private Html toc(List<Resource> items, Function<Resource, String> anchorOf) {
    return join(
        items, r -> fill("toc-entry", Map.of("anchor", anchorOf.apply(r), "text", label(r))));
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

  private Html values(Resource s, Property p) {
    return Html.join(
        s.listProperties(p).mapWith(st -> node(st.getObject())).toList().stream()
            .sorted(Comparator.comparing(Html::text)),
        ", ");
  }

  private Html links(List<Resource> resources) {
    if (resources.isEmpty()) {
      return Html.EMPTY;
    }
    Html items = Html.join(resources.stream().map(r -> fill("item", Map.of("value", node(r)))), "");
    return fill("list", Map.of("items", items));
  }

  /** A term of ours as an internal link, another IRI as an external link, a literal as text. */
  private Html node(RDFNode n) {
    if (n.isLiteral()) {
      return text(n.asLiteral().getLexicalForm());
    }
    if (n.isAnon()) {
      return text("(an anonymous class expression)");
    }
    Resource r = n.asResource();
    if (isDeclaredHere(r) || isOurs(r) && !r.listProperties(RDF.type).toList().isEmpty()) {
      return fill(
          "internal-link",
          Map.of("anchor", anchor(r), "title", label(r), "text", curie(r.getURI())));
    }
    return fill("external-link", Map.of("href", r.getURI(), "text", curie(r.getURI())));
  }

  private Html text(String text) {
    return fill("text", Map.of("text", text));
  }

  private String curie(String iri) {
    String qname = ontology.qnameFor(iri);
    return qname == null ? iri : qname;
  }

  private Html code(String text) {
    return fill("code", Map.of("text", text));
  }

  private Html paragraph(String cssClass, String text) {
    return text.isEmpty() ? Html.EMPTY : fill("paragraph", Map.of("class", cssClass, "text", text));
  }

  private static Html join(List<Resource> items, Function<Resource, Html> render) {
    return Html.join(items.stream().map(render), "\n");
  }

  private Html fill(String fragment, Map<String, ?> values) {
    return templates.render(fragment, values);
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
