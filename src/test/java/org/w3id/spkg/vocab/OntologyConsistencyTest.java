package org.w3id.spkg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;

/** The ontology's header is complete, and ontology plus reference data is consistent. */
class OntologyConsistencyTest {

  private static final String VANN = "http://purl.org/vocab/vann/";

  private final OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);

  @Test
  void header_hasVersionLicencePrefixAndDates() {
    Model ontology = files.ontology();
    Resource header = ontology.getResource(SPKG.ONTOLOGY_IRI);
    assertThat(header.hasProperty(RDF.type, OWL2.Ontology)).isTrue();
    assertThat(header.getPropertyResourceValue(OWL2.versionIRI).getURI())
        .startsWith(SPKG.ONTOLOGY_IRI + "/");
    assertThat(header.getPropertyResourceValue(DCTerms.license)).isNotNull();
    assertThat(
            header.getProperty(ontology.getProperty(VANN + "preferredNamespacePrefix")).getString())
        .isEqualTo(SPKG.PREFIX);
    assertThat(header.getProperty(ontology.getProperty(VANN + "preferredNamespaceUri")).getString())
        .isEqualTo(SPKG.NS);
    assertThat(header.hasProperty(DCTerms.created)).isTrue();
    assertThat(header.hasProperty(DCTerms.modified)).isTrue();
  }

  @Test
  void ontologyAndReferenceData_areConsistentUnderOwlMicro() {
    Model data = ModelFactory.createDefaultModel().add(files.ontology()).add(files.reference());
    InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), data);
    ValidityReport report = inf.validate();
    List<String> problems = new ArrayList<>();
    report.getReports().forEachRemaining(r -> problems.add(r.toString()));
    assertThat(problems).as("OWL micro reasoner reports").isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void subclassInference_reachesTheReusedVocabularies() {
    Model data = ModelFactory.createDefaultModel().add(files.ontology()).add(files.reference());
    InfModel inf = ModelFactory.createRDFSModel(data);
    Resource nasa = inf.getResource("https://w3id.org/spkg/id/agency/nasa");
    Resource japan = inf.getResource("https://w3id.org/spkg/id/nation/JP");
    assertThat(nasa.hasProperty(RDF.type, inf.getResource("http://www.w3.org/ns/org#Organization")))
        .isTrue();
    assertThat(japan.hasProperty(RDF.type, inf.getResource("http://www.w3.org/ns/prov#Agent")))
        .isTrue();
  }
}
