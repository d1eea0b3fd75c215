package org.w3id.spkg.server.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.PublicBase;
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
 * org/w3id/spkg/server/ontology/ontology-doc/}.
 *
 * <pre>{@code
 * String html = OntologyDocumentation.read(OntologyFiles.locate()).toHtml("ontology/context.jsonld");
 * }</pre>
 */
public final class OntologyDocumentation {

  /** The reference file whose concept schemes the page documents. */
  public static final String VOCABULARIES_FILE = "vocabularies.ttl";

  private static final String FOLDER = "ontology-doc/";
  private static final Map<Resource, String> CHARACTERISTICS =
      Map.of(
          OWL.FunctionalProperty, "functional",
          OWL.InverseFunctionalProperty, "inverse functional",
          OWL.TransitiveProperty, "transitive",
          OWL.SymmetricProperty, "symmetric");

  private final OntologyModel m;
  private final HtmlTemplates templates;

  private OntologyDocumentation(OntologyModel m) {
    this.m = m;
    this.templates =
        HtmlTemplates.of(
            OntologyDocumentation.class, FOLDER, "page.html", "fragments.html", "ontology-doc.css");
  }

  /**
   * The documentation of the ontology file of {@code files} and of the concept schemes in its
   * {@value #VOCABULARIES_FILE} (none when the folder has no such file).
   */
  public static OntologyDocumentation read(OntologyFiles files) {
    return new OntologyDocumentation(OntologyModel.read(files, VOCABULARIES_FILE));
  }

