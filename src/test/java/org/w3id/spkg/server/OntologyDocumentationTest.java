package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.server.ontology.OntologyDocumentation;
import org.w3id.spkg.server.ontology.OntologyResource;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The ontology documentation, parsed as XML: the page is polyglot XHTML, so the JDK's XML parser
 * reads it (a page that is not well-formed fails every test here).
 */
class OntologyDocumentationTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final OntologyFiles FILES = OntologyFiles.at(TestFiles.ONTOLOGY);

  private static Document page;
  private static Map<String, Element> byId;

  @BeforeAll
  static void render() throws Exception {
    page = parse(OntologyDocumentation.read(FILES).toHtml("ontology/context.jsonld"));
    byId = ids(page);
  }

  @Test
  void everyClassAndProperty_hasASectionWithItsLocalNameAndLabel() {
    Model ontology = FILES.ontology();
    int terms = 0;
    for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
      for (Resource term : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
        if (!term.getURI().startsWith(OntologyResource.NAMESPACE)) {
          continue;
        }
        terms++;
        String name = term.getLocalName();
        String label = term.getProperty(RDFS.label).getString();
        Element section = byId.get(name);
        assertThat(section).as("a section with id=\"%s\"", name).isNotNull();
        assertThat(section.getTagName()).isEqualTo("section");
        assertThat(text(first(section, "h3"))).as(name).startsWith(label + " ");
        assertThat(section.getTextContent()).as(name).contains(term.getURI());
        assertThat(links(page, "#" + name))
            .as("links to #%s (contents, diagram)", name)
            .isNotEmpty();
      }
    }
    assertThat(terms).isGreaterThanOrEqualTo(90);
  }

  @Test
  void classSection_showsSuperAndSubClassesPropertiesAndAlignments() {
    String nation = byId.get("Nation").getTextContent();
    assertThat(nation).contains("spkg:Country", "A sovereign state");
    String country = byId.get("Country").getTextContent();
    assertThat(country)
        .contains("Super-classes", "spkg:Place", "spkg:Actor")
        .contains("Sub-classes", "spkg:Nation", "spkg:Territory")
        .contains("In the domain of", "spkg:isoAlpha2")
        .contains("In the range of", "spkg:nation");
    Element actor = byId.get("Actor");
    assertThat(actor.getTextContent()).contains("Alignments", "rdfs:subClassOf", "prov:Agent");
    assertThat(links(actor, "http://www.w3.org/ns/prov#Agent")).isNotEmpty();
    assertThat(links(byId.get("Agency"), "http://www.w3.org/ns/org#FormalOrganization"))
        .isNotEmpty();
  }

  @Test
  void propertySection_showsDomainRangeSuperPropertyAndCharacteristics() {
    String agent = byId.get("agent").getTextContent();
    assertThat(agent)
        .contains("Object property", "functional")
        .contains("Domain", "spkg:Participation")
        .contains("Range", "spkg:Actor")
        .contains("prov:agent");
    assertThat(links(byId.get("agent"), "#Participation")).isNotEmpty();
    String confidence = byId.get("confidence").getTextContent();
    assertThat(confidence).contains("Datatype property", "xsd:decimal", "spkg:Evidence");
    assertThat(byId.get("acronym").getTextContent()).contains("skos:altLabel");
  }

  @Test
  void header_showsTheOntologysMetadataAndDownloads() {
    String metadata = byId.get("metadata").getTextContent();
    assertThat(metadata)
        .contains("https://w3id.org/spkg/ontology/0.1.0")
        .contains("https://creativecommons.org/licenses/by/4.0/")
        .contains("2026-11-26", "spkg", "https://w3id.org/spkg/ontology#")
        .contains("An OWL 2 ontology for international space partnerships");
    assertThat(text(first(page.getDocumentElement(), "h1")))
        .isEqualTo("spkg: the Space Partnerships Knowledge Graph ontology");
    for (String href :
        List.of("?format=ttl", "?format=rdf", "?format=jsonld", "ontology/context.jsonld")) {
      assertThat(links(page, href)).as(href).isNotEmpty();
    }
  }

  @Test
  void controlledVocabularies_listEveryConceptWithLabelNotationAndDefinition() {
    Model vocabularies =
        org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
            org.w3id.spkg.RdfFileReader.readGraph(
                TestFiles.ONTOLOGY.resolve("reference").resolve("vocabularies.ttl")));
    List<Resource> schemes =
        vocabularies.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList();
    assertThat(schemes).hasSizeGreaterThanOrEqualTo(6);
    for (Resource scheme : schemes) {
      String key = scheme.getURI().substring(scheme.getURI().lastIndexOf('/') + 1);
      Element section = byId.get("vocabulary-" + key);
      assertThat(section).as(key).isNotNull();
      String shown = section.getTextContent();
      for (Resource concept :
          vocabularies.listSubjectsWithProperty(SKOS.inScheme, scheme).toList()) {
        assertThat(shown)
            .as(concept.getURI())
            .contains(concept.getProperty(SKOS.prefLabel).getString())
            .contains(concept.getProperty(SKOS.notation).getString())
            .contains(concept.getProperty(SKOS.definition).getString());
        // The concept links to its page on this server (the w3id redirect is not registered).
        String local = concept.getURI().replace("https://w3id.org/spkg/", "/");
        assertThat(links(section, local)).as(concept.getURI()).isNotEmpty();
      }
    }
  }

  @Test
  void classHierarchy_nestsSubClassesUnderTheirSuperClasses() {
    Element diagram = byId.get("diagram");
    Element nation = links(diagram, "#Nation").get(0);
    Element countryItem = (Element) nation.getParentNode().getParentNode().getParentNode();
    assertThat(text(first(countryItem, "a"))).isEqualTo("Country");
    assertThat(links(diagram, "#Actor")).hasSize(1);
    assertThat(links(diagram, "#Country")).hasSize(2); // under Place and under Actor
  }

  @Test
  void iriWeMint_linkToTheirPageOnThisServer() {
    List<String> hrefs = new ArrayList<>();
    NodeList anchors = page.getElementsByTagNameNS(XHTML, "a");
    for (int i = 0; i < anchors.getLength(); i++) {
      hrefs.add(((Element) anchors.item(i)).getAttribute("href"));
    }
    // The concepts of the vocabularies and the version IRI: local pages, not the unregistered w3id.
    assertThat(hrefs).contains("/id/role/lead", "/id/theme/security", "/ontology/0.1.0");
    assertThat(hrefs).noneMatch(h -> h.startsWith("https://w3id.org/spkg/"));
    // Other vocabularies' terms still link to themselves.
    assertThat(hrefs).anyMatch(h -> h.startsWith("http://www.w3.org/ns/prov#"));
  }

  @Test
  void page_hasUniqueIdsNoDeadFragmentsAndNoScripts() {
    List<String> ids = new ArrayList<>();
    collectIds(page.getDocumentElement(), ids);
    assertThat(ids).doesNotHaveDuplicates();
    NodeList anchors = page.getElementsByTagNameNS(XHTML, "a");
    for (int i = 0; i < anchors.getLength(); i++) {
      String href = ((Element) anchors.item(i)).getAttribute("href");
      if (href.startsWith("#")) {
        assertThat(byId).as("target of %s", href).containsKey(href.substring(1));
      }
    }
    assertThat(page.getElementsByTagNameNS(XHTML, "script").getLength()).isZero();
  }

  @Test
  void hostileText_isShownAsText(@TempDir Path dir) throws Exception {
    String hostile = "<script>alert(1)</script>";
    Files.writeString(
        dir.resolve("spkg.ttl"),
        """
        @prefix spkg: <https://w3id.org/spkg/ontology#> .
        @prefix owl:  <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix dct:  <http://purl.org/dc/terms/> .
        <https://w3id.org/spkg/ontology> a owl:Ontology ;
            dct:title "T <b>&amp;</b> \\"q\\" ' " ;
            rdfs:comment "<img src=x onerror=alert(2)>" .
        spkg:Evil a owl:Class ;
            rdfs:label "%1$s"@en ;
            rdfs:comment "Ends the attribute: \\" onmouseover=\\"alert(3)" .
        spkg:evil a owl:ObjectProperty ; rdfs:label "%1$s" ; rdfs:domain spkg:Evil .
        """
            .formatted(hostile),
        StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("reference"));
    Files.writeString(
        dir.resolve("reference").resolve("vocabularies.ttl"),
        """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://example.org/scheme/x> a skos:ConceptScheme ; skos:prefLabel "%1$s" .
        <https://example.org/x/a> a skos:Concept ; skos:inScheme <https://example.org/scheme/x> ;
            skos:prefLabel "%1$s" ; skos:notation "</code>" ; skos:definition "%1$s" .
        """
            .formatted(hostile),
        StandardCharsets.UTF_8);

    String html = OntologyDocumentation.read(OntologyFiles.at(dir)).toHtml("x\"><script>");
    Document doc = parse(html);
    Map<String, Element> sections = ids(doc);

    assertThat(doc.getElementsByTagNameNS(XHTML, "script").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS(XHTML, "img").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS(XHTML, "b").getLength()).isZero();
    assertThat(text(first(sections.get("Evil"), "h3"))).startsWith(hostile + " ");
    assertThat(text(first(sections.get("evil"), "h3"))).startsWith(hostile + " ");
    assertThat(sections.get("vocabulary-x").getTextContent()).contains(hostile, "</code>");
    assertThat(text(first(doc.getDocumentElement(), "h1"))).isEqualTo("T <b>&amp;</b> \"q\" ' ");
    assertThat(links(doc, "x\"><script>")).hasSize(1);
    assertThat(html).doesNotContain(hostile, "onmouseover=\"");
  }

  // --- helpers

  /** Parses polyglot XHTML with the JDK's parser: namespace-aware, no DTDs or entities fetched. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Element> ids(Document doc) {
    List<Element> all = new ArrayList<>();
    collect(doc.getDocumentElement(), all);
    Map<String, Element> result = new HashMap<>();
    all.stream()
        .filter(e -> e.hasAttribute("id"))
        .forEach(e -> result.put(e.getAttribute("id"), e));
    return result;
  }

  private static void collectIds(Element e, List<String> ids) {
    List<Element> all = new ArrayList<>();
    collect(e, all);
    all.stream().filter(x -> x.hasAttribute("id")).forEach(x -> ids.add(x.getAttribute("id")));
  }

  private static void collect(Element e, List<Element> out) {
    out.add(e);
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collect(child, out);
      }
    }
  }

  private static List<Element> links(org.w3c.dom.Node within, String href) {
    NodeList anchors =
        within instanceof Document d
            ? d.getElementsByTagNameNS(XHTML, "a")
            : ((Element) within).getElementsByTagNameNS(XHTML, "a");
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < anchors.getLength(); i++) {
      Element a = (Element) anchors.item(i);
      if (a.getAttribute("href").equals(href)) {
        found.add(a);
      }
    }
    return found;
  }

  private static Element first(Element within, String tag) {
    return (Element) within.getElementsByTagNameNS(XHTML, tag).item(0);
  }

  private static String text(Element e) {
    return e.getTextContent().replaceAll("\\s+", " ");
  }
}
