package org.w3id.spkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

/** The README's class diagram stays true to the ontology. */
class ReadmeTest {

  private static final Pattern EDGE =
      Pattern.compile("^\\s*(\\w+)\\s+(?:<\\|--|-->|\\.\\.>)\\s+(\\w+)", Pattern.MULTILINE);

  @Test
  void classDiagram_namesOnlyDeclaredClasses_andShowsTheCoreOnes() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```mermaid");
    assertThat(start).as("a mermaid block in README.md").isNotNegative();
    String diagram = readme.substring(start, readme.indexOf("```", start + 3));

    Set<String> named = new TreeSet<>();
    Matcher m = EDGE.matcher(diagram);
    while (m.find()) {
      named.add(m.group(1));
      named.add(m.group(2));
    }
    Model ontology = OntologyFiles.at(TestFiles.ONTOLOGY).ontology();
    Set<String> declared = new TreeSet<>();
    ontology
        .listSubjectsWithProperty(RDF.type, OWL2.Class)
        .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(SPKG.NS))
        .forEach(r -> declared.add(r.getLocalName()));

    assertThat(named).isSubsetOf(declared);
    assertThat(named)
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
            "Participation");
  }
}