  /**
   * The page. {@code contextHref} is the link to the JSON-LD context, relative to the page's URL
   * (the other links are fragments or {@code ?format=} queries, which work from any URL).
   */
  public String toHtml(String contextHref) {
    List<Resource> classes = m.terms(OWL.Class);
    List<Resource> objectProperties = m.terms(OWL.ObjectProperty);
    List<Resource> datatypeProperties = m.terms(OWL.DatatypeProperty);
    List<Resource> schemes = m.schemes();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", m.title());
    v.put("version", m.header() == null ? "" : OntologyModel.text(m.header(), OWL.versionInfo));
    v.put(
        "ontologyIri", m.header() != null && m.header().isURIResource() ? m.header().getURI() : "");
    v.put("contextHref", contextHref);
    v.put("metadata", metadata());
    v.put(
        "abstract",
        paragraph(
            "abstract", m.header() == null ? "" : OntologyModel.text(m.header(), RDFS.comment)));
    v.put(
        "description",
        paragraph(
            "description",
            m.header() == null ? "" : OntologyModel.text(m.header(), DCTerms.description)));
    v.put("classCount", Integer.toString(classes.size()));
    v.put("objectPropertyCount", Integer.toString(objectProperties.size()));
    v.put("datatypePropertyCount", Integer.toString(datatypeProperties.size()));
    v.put("schemeCount", Integer.toString(schemes.size()));
    v.put("classToc", toc(classes, m::anchor));
    v.put("objectPropertyToc", toc(objectProperties, m::anchor));
    v.put("datatypePropertyToc", toc(datatypeProperties, m::anchor));
    v.put("schemeToc", toc(schemes, OntologyModel::schemeAnchor));
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
                m.title(),
                "siteBase", // the root: /ontology links ontology/context.jsonld, pages below it not
                contextHref.startsWith("ontology/") ? "./" : "../",
                "head",
                fill("head", Map.of("css", templates.render("ontology-doc.css"))),
                "body",
                fill("body", v)))
        .text();
  }

  // --- sections

  private Html metadata() {
    if (m.header() == null) {
      return Html.EMPTY;
    }
    List<Html> out = new ArrayList<>();
    meta(out, "IRI", code(m.header().isURIResource() ? m.header().getURI() : ""));
    m.header()
        .listProperties(OWL.versionIRI)
        .forEach(s -> meta(out, "Version IRI", node(s.getObject())));
    meta(
        out,
        "Version",
        fill("plain", Map.of("text", OntologyModel.text(m.header(), OWL.versionInfo))));
    meta(out, "Licence", values(m.header(), DCTerms.license));
    meta(out, "Creator", values(m.header(), DCTerms.creator));
    meta(out, "Created", values(m.header(), DCTerms.created));
    meta(out, "Modified", values(m.header(), DCTerms.modified));
    meta(out, "Preferred prefix", code(OntologyModel.text(m.header(), OntologyModel.VANN_PREFIX)));
    meta(out, "Namespace", code(m.namespace()));
    return Html.join(out.stream(), "\n");
  }

  private void meta(List<Html> out, String name, Html value) {
    if (!value.isEmpty() && !value.equals(code(""))) {
      out.add(fill("meta", Map.of("name", name, "value", value)));
    }
  }

  private Html classSection(Resource c) {
    List<Html> facts = new ArrayList<>();
    List<Resource> supers = m.objects(c, RDFS.subClassOf);
    fact(facts, "Super-classes", links(supers.stream().filter(m::isOurs).toList()));
    fact(facts, "Sub-classes", links(m.subjects(RDFS.subClassOf, c)));
    fact(facts, "In the domain of", links(m.subjects(RDFS.domain, c)));
    fact(facts, "In the range of", links(m.subjects(RDFS.range, c)));
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
    fact(facts, "Domain", links(m.objects(p, RDFS.domain)));
    fact(facts, "Range", links(m.objects(p, RDFS.range)));
    fact(
        facts,
        "Super-properties",
        links(m.objects(p, RDFS.subPropertyOf).stream().filter(m::isOurs).toList()));
    fact(facts, "Sub-properties", links(m.subjects(RDFS.subPropertyOf, p)));
    fact(facts, "Inverse of", links(m.objects(p, OWL.inverseOf)));
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
            "anchor", m.anchor(t),
            "label", OntologyModel.label(t),
            "kind", kind,
            "kindClass", kindClass,
            "iri", t.getURI(),
            "definition", OntologyModel.definition(t),
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
      for (Resource o : m.objects(t, relation)) {
        if (!m.isOurs(o) && o.isURIResource()) {
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
            .filter(c -> m.objects(c, RDFS.subClassOf).stream().noneMatch(m::isDeclaredHere))
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
              m.objects(c, RDFS.subClassOf).stream()
                  .filter(s -> !m.isOurs(s) && s.isURIResource())
                  .map(s -> fill("tag", Map.of("text", curie(s.getURI())))),
              "");
      List<Resource> children = m.subjects(RDFS.subClassOf, c);
      nodes.add(
          fill(
              "tree-node",
              Map.of(
                  "anchor",
                  m.anchor(c),
                  "label",
                  OntologyModel.label(c),
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
    for (Resource concept : m.vocabularyOrder()) {
      if (concept.hasProperty(SKOS.inScheme, scheme) && concept.isURIResource()) {
        concepts.add(
            fill(
                "concept",
                Map.of(
                    "href", href(concept.getURI()),
                    "label", OntologyModel.label(concept),
                    "notation", OntologyModel.text(concept, SKOS.notation),
                    "definition", OntologyModel.definition(concept))));
      }
    }
    return fill(
        "scheme",
        Map.of(
            "anchor", OntologyModel.schemeAnchor(scheme),
            "label", OntologyModel.label(scheme),
            "iri", scheme.getURI(),
            "definition", OntologyModel.definition(scheme),
            "concepts", Html.join(concepts.stream(), "\n")));
  }

  private Html axioms() {
    List<Html> out = new ArrayList<>();
    m
        .ontology()
        .listStatements()
        .filterDrop(s -> m.isOurs(s.getSubject()) || s.getSubject().equals(m.header()))
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
    new TreeMap<>(m.ontology().getNsPrefixMap())
        .forEach(
            (prefix, ns) -> out.add(fill("namespace", Map.of("prefix", prefix, "namespace", ns))));
    return Html.join(out.stream(), "\n");
  }

  private Html toc(List<Resource> items, Function<Resource, String> anchorOf) {
    return join(
        items,
        r ->
            fill("toc-entry", Map.of("anchor", anchorOf.apply(r), "text", OntologyModel.label(r))));
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
    if (m.isDeclaredHere(r) || m.isOurs(r) && !r.listProperties(RDF.type).toList().isEmpty()) {
      return fill(
          "internal-link",
          Map.of(
              "anchor", m.anchor(r), "title", OntologyModel.label(r), "text", curie(r.getURI())));
    }
    String href = href(r.getURI());
    return fill(
        href.startsWith("/") ? "local-link" : "external-link",
        Map.of("href", href, "text", curie(r.getURI())));
  }

  /**
   * Where a link to {@code iri} goes: an IRI spkg mints ({@code
   * https://w3id.org/spkg/id/role/lead}, the version IRI) to its page on this server, as entity
   * pages link; any other IRI to itself.
   */
  static String href(String iri) {
    return PublicBase.W3ID.contains(iri)
        ? "/" + iri.substring(PublicBase.W3ID.iri().length())
        : iri;
  }

  private Html text(String text) {
    return fill("text", Map.of("text", text));
  }

  private String curie(String iri) {
    String qname = m.ontology().qnameFor(iri);
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
}
