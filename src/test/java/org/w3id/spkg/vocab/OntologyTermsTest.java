package org.w3id.spkg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.TestFiles;

/** The ontology declares every spkg: term used anywhere, and documents every term it declares. */
class OntologyTermsTest {

  private static final Pattern PREFIXED = Pattern.compile("\\bspkg:([A-Za-z][A-Za-z0-9_]*)");
  private static final Pattern FULL =
      Pattern.compile(Pattern.quote(SPKG.NS) + "([A-Za-z][A-Za-z0-9_]*)");

  private final OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
  private final Model ontology = files.ontology();

  private Set<String> declared() {
    Set<String> names = new TreeSet<>();
    for (Resource type :
        List.of(
            OWL2.Class,
            OWL2.ObjectProperty,
            OWL2.DatatypeProperty,
            OWL2.AnnotationProperty,
            RDFS.Datatype)) {
      ontology
          .listSubjectsWithProperty(RDF.type, type)
          .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(SPKG.NS))
          .forEach(r -> names.add(r.getLocalName()));
    }
    return names;
  }

  @Test
  void everyDeclaredTerm_hasLabelCommentAndIsDefinedBy() {
    List<String> problems = new ArrayList<>();
    for (String name : declared()) {
      Resource term = ontology.getResource(SPKG.NS + name);
      if (!hasEnglish(term, RDFS.label.getURI())) {
        problems.add(name + ": no rdfs:label@en");
      }
      if (!hasEnglish(term, RDFS.comment.getURI())) {
        problems.add(name + ": no rdfs:comment@en");
      }
      if (!term.hasProperty(RDFS.isDefinedBy, ontology.getResource(SPKG.ONTOLOGY_IRI))) {
        problems.add(name + ": no rdfs:isDefinedBy <" + SPKG.ONTOLOGY_IRI + ">");
      }
    }
    assertThat(declared()).hasSizeGreaterThan(50);
    assertThat(problems).isEmpty();
  }

  private boolean hasEnglish(Resource term, String property) {
    return term.listProperties(ontology.getProperty(property)).toList().stream()
        .map(s -> s.getObject())
        .filter(RDFNode::isLiteral)
        .anyMatch(
            o -> "en".equals(o.asLiteral().getLanguage()) && !o.asLiteral().getString().isBlank());
  }

  @Test
  void contractTerms_areDeclared() {
    assertThat(declared())
        .contains(
            "Nation",
            "Region",
            "Agency",
            "InternationalOrganization",
            "Person",
            "Program",
            "Partnership",
            "Initiative",
            "Commitment",
            "Directive",
            "Event",
            "Document",
            "Section",
            "Evidence",
            "Participation",
            "participant",
            "qualifiedParticipation",
            "agent",
            "role",
            "since",
            "ledBy",
            "announcedIn",
            "announcedBy",
            "evidence",
            "acronym",
            "isoAlpha2",
            "isoAlpha3",
            "plannedFor",
            "dateText");
  }

  @Test
  void directiveIsACommitment_andParticipationIsAProvInfluence() {
    assertThat(ontology.contains(SPKG.Directive, RDFS.subClassOf, SPKG.Commitment)).isTrue();
    assertThat(
            ontology.contains(
                SPKG.Participation,
                RDFS.subClassOf,
                ontology.getResource("http://www.w3.org/ns/prov#AgentInfluence")))
        .isTrue();
  }

  @Test
  void everyTermUsedInRdfFiles_isDeclared() {
    Set<String> used = new TreeSet<>();
    for (Path file : TestFiles.filesBelow(TestFiles.ONTOLOGY, ".ttl")) {
      Graph graph = RdfFileReader.readGraph(file);
      graph.find().forEachRemaining(t -> collect(t, used));
    }
    assertThat(used).isNotEmpty();
    assertThat(used).as("spkg: terms used but not declared").isSubsetOf(declared());
  }

  private static void collect(Triple t, Set<String> used) {
    for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
      if (n.isURI() && n.getURI().startsWith(SPKG.NS) && n.getURI().length() > SPKG.NS.length()) {
        used.add(n.getURI().substring(SPKG.NS.length()));
      }
    }
  }

  @Test
  void everyTermUsedInQueries_isDeclared() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path file : TestFiles.filesBelow(TestFiles.QUERIES, ".rq")) {
      String text = Files.readString(file);
      for (Pattern p : List.of(PREFIXED, FULL)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(used).as("spkg: terms used in queries/ but not declared").isSubsetOf(declared());
  }

  @Test
  void vocabularyClass_andOntology_agreeBothWays() throws IllegalAccessException {
    Set<String> inJava = new TreeSet<>();
    List<String> misnamed = new ArrayList<>();
    for (Field field : SPKG.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())
          || !Resource.class.isAssignableFrom(field.getType())) {
        continue;
      }
      Resource term = (Resource) field.get(null);
      inJava.add(field.getName());
      if (!term.getURI().equals(SPKG.NS + field.getName())) {
        misnamed.add(field.getName() + " -> " + term.getURI());
      }
    }
    assertThat(misnamed).as("fields whose IRI is not NS + field name").isEmpty();
    assertThat(inJava).as("terms in SPKG.java").isEqualTo(declared());
  }
}
